import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { testPkgSource, testPkgsDir } from '../../helpers/pkgs.ts';
import { createSpyPath, type SpyCall, type SpyPath } from '../../helpers/spy-path.ts';
import { INPUTS, parseRequest } from '../../../src/request/request.ts';
import { evaluatePackages, PackagesNotFoundError } from '../../../src/nix/build.ts';

// Package names and every other input reach Nix and processes only as data. The bundled action
// runs with spies first on PATH (sh, bash, nix-*, git, curl, touch, …) that record every argv
// and then run the real program: a test sees exactly what was started, and with what.

let registry: TestRegistry;
let spy: SpyPath;

before(async () => {
  registry = await startRegistry();
  spy = await createSpyPath();
});

after(async () => {
  await registry?.stop();
  await spy?.remove();
});

function withDefaults(inputs: Record<string, string>): Record<string, string> {
  return {
    'pkg-source': testPkgSource,
    image: `${registry.host}/sec/injection`,
    cache: 'false',
    ...inputs,
  };
}

function action(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(withDefaults(inputs), { env: { PATH: spy.path } });
}

/** Runs `fn` over `items`, `limit` at a time (each action run is its own process). */
async function inParallel<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

function describeCalls(calls: SpyCall[]): string {
  return calls.map((c) => `${c.program} ${JSON.stringify(c.args)}`).join('\n');
}

test('hostile package names are refused, naming the input, and nothing is run', async () => {
  await spy.clear();
  const cases: [string, string][] = [
    ['hello"; builtins.abort "x', 'Input \'packages\': "hello\\";"'],
    ['${builtins.readFile /etc/passwd}', 'Input \'packages\': "${builtins.readFile"'],
    ['../../etc', 'Input \'packages\': ".."'],
    ['-A foo', 'Input \'packages\': "-A"'],
    ['--option sandbox false', 'Input \'packages\': "--option"'],
    ['hello $(touch /tmp/x)', 'Input \'packages\': "$(touch"'],
    [Array.from({ length: 10_000 }, (_, i) => `p${i}`).join(' '), 'names 10000 packages'],
    // The largest value one environment variable can carry is 128 KiB (Linux MAX_ARG_STRLEN),
    // so the runner cannot hand an action a 1 MB input; the unit tests cover 1 MB.
    ['a'.repeat(100 * 1024), "Input 'packages': is 102400 bytes long"],
  ];
  const runs = await inParallel(cases, 4, ([packages]) => action({ packages }));
  runs.forEach((run, i) => {
    const [, expected] = cases[i]!;
    assert.equal(run.code, 1, run.stdout);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    assert.ok(error.includes(expected), `${expected} in ${error}`);
    assert.doesNotMatch(run.stdout, /::group::Build packages/);
  });
  assert.deepEqual(await spy.calls(), [], 'no program was started');
});

test('names that fit the alphabet reach Nix only as --argstr data and are looked up', async () => {
  await spy.clear();
  const names = ['builtins.abort', '__functor', 'hello.drvPath', 'throws', 'import'];
  // A newline separates names like a space does: each part is an ordinary name.
  const run = await action({
    packages: `${names.slice(0, 2).join('\n')}\n${names.slice(2).join(' ')}`,
  });
  assert.equal(run.code, 1, run.stdout);
  // `throws` exists and throws (as a removed package's alias does): reported with its message.
  assert.match(
    run.stdout,
    /::error::Nix packages cannot be built from this package source \(5\):%0A- __functor: not found.*%0A- throws: was removed or renamed in the package set: this attribute throws on purpose/,
  );
  const calls = await spy.calls();
  const programs = new Set(calls.map((c) => c.program));
  assert.deepEqual(
    [...programs].sort(),
    ['nix', 'nix-build', 'nix-instantiate'],
    describeCalls(calls),
  );
  for (const c of calls.filter((c) => c.program === 'nix-build')) {
    assert.deepEqual(c.args, ['--version']);
  }
  // How Nix reaches its store is read before evaluating; no input reaches that call.
  for (const c of calls.filter((c) => c.program === 'nix')) {
    assert.deepEqual(c.args, [
      '--extra-experimental-features',
      'nix-command',
      'show-config',
      '--json',
    ]);
  }
  const [instantiate, ...more] = calls.filter((c) => c.program === 'nix-instantiate');
  // One more evaluation reads the message of the name that throws: the same arguments, and the
  // name again only as --argstr data.
  assert.equal(more.length, 1, describeCalls(calls));
  assert.deepEqual(more[0]!.args, [...instantiate!.args, '--argstr', 'probe', 'throws']);
  const at = instantiate!.args.indexOf('packages');
  assert.equal(instantiate!.args[at - 1], '--argstr');
  assert.deepEqual(JSON.parse(instantiate!.args[at + 1]!), [...names].sort());
  instantiate!.args.forEach((arg, i) => {
    if (i === at + 1) return;
    for (const n of names) assert.ok(!arg.includes(n), `${n} only as data, not in ${arg}`);
  });
});

test('Nix itself treats hostile names as missing attributes, even past the input check', async () => {
  // Straight to the evaluation, bypassing request validation: the expression must still only
  // look names up. Had any been evaluated, the error would differ (an abort, /etc/passwd text).
  const names = [
    'hello"; builtins.abort "x',
    '${builtins.readFile /etc/passwd}',
    '../../etc',
    '-A foo',
    '--option sandbox false',
    'hello\nworld',
    '" + builtins.toString (import /etc/passwd) + "',
  ];
  await assert.rejects(
    evaluatePackages({
      packages: names,
      contents: [],
      pkgSource: { kind: 'path', dir: testPkgsDir() },
    }),
    (err: unknown) => {
      assert.ok(err instanceof PackagesNotFoundError, String(err));
      assert.deepEqual(err.names, names);
      return true;
    },
  );
});

test('a shell payload in every string input creates no file and starts no shell', async () => {
  await spy.clear();
  const marker = `pwned-${randomBytes(6).toString('hex')}`;
  const payload =
    `$(touch /tmp/${marker}-a)\`touch /tmp/${marker}-b\`;touch /tmp/${marker}-c|` +
    `touch /tmp/${marker}-d&&touch /tmp/${marker}-e`;
  const base = { packages: 'hello', tags: 'v1' };
  const withPayload = (name: string): Record<string, string> => ({
    ...base,
    [name]: payload,
    // A user name needs a password and the reverse.
    ...(name === 'username' ? { password: 'pw' } : {}),
    ...(name === 'password' ? { username: 'u' } : {}),
  });
  // extra-commands is shell code by design (SECURITY.md); every other input is tried alone.
  // Inputs the parser refuses must be refused by name before anything runs; those it accepts
  // (credentials, entrypoint, URLs) run as far as they go: pushed, or refused by name later.
  const names = Object.keys(INPUTS).filter((n) => n !== 'extra-commands');
  const parses = (name: string) => {
    const inputs = withDefaults(withPayload(name));
    try {
      parseRequest((n) => inputs[n] ?? '');
      return true;
    } catch {
      return false;
    }
  };
  const runs = await inParallel(names.map(withPayload), 4, action);
  const outcomes = runs.map((run, i) => {
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    return `${names[i]}: ${run.code === 0 ? 'pushed' : error}`;
  });
  const files = (await readdir(tmpdir())).filter((f) => f.includes(marker));
  assert.deepEqual(files, [], outcomes.join('\n'));
  const calls = await spy.calls();
  const unexpected = calls.filter(
    (c) =>
      !['nix', 'nix-build', 'nix-instantiate', 'nix-store', 'pigz', 'zstd', 'gzip'].includes(
        c.program,
      ),
  );
  assert.deepEqual(describeCalls(unexpected), '', 'only Nix and compressors were started');
  const carrying = calls.filter((c) => c.args.some((a) => a.includes(marker)));
  assert.deepEqual(describeCalls(carrying), '', 'no argv carries the payload');
  for (const [i, name] of names.entries()) {
    const run = runs[i]!;
    if (!parses(name)) {
      assert.match(run.stdout, new RegExp(`::error::Input '${name}'`), outcomes[i]);
      assert.doesNotMatch(run.stdout, /::group::Build packages/, outcomes[i]);
    } else if (run.code !== 0) {
      assert.match(run.stdout, new RegExp(`::error::Input '${name}'`), outcomes[i]);
    }
  }
  const pushed = outcomes.filter((o) => o.endsWith(': pushed'));
  for (const name of ['password', 'github-token']) {
    assert.ok(pushed.includes(`${name}: pushed`), outcomes.join('\n'));
  }
});
