import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runAction } from '../../helpers/action.ts';
import { startAction, type StartedAction } from '../../helpers/action-process.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { hangUploads, sendsBlobBytes, startHostileServer } from '../../helpers/hostile-server.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { testPkgSource, testPkgsDir } from '../../helpers/pkgs.ts';
import { requireTool } from '../../helpers/tools.ts';

// A cancelled run (the runner sends SIGINT, then SIGTERM) stops its children, leaves no scratch
// folder behind, and never leaves a set of tags moved half-way: a tag loop that had started is
// finished, or rolled back when it cannot finish within the grace time. Exit codes 130/143.

let registry: TestRegistry;
let scratch: string;

before(async () => {
  requireTool('pgrep', 'apt-get install -y procps');
  registry = await startRegistry();
  scratch = await mkdtemp(join(tmpdir(), 'nixery-cancel-'));
});

after(async () => {
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function inputs(
  host: string,
  repository: string,
  packages: string,
  tags: string,
  source = testPkgSource,
) {
  return { packages, 'pkg-source': source, image: `${host}/${repository}`, tags, cache: 'false' };
}

async function tagDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200 ? res.headers.get('docker-content-digest') : null;
}

/** A temp folder of the action's own (TMPDIR and RUNNER_TEMP), to see what it leaves behind. */
async function privateTemp(): Promise<string> {
  return mkdtemp(join(scratch, 'tmp-'));
}

async function waitFor(what: string, started: StartedAction, cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!cond()) {
    assert.ok(Date.now() < deadline, `${what} never happened:\n${started.stdout()}`);
    assert.equal(started.child.exitCode, null, `the action ended early:\n${started.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function pushFirst(repository: string, tags: string): Promise<string> {
  const run = await runAction(inputs(registry.host, repository, 'hello', tags));
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return run.outputs.digest!;
}

function processesMatching(text: string): string[] {
  const r = spawnSync('pgrep', ['-a', '-f', text], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.trim() && !l.includes('pgrep'));
}

describe('cancellation', { concurrency: true }, () => {
  test('SIGTERM during a Nix build stops the build and removes the scratch folders', async () => {
    // A package set of its own with a never-built, long build: the salt makes it new each run,
    // and the sleep's odd length finds the builder's processes.
    const salt = `cancel-${randomBytes(6).toString('hex')}`;
    const sleep = `sleep ${100000 + randomBytes(2).readUInt16BE()}`;
    const set = await mkdtemp(join(scratch, 'set-'));
    await writeFile(
      join(set, 'default.nix'),
      `{ ... }: let
  busybox = builtins.path { path = ${testPkgsDir()}/busybox; name = "busybox"; };
in {
  sleeper = derivation {
    name = "${salt}";
    system = builtins.currentSystem;
    builder = "\${busybox}/bin/busybox";
    args = [ "sh" "-c" "${sleep}; echo done > $out" ];
  };
}
`,
    );
    const temp = await privateTemp();
    const started = await startAction(
      inputs(registry.host, 'cancel/build', 'sleeper', 'v1', `path!${set}`),
      { env: { TMPDIR: temp, RUNNER_TEMP: temp } },
    );
    await waitFor('the build', started, () => processesMatching(sleep).length > 0);
    started.child.kill('SIGTERM');
    const run = await started.done;
    assert.equal(run.code, 143, run.stdout);
    assert.match(run.stdout, /::error::cancelled \(SIGTERM\)/);
    // Nix stops its builder when it is told to stop; give it a moment.
    const deadline = Date.now() + 5000;
    const left = () => [...processesMatching(salt), ...processesMatching(sleep)];
    while (left().length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(left(), [], 'no Nix process or builder of the run is left');
    assert.deepEqual(await readdir(temp), [], 'no scratch folder is left');
    assert.equal(await tagDigest('cancel/build', 'v1'), null, 'nothing was tagged');
  });

  test('SIGTERM during an upload removes the scratch folders and moves no tag', async () => {
    const repository = 'cancel/upload';
    const first = await pushFirst(repository, 'v1');
    const proxy = await startHostileServer({
      upstream: registry.url,
      rules: hangUploads(),
    });
    try {
      const temp = await privateTemp();
      const started = await startAction(inputs(proxy.host, repository, 'hello shell', 'v1'), {
        env: { TMPDIR: temp, RUNNER_TEMP: temp },
      });
      await waitFor('an upload', started, () => proxy.requests.some(sendsBlobBytes));
      const signalled = Date.now();
      started.child.kill('SIGTERM');
      const run = await started.done;
      assert.equal(run.code, 143, run.stdout);
      assert.ok(
        run.exitedAt - signalled < 3000,
        `exited ${run.exitedAt - signalled} ms after SIGTERM`,
      );
      assert.deepEqual(await readdir(temp), [], 'no scratch folder (compressed layers) is left');
      assert.equal(await tagDigest(repository, 'v1'), first);
    } finally {
      await proxy.stop();
    }
  });

  test('SIGINT while tags move lets the tag loop finish: every tag names the new image', async () => {
    const repository = 'cancel/tags-finish';
    const first = await pushFirst(repository, 'v1 v2');
    // v2's PUT is slow but within the grace time.
    const proxy = await startFaultProxy({
      upstream: registry.url,
      rules: [{ method: 'PUT', path: /\/manifests\/v2$/, fault: { kind: 'delay', ms: 1500 } }],
    });
    try {
      const started = await startAction(inputs(proxy.host, repository, 'hello shell', 'v1 v2'));
      await waitFor('the first tag', started, () =>
        proxy.requests.some((r) => r.method === 'PUT' && r.path.endsWith('/manifests/v1')),
      );
      started.child.kill('SIGINT');
      const run = await started.done;
      assert.equal(run.code, 130, run.stdout);
      assert.match(run.stdout, /::error::cancelled \(SIGINT\)/);
      const v1 = await tagDigest(repository, 'v1');
      assert.notEqual(v1, first, 'v1 moved');
      assert.equal(await tagDigest(repository, 'v2'), v1, 'v2 moved with it');
    } finally {
      await proxy.stop();
    }
  });

  test('SIGTERM while a tag PUT hangs rolls the moved tags back before exiting', async () => {
    const repository = 'cancel/tags-rollback';
    const first = await pushFirst(repository, 'v1 v2');
    const proxy = await startHostileServer({
      upstream: registry.url,
      rules: [{ method: 'PUT', path: /\/manifests\/v2$/, answer: { kind: 'hang' } }],
    });
    try {
      const started = await startAction(inputs(proxy.host, repository, 'hello shell', 'v1 v2'));
      await waitFor('the second tag', started, () =>
        proxy.requests.some((r) => r.method === 'PUT' && r.path.endsWith('/manifests/v2')),
      );
      assert.notEqual(await tagDigest(repository, 'v1'), first, 'v1 had moved');
      const signalled = Date.now();
      started.child.kill('SIGTERM');
      const run = await started.done;
      assert.equal(run.code, 143, run.stdout);
      // Within the runner's window between SIGTERM and SIGKILL is not promised; between SIGINT
      // and SIGKILL (10 s) is.
      assert.ok(
        run.exitedAt - signalled < 9000,
        `exited ${run.exitedAt - signalled} ms after SIGTERM`,
      );
      assert.match(run.stdout, /put .*:v1 back on/);
      assert.equal(await tagDigest(repository, 'v1'), first, 'v1 was put back');
      assert.equal(await tagDigest(repository, 'v2'), first, 'v2 never moved');
    } finally {
      await proxy.stop();
    }
  });
});
