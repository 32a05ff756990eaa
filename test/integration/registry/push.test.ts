import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { RegistryError } from '../../../src/registry/errors.ts';
import { pushImage } from '../../../src/registry/push.ts';
import {
  skopeoCopyToOci,
  skopeoInspect,
  startRegistry,
  type TestRegistry,
} from '../../helpers/registry.ts';
import { randomImage, type TestImage } from './random-image.ts';
import { noMask, verifyPushed } from './verify.ts';

const fastRetry = { baseMs: 5, maxDelayMs: 50 };

let scratch: string;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-push-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Pushes, then checks the image with skopeo, which re-reads every blob and checks its digest. */
async function pushAndVerify(
  registry: TestRegistry,
  repository: string,
  image: TestImage,
  creds?: { username: string; password: string },
) {
  const log = memoryLogger();
  const client = new RegistryClient({
    image: { registry: registry.host, repository },
    credentials: creds,
    log,
    retry: fastRetry,
    maskSecret: noMask,
  });
  try {
    const result = await pushImage(client, image, ['latest', 'v1'], log);
    const skopeoCreds = creds && `${creds.username}:${creds.password}`;
    const inspected = await skopeoInspect(`${registry.host}/${repository}:v1`, {
      creds: skopeoCreds,
    });
    assert.equal(
      result.digest,
      inspected.Digest,
      'putManifest digest equals skopeo inspect digest',
    );
    assert.equal(result.digest, image.manifest.digest);
    assert.deepEqual(
      inspected.Layers,
      image.layers.map((l) => l.digest),
    );
    const oci = await mkdtemp(join(scratch, 'oci-'));
    await skopeoCopyToOci(`${registry.host}/${repository}:latest`, oci, { creds: skopeoCreds });
    const index = JSON.parse(await readFile(join(oci, 'index.json'), 'utf8'));
    assert.equal(index.manifests[0].digest, image.manifest.digest);
    return { result, log, client };
  } catch (err) {
    await client.close();
    throw err;
  }
}

for (const relativeUrls of [false, true]) {
  describe(`push to docker-registry with relativeurls ${relativeUrls}`, () => {
    let registry: TestRegistry;
    before(async () => {
      registry = await startRegistry({ relativeUrls });
    });
    after(async () => {
      await registry?.stop();
    });

    it(`answers uploads with ${relativeUrls ? 'relative' : 'absolute'} Locations`, async () => {
      const res = await fetch(`${registry.url}/v2/probe/blobs/uploads/`, { method: 'POST' });
      await res.arrayBuffer();
      const location = res.headers.get('location') ?? '';
      assert.equal(location.startsWith('/v2/'), relativeUrls, location);
    });

    it('pushes in forced chunks of at most 4 MiB, following each Location, and verifies', async () => {
      const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 2, 9 * 2 ** 20);
      const log = memoryLogger();
      const client = new RegistryClient({
        image: { registry: registry.host, repository: 'test/chunked' },
        chunked: true,
        verify: true,
        log,
        retry: fastRetry,
        maskSecret: noMask,
      });
      try {
        const result = await pushImage(client, image, ['latest'], log);
        assert.ok(result.blobs.every((b) => b.status === 'uploaded'));
      } finally {
        await client.close();
      }
      assert.ok(
        log.lines.includes('verified 3 blobs and 2 manifest references'),
        log.lines.join('\n'),
      );
      await verifyPushed(`${registry.host}/test/chunked:latest`, image, scratch);
    });

    it('pushes an image that skopeo copies with every digest checked, then skips every blob', async () => {
      const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 3);
      const first = await pushAndVerify(registry, 'test/image', image);
      try {
        assert.deepEqual(
          first.result.blobs.map((b) => [b.digest, b.size, b.status]),
          [
            ...image.layers.map((l) => [l.digest, l.size, 'uploaded']),
            [image.config.digest, image.config.size, 'uploaded'],
          ],
        );
        assert.ok(first.log.lines.some((l) => l.startsWith(`uploaded ${image.config.digest} (`)));
        assert.equal(await first.client.manifestDigest('latest'), image.manifest.digest);
        assert.equal(await first.client.manifestDigest('no-such-tag'), undefined);

        const second = await pushImage(first.client, image, ['latest'], first.log);
        assert.equal(second.digest, image.manifest.digest);
        assert.deepEqual(new Set(second.blobs.map((b) => b.status)), new Set(['skipped']));
        assert.equal(second.blobs.length, 4);
      } finally {
        await first.client.close();
      }
    });
  });
}

describe('push to docker-registry with htpasswd Basic auth', () => {
  const creds = { username: 'pusher', password: 'correct-horse-battery' };
  let registry: TestRegistry;
  before(async () => {
    registry = await startRegistry({ htpasswd: creds });
  });
  after(async () => {
    await registry?.stop();
  });

  it('pushes with the right credentials', async () => {
    const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 2);
    const { client, result } = await pushAndVerify(registry, 'private/image', image, creds);
    await client.close();
    assert.equal(result.blobs.length, 3);
  });

  it('fails with a clear message that does not show the password', async () => {
    const wrong = { username: 'pusher', password: 'wrong-password-42' };
    const client = new RegistryClient({
      image: { registry: registry.host, repository: 'private/image' },
      credentials: wrong,
      retry: fastRetry,
      maskSecret: noMask,
    });
    const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 1);
    try {
      await assert.rejects(pushImage(client, image, ['latest']), (err: unknown) => {
        assert.ok(err instanceof RegistryError);
        assert.equal(err.status, 401);
        assert.match(err.message, /at 127\.0\.0\.1:\d+\/private\/image failed with HTTP 401: /);
        assert.match(err.message, /Check the username and password/);
        assert.ok(!err.message.includes(wrong.password));
        assert.ok(
          !err.message.includes(Buffer.from(`pusher:${wrong.password}`).toString('base64')),
        );
        return true;
      });
    } finally {
      await client.close();
    }
  });

  it('says that credentials are needed when none were given', async () => {
    const client = new RegistryClient({
      image: { registry: registry.host, repository: 'private/image' },
      retry: fastRetry,
      maskSecret: noMask,
    });
    try {
      await assert.rejects(
        client.blobExists(`sha256:${'0'.repeat(64)}`),
        /needs credentials: the registry answered 401/,
      );
    } finally {
      await client.close();
    }
  });
});

describe('push to docker-registry with Bearer token auth', () => {
  const creds = { username: 'ci', password: 'token-pass-77' };
  let registry: TestRegistry;
  before(async () => {
    registry = await startRegistry({ tokenAuth: creds });
  });
  after(async () => {
    await registry?.stop();
  });

  it('gets one token for the push scope and pushes every blob with it', async () => {
    const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 3);
    const { client, result } = await pushAndVerify(registry, 'tokens/image', image, creds);
    await client.close();
    assert.deepEqual(new Set(result.blobs.map((b) => b.status)), new Set(['uploaded']));
    const ours = registry.tokenRequests.filter(
      (r) => r.scopes[0] === 'repository:tokens/image:pull,push',
    );
    assert.equal(ours.length, 1, JSON.stringify(registry.tokenRequests));
    assert.equal(ours[0]?.user, 'ci');
  });

  it('reports refused credentials from the token service without the password', async () => {
    const wrong = { username: 'ci', password: 'not-the-pass-13' };
    const client = new RegistryClient({
      image: { registry: registry.host, repository: 'tokens/image' },
      credentials: wrong,
      retry: fastRetry,
      maskSecret: noMask,
    });
    try {
      await assert.rejects(client.blobExists(`sha256:${'1'.repeat(64)}`), (err: unknown) => {
        assert.ok(err instanceof RegistryError);
        assert.match(
          err.message,
          /Getting a token from http:\/\/127\.0\.0\.1:\d+\/token .* HTTP 401: UNAUTHORIZED bad credentials/,
        );
        assert.ok(!err.message.includes(wrong.password));
        return true;
      });
    } finally {
      await client.close();
    }
  });

  it('fails without retrying when an anonymous token grants no push', async () => {
    const client = new RegistryClient({
      image: { registry: registry.host, repository: 'tokens/image' },
      retry: fastRetry,
      maskSecret: noMask,
    });
    const before = registry.tokenRequests.length;
    try {
      await assert.rejects(
        client.blobExists(`sha256:${'2'.repeat(64)}`),
        /needs credentials: the registry answered 401/,
      );
    } finally {
      await client.close();
    }
    assert.equal(registry.tokenRequests.length - before, 1);
  });
});
