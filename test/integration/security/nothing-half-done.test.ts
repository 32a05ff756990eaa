import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../helpers/action.ts';
import { startAction } from '../../helpers/action-process.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { hangUploads, sendsBlobBytes, startHostileServer } from '../../helpers/hostile-server.ts';
import { skopeoCopyToOci, startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import { requireTool } from '../../helpers/tools.ts';

// Tags move last. A run that fails or is cancelled after blobs went up leaves every tag on the
// image it named before, and that image is still whole: skopeo copies it, checking every digest.

let registry: TestRegistry;
let scratch: string;

before(async () => {
  requireTool('skopeo', 'apt-get install -y skopeo');
  registry = await startRegistry();
  scratch = await mkdtemp(join(tmpdir(), 'nixery-half-done-'));
});

after(async () => {
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function inputs(host: string, repository: string, packages: string, tags = 'v1') {
  return {
    packages,
    'pkg-source': testPkgSource,
    image: `${host}/${repository}`,
    tags,
    cache: 'false',
  };
}

/** Pushes `hello` as v1 straight to the registry; returns its manifest digest. */
async function pushFirstImage(repository: string): Promise<string> {
  const run = await runAction(inputs(registry.host, repository, 'hello'));
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return run.outputs.digest!;
}

async function tagDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return res.status === 200 ? res.headers.get('docker-content-digest') : null;
}

/** The tag still names the first image, and that image is complete. */
async function assertStillFirst(repository: string, tag: string, digest: string) {
  assert.equal(await tagDigest(repository, tag), digest, `${tag} still points at the first image`);
  const layout = await mkdtemp(join(scratch, 'layout-'));
  await skopeoCopyToOci(`${registry.host}/${repository}:${tag}`, layout);
}

// Each test has a repository and a proxy of its own, so they run side by side.
describe('nothing half-done', { concurrency: true }, () => {
  test('a manifest PUT failing after the blobs went up leaves the tag on the first image', async () => {
    const repository = 'sec/manifest-fails';
    const first = await pushFirstImage(repository);
    const proxy = await startFaultProxy({
      upstream: registry.url,
      rules: [
        // A registry down for maintenance: every try is refused, and retried at once.
        {
          method: 'PUT',
          path: /\/manifests\//,
          times: Infinity,
          fault: { kind: 'status', status: 503, headers: { 'retry-after': '0' } },
        },
      ],
    });
    try {
      const run = await runAction(inputs(proxy.host, repository, 'hello shell'));
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /::error::Putting manifest sha256:[0-9a-f]{64} .*HTTP 503/);
      assert.ok(proxy.uploadedBytes() > 0, 'new blobs were uploaded before the manifest');
      await assertStillFirst(repository, 'v1', first);
    } finally {
      await proxy.stop();
    }
  });

  test('a tag PUT refused after the manifest was stored leaves every tag where it was', async () => {
    const repository = 'sec/tag-fails';
    const first = await pushFirstImage(repository);
    const proxy = await startFaultProxy({
      upstream: registry.url,
      rules: [
        {
          method: 'PUT',
          path: /\/manifests\/v1$/,
          times: Infinity,
          fault: { kind: 'status', status: 403, code: 'DENIED' },
        },
      ],
    });
    try {
      const run = await runAction(inputs(proxy.host, repository, 'hello shell'));
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /::error::Putting manifest v1 .*HTTP 403/);
      await assertStillFirst(repository, 'v1', first);
    } finally {
      await proxy.stop();
    }
  });

  test('a second tag refused after the first moved puts the first back', async () => {
    const repository = 'sec/second-tag-fails';
    const run1 = await runAction(inputs(registry.host, repository, 'hello', 'v1 v2'));
    assert.equal(run1.code, 0, run1.stdout + run1.stderr);
    const first = run1.outputs.digest!;
    // Registries have no transactions: v1 moves before v2 is refused, and must be moved back.
    const proxy = await startFaultProxy({
      upstream: registry.url,
      rules: [
        {
          method: 'PUT',
          path: /\/manifests\/v2$/,
          times: Infinity,
          fault: { kind: 'status', status: 403, code: 'DENIED' },
        },
      ],
    });
    try {
      const run = await runAction(inputs(proxy.host, repository, 'hello shell', 'v1 v2'));
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /::error::Putting manifest v2 .*HTTP 403/);
      assert.ok(
        proxy.requests.some((r) => r.method === 'PUT' && r.path.endsWith('/manifests/v1')),
        'v1 was moved before v2 was refused',
      );
      await assertStillFirst(repository, 'v1', first);
      await assertStillFirst(repository, 'v2', first);
    } finally {
      await proxy.stop();
    }
  });

  test('SIGTERM mid-upload stops the action at once and leaves the tag on a whole image', async () => {
    const repository = 'sec/cancelled';
    const first = await pushFirstImage(repository);
    // Every upload hangs: the action is stopped while it sends blob bytes.
    const proxy = await startHostileServer({
      upstream: registry.url,
      rules: hangUploads(),
    });
    try {
      const started = await startAction(inputs(proxy.host, repository, 'hello shell'));
      const deadline = Date.now() + 60_000;
      while (!proxy.requests.some(sendsBlobBytes)) {
        assert.ok(Date.now() < deadline, `no upload began:\n${started.stdout()}`);
        assert.equal(started.child.exitCode, null, `the action ended early:\n${started.stdout()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const signalled = Date.now();
      started.child.kill('SIGTERM');
      const run = await started.done;
      assert.ok(
        run.exitedAt - signalled < 3000,
        `exited ${run.exitedAt - signalled} ms after SIGTERM`,
      );
      assert.equal(run.code, 143, `exit code ${run.code}, signal ${run.signal}`);
      assert.match(run.stdout, /::error::cancelled \(SIGTERM\)/);
      assert.ok(
        !proxy.requests.some((r) => r.method === 'PUT' && /\/manifests\//.test(r.path)),
        'no manifest was sent',
      );
      await assertStillFirst(repository, 'v1', first);
    } finally {
      await proxy.stop();
    }
  });
});
