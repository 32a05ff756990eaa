import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { mergeImages } from '../../../src/pipeline/steps/merge.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { parseRequest } from '../../../src/request/request.ts';
import { connectRegistry } from '../../../src/pipeline/steps/push.ts';
import { registryBehindFaults } from '../../helpers/fault-proxy.ts';
import { skopeoCopyToOci, skopeoInspect } from '../../helpers/registry.ts';
import { bufferBlob, manifestFor, randomImage, type TestImage } from '../registry/random-image.ts';
import { fastRetry, noMask } from '../registry/verify.ts';

// merge over images of other repositories of the same registry, with token auth (so the pull
// scope on each source must be asked for), through a fault proxy that can refuse a tag.
const creds = { username: 'ci', password: 'merge-pass-83' };

const env = registryBehindFaults('merge', creds);

async function platformImage(architecture: string): Promise<TestImage> {
  const image = await randomImage(await mkdtemp(join(env.scratch, 'img-')), 2);
  const config = JSON.parse(image.config.open().read().toString()) as Record<string, unknown>;
  const own = bufferBlob(
    Buffer.from(JSON.stringify({ ...config, architecture })),
    image.config.mediaType,
  );
  return { layers: image.layers, config: own, manifest: manifestFor(own, image.layers) };
}

async function push(repository: string, image: TestImage, tags: string[]) {
  const client = new RegistryClient({
    image: { registry: env.proxy.host, repository },
    credentials: creds,
    retry: fastRetry,
    maskSecret: noMask,
  });
  try {
    await pushImage(client, image, tags);
  } finally {
    await client.close();
  }
}

/** The merge step as the action runs it: inputs parsed, client connected with its scopes. */
async function merge(target: string, refs: string[], tags: string) {
  const req = parseRequest(
    (name) =>
      ({
        image: `${env.proxy.host}/${target}`,
        merge: refs.join('\n'),
        tags,
        username: creds.username,
        password: creds.password,
      })[name] ?? '',
  );
  const log = memoryLogger();
  const client = await connectRegistry(req, req.image!, log, noMask);
  try {
    const result = await mergeImages({ refs: req.merge, tags: req.tags }, client, log);
    return { result, log };
  } finally {
    await client.close();
  }
}

const ref = (repository: string, image: TestImage) =>
  `${env.proxy.host}/${repository}@${image.manifest.digest}`;

describe('merge of images from other repositories of the registry', () => {
  it('mounts their blobs, copies their manifests and lists them in one index', async () => {
    const amd64 = await platformImage('amd64');
    const arm64 = await platformImage('arm64');
    await push('merge/amd64', amd64, ['latest']);
    await push('merge/arm64', arm64, ['latest']);
    const uploaded = env.proxy.uploadedBytes();
    const { result, log } = await merge(
      'merge/multi',
      [ref('merge/amd64', amd64), ref('merge/arm64', arm64)],
      'v1 latest',
    );
    assert.equal(env.proxy.uploadedBytes() - uploaded, 0, 'no blob bytes sent');
    assert.ok(
      log.lines.some((l) => /from merge\/amd64 .*: 3 blobs mounted, 0 copied/.test(l)),
      log.lines.join('\n'),
    );
    assert.deepEqual(result.platforms, ['linux/amd64/', 'linux/arm64/']);
    const index = await skopeoInspect(`${env.registry.host}/merge/multi:v1`, {
      creds: `${creds.username}:${creds.password}`,
    });
    assert.equal(index.Digest, result.index.digest);
    // skopeo reads the amd64 image whole out of the target repository.
    await skopeoCopyToOci(
      `${env.registry.host}/merge/multi:latest`,
      await mkdtemp(join(env.scratch, 'oci-')),
      {
        creds: `${creds.username}:${creds.password}`,
      },
    );
  });

  it('copies the blobs when the registry will not mount them', async () => {
    const amd64 = await platformImage('amd64');
    await push('merge/copy-src', amd64, ['latest']);
    // The registry is asked to mount, but sees a plain POST: it opens an ordinary session.
    env.proxy.rules.push({
      method: 'POST',
      path: /[?&]mount=/,
      times: Infinity,
      fault: { kind: 'rewrite', path: (url) => url.split('?')[0]! },
    });
    const { log } = await merge('merge/copy-dst', [ref('merge/copy-src', amd64)], 'latest');
    assert.ok(
      log.lines.some((l) => /: 0 blobs mounted, 3 copied/.test(l)),
      log.lines.join('\n'),
    );
    await skopeoCopyToOci(
      `${env.registry.host}/merge/copy-dst:latest`,
      await mkdtemp(join(env.scratch, 'oci-')),
      {
        creds: `${creds.username}:${creds.password}`,
      },
    );
  });

  it('puts moved tags back when a later tag is refused', async () => {
    const before = await platformImage('amd64');
    await push('merge/rollback', before, ['keep', 'fail']);
    const amd64 = await platformImage('amd64');
    await push('merge/rollback-src', amd64, ['latest']);
    env.proxy.rules.push({
      method: 'PUT',
      path: /\/manifests\/fail$/,
      times: Infinity,
      fault: { kind: 'status', status: 500 },
    });
    await assert.rejects(
      merge('merge/rollback', [ref('merge/rollback-src', amd64)], 'keep fail'),
      /Putting manifest fail .* failed with HTTP 500/,
    );
    const client = new RegistryClient({
      image: { registry: env.registry.host, repository: 'merge/rollback' },
      credentials: creds,
      maskSecret: noMask,
    });
    try {
      assert.equal(await client.manifestDigest('keep'), before.manifest.digest, 'keep put back');
      assert.equal(await client.manifestDigest('fail'), before.manifest.digest);
    } finally {
      await client.close();
    }
  });
});
