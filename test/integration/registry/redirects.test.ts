import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { mergeImages } from '../../../src/pipeline/steps/merge.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { startRedirectingFront, type RedirectingFront } from '../../helpers/redirect-front.ts';
import { startRegistry, skopeoInspect, type TestRegistry } from '../../helpers/registry.ts';
import { bufferBlob, manifestFor, randomImage, type TestImage } from './random-image.ts';
import { fastRetry, noMask, verifyPushed } from './verify.ts';

// Hosted registries answer blob GETs (distribution on S3 also HEADs) with a redirect to blob
// storage that refuses any request carrying Authorization. The real docker-registry runs
// behind an in-repo front that does exactly that, with token auth in front of the registry.
const creds = { username: 'ci', password: 'redirect-pass-57' };

let scratch: string;
let registry: TestRegistry;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-redirects-'));
  registry = await startRegistry({ tokenAuth: creds });
});
after(async () => {
  await registry?.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** The same random image, but with a config that says arm64 (another matrix job's push). */
function asArm64(image: TestImage): TestImage {
  const config = JSON.parse(image.config.open().read().toString()) as Record<string, unknown>;
  const armConfig = bufferBlob(
    Buffer.from(JSON.stringify({ ...config, architecture: 'arm64', variant: 'v8' })),
    image.config.mediaType,
  );
  return {
    layers: image.layers,
    config: armConfig,
    manifest: manifestFor(armConfig, image.layers),
  };
}

for (const redirectHead of [false, true]) {
  describe(`a registry redirecting blob GETs${redirectHead ? ' and HEADs' : ''} to storage`, () => {
    let front: RedirectingFront;
    before(async () => {
      front = await startRedirectingFront(registry, { redirectHead });
    });
    after(async () => {
      await front?.stop();
    });

    it('takes a push with verify and a merge, and no credential reaches the storage', async () => {
      const repository = redirectHead ? 'redirect/head' : 'redirect/get';
      const log = memoryLogger();
      const client = new RegistryClient({
        image: { registry: front.proxy.host, repository },
        credentials: creds,
        log,
        retry: fastRetry,
        maskSecret: noMask,
        verify: true,
      });
      try {
        const amd64 = await randomImage(await mkdtemp(join(scratch, 'img-')), 2);
        const arm64 = asArm64(await randomImage(await mkdtemp(join(scratch, 'img-')), 2));
        await pushImage(client, amd64, ['amd64'], log);
        await pushImage(client, arm64, ['arm64'], log);
        assert.ok(
          log.lines.some((l) => /^verified 3 blobs and 2 manifest references/.test(l)),
          'verified',
        );
        const merged = await mergeImages(
          {
            refs: [amd64, arm64].map((i) => ({
              image: { registry: front.proxy.host, repository },
              digest: i.manifest.digest,
            })),
            tags: ['latest'],
          },
          client,
          log,
        );
        assert.deepEqual(merged.platforms, ['linux/amd64/', 'linux/arm64/v8']);
        await verifyPushed(`${registry.host}/${repository}:amd64`, amd64, scratch, creds);
        const index = await skopeoInspect(`${registry.host}/${repository}:latest`, {
          creds: `${creds.username}:${creds.password}`,
        });
        assert.equal(index.Digest, merged.index.digest, 'the tag names the index');
        assert.deepEqual(
          index.Layers,
          amd64.layers.map((l) => l.digest),
          'amd64 resolved',
        );
      } finally {
        await client.close();
      }
      const redirected = front.proxy.requests.filter((r) => r.fault === 'redirect');
      assert.ok(
        redirected.some((r) => r.method === 'GET'),
        'config blobs were redirected',
      );
      if (redirectHead) {
        assert.ok(
          redirected.some((r) => r.method === 'HEAD'),
          'blob checks were redirected',
        );
      }
      const got = front.storage.requests;
      assert.ok(got.length >= 2, `${got.length} requests reached the storage`);
      for (const r of got) {
        assert.equal(r.authorization, undefined, `${r.method} ${r.path} carried Authorization`);
        assert.equal(r.cookie, undefined, `${r.method} ${r.path} carried a cookie`);
        assert.equal(r.method, 'GET', 'a 3xx answering a blob HEAD is not followed');
        assert.equal(r.status, 200);
      }
    });
  });
}
