/**
 * The store cache end to end: real Nix builds a closure, the real @actions/cache moves it
 * through a local cache service into the real Azurite blob emulator and back, and Nix imports
 * it into a store the paths were deleted from.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { storeCacheKey, type StoreCacheKey } from '../../../src/cache/key.ts';
import type { RestoreResult } from '../../../src/cache/store-cache.ts';
import type { DriverCall } from './store-cache-driver.ts';
import { runCommand } from '../../../src/nix/exec.ts';
import { startAzurite, type Azurite } from '../../helpers/azurite.ts';
import { startCacheService, type CacheService } from '../../helpers/cache-service.ts';
import { requireTool } from '../../helpers/tools.ts';

const driver = join(import.meta.dirname, 'store-cache-driver.ts');
const nixEnv = { ...process.env, NIX_CONFIG: 'substituters =' };

// `app` sleeps and says so on stderr: a rebuild is visible. It refers to `lib` and busybox, so
// its closure has three paths.
const expression = `{ nonce }:
let
  bb = builtins.path { path = ./busybox; name = "busybox"; };
  run = name: script: derivation {
    inherit name nonce;
    system = builtins.currentSystem;
    builder = "\${bb}/bin/busybox";
    args = [ "sh" "-c" script ];
  };
  lib = run "cache-test-lib" "echo lib-$nonce > $out";
in run "cache-test-app" ''
  echo slow-build-ran >&2
  \${bb}/bin/busybox sleep 3
  \${bb}/bin/busybox mkdir $out
  echo "#!\${bb}/bin/busybox sh" > $out/run
  echo "\${bb}/bin/busybox cat \${lib}" >> $out/run
  \${bb}/bin/busybox chmod +x $out/run
''
`;

interface DriverRun {
  code: number | null;
  stdout: string;
  stderr: string;
  results: unknown[];
  lines: string[];
}

function runDriver(calls: DriverCall[], env: NodeJS.ProcessEnv): Promise<DriverRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', driver, JSON.stringify(calls)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) {
        reject(new Error(`the driver printed no result (exit ${code}):\n${stdout}\n${stderr}`));
        return;
      }
      const { results, lines } = JSON.parse(line.slice('RESULT '.length)) as {
        results: unknown[];
        lines: string[];
      };
      resolve({ code, stdout, stderr, results, lines });
    });
  });
}

async function nixBuild(dir: string, nonce: string) {
  const started = Date.now();
  const r = await runCommand('nix-build', ['--no-out-link', '--argstr', 'nonce', nonce, dir], {
    env: nixEnv,
  });
  assert.equal(r.code, 0, r.stderr);
  return { out: r.stdout.trim(), stderr: r.stderr, ms: Date.now() - started };
}

async function validity(paths: string[]): Promise<number> {
  return (await runCommand('nix-store', ['--check-validity', ...paths], { env: nixEnv })).code;
}

describe('store cache through @actions/cache, Azurite and a local cache service', () => {
  let work: string;
  let exprDir: string;
  let azurite: Azurite;
  let service: CacheService;
  let failing: CacheService;
  let runnerEnv: NodeJS.ProcessEnv;
  let key: StoreCacheKey;
  let failingRestore: Promise<DriverRun>;
  let failingSave: Promise<DriverRun>;
  // Locally built paths are cached only when signed (verify-import.ts): the repository's key.
  let trust: { signingKey: string };
  const nonce = randomBytes(8).toString('hex');
  const keyFor = (packages: string[]) =>
    storeCacheKey(
      { system: 'x86_64-linux', source: `path!test#${nonce}`, packages },
      { pin: nonce, targets: [] },
    );

  /** A job's environment: nothing inherited from a real runner, plus what is given. */
  async function jobEnv(name: string, extra: Record<string, string>): Promise<NodeJS.ProcessEnv> {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(nixEnv)) {
      if (!/^(ACTIONS_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
    }
    const root = join(work, name);
    for (const d of ['tmp', 'runner-temp', 'workspace']) {
      await mkdir(join(root, d), { recursive: true });
    }
    return {
      ...env,
      TMPDIR: join(root, 'tmp'),
      RUNNER_TEMP: join(root, 'runner-temp'),
      GITHUB_WORKSPACE: join(root, 'workspace'),
      ...extra,
    };
  }

  before(async () => {
    requireTool('nix-build', 'apt-get install -y nix-bin');
    requireTool('tar', 'apt-get install -y tar');
    if (!existsSync('/usr/bin/busybox')) {
      throw new Error(
        'busybox is not installed; install it with: apt-get install -y busybox-static',
      );
    }
    work = await mkdtemp(join(tmpdir(), 'store-cache-test-'));
    exprDir = join(work, 'expr');
    await mkdir(join(exprDir, 'busybox', 'bin'), { recursive: true });
    await copyFile('/usr/bin/busybox', join(exprDir, 'busybox', 'bin', 'busybox'));
    await writeFile(join(exprDir, 'default.nix'), expression);
    const generated = await runCommand(
      'nix-store',
      ['--generate-binary-cache-key', 'store-cache-test-1', join(work, 'sec'), join(work, 'pub')],
      { env: nixEnv },
    );
    assert.equal(generated.code, 0, generated.stderr);
    trust = { signingKey: (await readFile(join(work, 'sec'), 'utf8')).trim() };

    azurite = await startAzurite();
    service = await startCacheService(azurite);
    failing = await startCacheService(azurite, { failStatus: 500 });
    runnerEnv = await jobEnv('runner', service.env);
    key = keyFor(['app']);
    // The client retries a 500 five times over about 30 s: start now, overlap with the rest.
    const failingEnv = await jobEnv('failing-restore', failing.env);
    failingRestore = runDriver([{ op: 'restore', key }], failingEnv);
    const added = await runCommand('nix-store', ['--add', join(exprDir, 'busybox')], {
      env: nixEnv,
    });
    assert.equal(added.code, 0, added.stderr);
    const failingSaveEnv = await jobEnv('failing-save', failing.env);
    failingSave = runDriver([{ op: 'save', key, closure: [added.stdout.trim()] }], failingSaveEnv);
  });

  after(async () => {
    await Promise.allSettled([failingRestore, failingSave]);
    await failing?.stop();
    await service?.stop();
    await azurite?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('saves a closure as one entry and restores it into an emptied store without rebuilding', async () => {
    const first = await nixBuild(exprDir, nonce);
    assert.match(first.stderr, /slow-build-ran/, 'the first build runs the builder');
    const requisites = await runCommand('nix-store', ['--query', '--requisites', first.out], {
      env: nixEnv,
    });
    const closure = requisites.stdout.split('\n').filter(Boolean);
    assert.equal(closure.length, 3, closure.join('\n'));

    const save = await runDriver([{ op: 'save', key, closure, trust }], runnerEnv);
    assert.equal(save.code, 0, save.stderr);
    assert.deepEqual(save.results, [true], save.stdout);
    const entries = service.entries();
    assert.deepEqual(
      entries.map((e) => [e.key, e.finalized]),
      [[key.key, true]],
    );
    assert.ok((entries[0]?.sizeBytes ?? 0) > 0);
    assert.deepEqual(service.calls(), ['CreateCacheEntry', 'FinalizeCacheEntryUpload']);
    // tsx, which runs the driver, keeps its own cache there.
    const left = (await readdir(runnerEnv.TMPDIR!)).filter((n) => !n.startsWith('tsx-'));
    assert.deepEqual(left, [], 'nothing left in the temp dir');
    assert.deepEqual(await readdir(runnerEnv.RUNNER_TEMP!), [], 'nor in RUNNER_TEMP');

    const built = closure.filter((p) => p.includes('-cache-test-'));
    assert.equal(built.length, 2);
    const del = await runCommand('nix-store', ['--delete', ...built], { env: nixEnv });
    assert.equal(del.code, 0, del.stderr);
    assert.notEqual(await validity(built), 0, 'the built paths are gone');

    const restore = await runDriver([{ op: 'restore', key, trust }], runnerEnv);
    assert.equal(restore.code, 0, restore.stderr);
    assert.deepEqual(
      restore.results,
      [{ hit: 'exact', key: key.key, imported: closure.length }],
      restore.stdout,
    );
    assert.equal(await validity(closure), 0, 'every path of the closure is valid again');

    const again = await nixBuild(exprDir, nonce);
    assert.equal(again.out, first.out);
    // nix-build names a derivation only when it builds it.
    assert.doesNotMatch(again.stderr, /building '|slow-build-ran/, again.stderr);
    assert.ok(again.ms < first.ms, `${again.ms} ms after the restore, ${first.ms} ms at first`);
    const ran = await runCommand(join(again.out, 'run'), []);
    assert.equal(ran.stdout.trim(), `lib-${nonce}`);
  });

  test('does not save again after restoring the exact key', async () => {
    const callsBefore = service.calls().length;
    const restored: RestoreResult = { hit: 'exact', key: key.key, imported: 3 };
    const save = await runDriver(
      [{ op: 'save', key, closure: ['/nix/store/x'], restored }],
      runnerEnv,
    );
    assert.deepEqual(save.results, [false]);
    assert.ok(
      save.lines.some((l) => l.includes('not saving it again')),
      save.lines.join('\n'),
    );
    assert.equal(service.calls().length, callsBefore, 'the service was not asked');
  });

  test('falls back to the restore key for another pin of the same package list', async () => {
    const other = storeCacheKey(
      { system: 'x86_64-linux', source: `path!test#${nonce}`, packages: ['app'] },
      { pin: `${nonce}-moved`, targets: [] },
    );
    assert.notEqual(other.key, key.key);
    assert.deepEqual(other.restoreKeys, key.restoreKeys);
    const restore = await runDriver([{ op: 'restore', key: other, trust }], runnerEnv);
    assert.deepEqual(
      restore.results,
      [{ hit: 'partial', key: key.key, imported: 3 }],
      restore.stdout,
    );
  });

  test('a corrupt archive is a warning and imports nothing', async () => {
    const bad = keyFor(['corrupt']);
    const archive = join(work, 'corrupt-cache');
    await mkdir(archive, { recursive: true });
    await writeFile(
      join(archive, '00000000000000000000000000000000.narinfo'),
      'StorePath: /nix/store/00000000000000000000000000000000-corrupt\nthis is not a narinfo\n',
    );
    const run = await runDriver(
      [
        { op: 'save-file', key: bad, file: archive },
        { op: 'restore', key: bad },
      ],
      runnerEnv,
    );
    assert.equal(run.code, 0, run.stderr);
    const [planted, restored] = run.results;
    assert.ok(typeof planted === 'number' && planted > 0, run.stdout);
    assert.deepEqual(restored, { hit: 'none', imported: 0 });
    const warning = run.lines.find((l) => l.startsWith('warning: '));
    assert.match(
      warning ?? '',
      /Store cache not restored.*failed verification/s,
      run.lines.join('\n'),
    );
  });

  test('without a cache service restores and saves nothing and says so', async () => {
    const env = await jobEnv('no-service', {});
    const run = await runDriver(
      [
        { op: 'restore', key },
        { op: 'save', key, closure: ['/nix/store/x'] },
      ],
      env,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.results, [{ hit: 'none', imported: 0 }, false]);
    const notices = run.lines.filter((l) => l.includes('cache service is not available'));
    assert.equal(notices.length, 2, run.lines.join('\n'));
    assert.ok(!run.lines.some((l) => l.startsWith('warning: ')), 'a notice, not a warning');
  });

  test('a cache service answering 500 leaves restore and save best-effort', async () => {
    const restore = await failingRestore;
    assert.equal(restore.code, 0, restore.stderr);
    assert.deepEqual(restore.results, [{ hit: 'none', imported: 0 }]);
    // @actions/cache reports the failure itself, as a workflow warning.
    assert.match(restore.stdout, /::warning::Failed to restore: .*500/);

    const save = await failingSave;
    assert.equal(save.code, 0, save.stderr);
    assert.deepEqual(save.results, [false]);
    assert.match(save.stdout, /Failed to save: Unable to reserve cache/);
    const creates = failing.calls().filter((c) => c === 'CreateCacheEntry');
    assert.ok(creates.length > 1, 'the client retried');
    assert.deepEqual(failing.entries(), []);
  });
});
