import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { registryBehindFaults, type FaultRule } from '../../helpers/fault-proxy.ts';
import { randomImage } from './random-image.ts';
import { fastRetry, noMask, verifyPushed } from './verify.ts';

const creds = { username: 'ci', password: 'fault-pass-31' };
const UPLOAD = /\/blobs\/uploads\//;

const env = registryBehindFaults('faults', creds);

let repoCount = 0;
const newImage = async (layers = 3) =>
  randomImage(await mkdtemp(join(env.scratch, 'img-')), layers);

async function pushThroughProxy(
  repository: string,
  image: Awaited<ReturnType<typeof newImage>>,
  extra: Partial<RegistryClientOptions> = {},
) {
  const log = memoryLogger();
  const client = new RegistryClient({
    image: { registry: env.proxy.host, repository },
    credentials: creds,
    log,
    retry: fastRetry,
    maskSecret: noMask,
    ...extra,
  });
  try {
    const result = await pushImage(client, image, ['latest'], log);
    return { result, log };
  } finally {
    await client.close();
  }
}

// Faults on a PATCH are met with every blob sent in a PATCH (wholeUploadMax 0); the closing
// PUT that carries a small blob whole gets its own.
const PATCH_ALWAYS: Partial<RegistryClientOptions> = { wholeUploadMax: 0 };
const WHOLE_PUT = (req: { headers: Record<string, unknown> }) =>
  Number(req.headers['content-length'] ?? 0) > 0;

const faults: [string, FaultRule[], Partial<RegistryClientOptions>?][] = [
  [
    '500 on a PATCH',
    [{ method: 'PATCH', path: UPLOAD, fault: { kind: 'status', status: 500 } }],
    PATCH_ALWAYS,
  ],
  [
    '500 on a PUT that carries the blob',
    [{ method: 'PUT', path: UPLOAD, when: WHOLE_PUT, fault: { kind: 'status', status: 500 } }],
  ],
  [
    '503 on blob HEADs',
    [{ method: 'HEAD', path: /\/blobs\/sha256/, times: 2, fault: { kind: 'status', status: 503 } }],
  ],
  [
    '503 on a manifest PUT',
    [{ method: 'PUT', path: /\/manifests\//, fault: { kind: 'status', status: 503 } }],
  ],
  [
    'a reset in the middle of a PATCH body',
    [{ method: 'PATCH', path: UPLOAD, fault: { kind: 'reset', afterBytes: 1500 } }],
    PATCH_ALWAYS,
  ],
  [
    'a reset in the middle of the body of a PUT that carries the blob',
    [
      {
        method: 'PUT',
        path: UPLOAD,
        when: WHOLE_PUT,
        fault: { kind: 'reset', afterBytes: 1500 },
      },
    ],
  ],
  [
    'a delay on every request',
    [{ path: /^\/v2\//, times: Infinity, fault: { kind: 'delay', ms: 40 } }],
  ],
  [
    'BLOB_UPLOAD_UNKNOWN on a commit',
    [
      {
        method: 'PUT',
        path: UPLOAD,
        fault: { kind: 'status', status: 404, code: 'BLOB_UPLOAD_UNKNOWN' },
      },
    ],
  ],
  [
    'BLOB_UPLOAD_INVALID on a POST',
    [
      {
        method: 'POST',
        path: UPLOAD,
        fault: { kind: 'status', status: 400, code: 'BLOB_UPLOAD_INVALID' },
      },
    ],
  ],
  [
    // What distribution answers while another push of the same blob commits it (seen with four
    // jobs pushing one image to one repository at once).
    'MANIFEST_BLOB_UNKNOWN twice on the manifest PUT',
    [
      {
        method: 'PUT',
        path: /\/manifests\/sha256:/,
        times: 2,
        fault: { kind: 'status', status: 400, code: 'MANIFEST_BLOB_UNKNOWN' },
      },
    ],
  ],
  [
    'a 401 on a PATCH as if the token expired',
    [{ method: 'PATCH', path: UPLOAD, after: 1, fault: { kind: 'unauthorized' } }],
    PATCH_ALWAYS,
  ],
  [
    'a 401 on a PUT that carries the blob, as if the token expired',
    [{ method: 'PUT', path: UPLOAD, when: WHOLE_PUT, after: 1, fault: { kind: 'unauthorized' } }],
  ],
  [
    // A registry that takes no body on the closing PUT: the blob goes in a PATCH after all.
    '415 on every PUT that carries the blob',
    [
      {
        method: 'PUT',
        path: UPLOAD,
        when: WHOLE_PUT,
        times: Infinity,
        fault: { kind: 'status', status: 415 },
      },
    ],
  ],
];

describe('pushes complete through injected faults (token auth)', () => {
  for (const [name, rules, options] of faults) {
    it(`survives ${name}`, async () => {
      env.proxy.rules.push(...rules);
      const repository = `faults/r${++repoCount}`;
      const image = await newImage();
      const { result } = await pushThroughProxy(repository, image, options);
      for (const rule of rules) assert.ok((rule.applied ?? 0) > 0, `the fault ${name} happened`);
      assert.equal(result.digest, image.manifest.digest);
      await verifyPushed(`${env.registry.host}/${repository}:latest`, image, env.scratch, creds);
    });
  }

  it('waits as long as Retry-After says on 429', async () => {
    env.proxy.rules.push({
      method: 'POST',
      path: UPLOAD,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    const image = await newImage(1);
    const started = performance.now();
    const { log } = await pushThroughProxy(`faults/r${++repoCount}`, image);
    assert.ok(performance.now() - started >= 950, 'waited at least one second');
    assert.ok(
      log.lines.some((l) => /attempt 1 of 5 failed .*HTTP 429.*retrying in 1000 ms/.test(l)),
    );
  });

  it('re-sends the whole body with a fresh token after a 401 mid-upload', async () => {
    env.proxy.rules.push({ method: 'PATCH', path: UPLOAD, fault: { kind: 'unauthorized' } });
    const repository = `faults/r${++repoCount}`;
    const tokensBefore = env.registry.tokenRequests.length;
    const image = await newImage(1);
    const { result } = await pushThroughProxy(repository, image, {
      concurrency: 1,
      ...PATCH_ALWAYS,
    });
    const patches = env.proxy.requests.filter((r) => r.method === 'PATCH').slice(-3);
    // The refused PATCH and the one re-sent go to the same session, both with the whole blob.
    assert.equal(patches[0]?.fault, 'unauthorized');
    assert.equal(patches[1]?.path, patches[0]?.path);
    assert.equal(patches[1]?.bytes, patches[0]?.bytes);
    assert.notEqual(patches[1]?.authorization, patches[0]?.authorization);
    assert.equal(env.registry.tokenRequests.length - tokensBefore, 2, 'one token, then one more');
    assert.ok(result.blobs.every((b) => b.status === 'uploaded'));
    await verifyPushed(`${env.registry.host}/${repository}:latest`, image, env.scratch, creds);
  });

  it('sends no blob bytes when the same image is pushed again', async () => {
    const repository = `faults/r${++repoCount}`;
    const image = await newImage();
    await pushThroughProxy(repository, image);
    const bytesBefore = env.proxy.uploadedBytes();
    const { result } = await pushThroughProxy(repository, image);
    assert.equal(env.proxy.uploadedBytes() - bytesBefore, 0);
    assert.deepEqual(new Set(result.blobs.map((b) => b.status)), new Set(['skipped']));
  });

  it('re-pushes a manifest the registry holds without checking its blobs one by one', async () => {
    const repository = `faults/r${++repoCount}`;
    const image = await newImage();
    await pushThroughProxy(repository, image);
    const seen = env.proxy.requests.length;
    await pushThroughProxy(repository, image);
    const again = env.proxy.requests.slice(seen).map((r) => `${r.method} ${r.path.split('?')[0]}`);
    assert.deepEqual(
      again.filter((r) => r.includes('/blobs/')),
      [],
      'a stored manifest proves its blobs are stored',
    );
    assert.ok(again.some((r) => r.startsWith('HEAD ') && r.includes('/manifests/sha256:')));
  });

  it('mounts from `mountFrom` instead of uploading, asking for pull on the source', async () => {
    const image = await newImage();
    await pushThroughProxy('mount/source', image);
    const bytesBefore = env.proxy.uploadedBytes();
    const tokensBefore = env.registry.tokenRequests.length;
    const { result, log } = await pushThroughProxy('mount/target', image, {
      mountFrom: ['mount/missing', `${env.proxy.host}/mount/source`],
    });
    assert.equal(env.proxy.uploadedBytes() - bytesBefore, 0);
    assert.deepEqual(new Set(result.blobs.map((b) => b.status)), new Set(['mounted']));
    assert.ok(log.lines.some((l) => l.startsWith(`mounted ${image.config.digest} (`)));
    const scopes = env.registry.tokenRequests.slice(tokensBefore).map((r) => r.scopes);
    assert.deepEqual(scopes[0]?.slice(0, 3), [
      'repository:mount/target:pull,push',
      'repository:mount/missing:pull',
      'repository:mount/source:pull',
    ]);
    await verifyPushed(`${env.registry.host}/mount/target:latest`, image, env.scratch, creds);
  });

  it('switches to chunks when the registry refuses a streamed PATCH with 416', async () => {
    env.proxy.rules.push({
      method: 'PATCH',
      path: UPLOAD,
      when: (req) => req.headers['content-range'] === undefined,
      fault: { kind: 'status', status: 416, code: 'BLOB_UPLOAD_INVALID' },
    });
    const repository = `faults/r${++repoCount}`;
    const image = await newImage(2);
    const started = env.proxy.requests.length;
    const { log } = await pushThroughProxy(repository, image, {
      chunkSize: 1024,
      concurrency: 1,
      ...PATCH_ALWAYS,
    });
    assert.ok(log.lines.some((l) => l.includes('refused one streamed PATCH (416)')));
    const patches = env.proxy.requests.slice(started).filter((r) => r.method === 'PATCH');
    assert.ok(patches.length > 8, `${patches.length} chunks`);
    assert.ok(patches.slice(1).every((p) => p.bytes <= 1024));
    await verifyPushed(`${env.registry.host}/${repository}:latest`, image, env.scratch, creds);
  });
});

describe('a push that finally fails leaves no tag on an incomplete image', () => {
  const failBlob = (digest: string): FaultRule => ({
    method: 'PUT',
    path: new RegExp(`digest=sha256(?:%3A|:)${digest.slice(7)}`),
    times: Infinity,
    fault: { kind: 'status', status: 500 },
  });

  it('keeps the previous image under the tag', async () => {
    const repository = `faults/r${++repoCount}`;
    const previous = await newImage(2);
    await pushThroughProxy(repository, previous);
    const next = await newImage(2);
    env.proxy.rules.push(failBlob(next.layers[1]?.digest ?? ''));
    await assert.rejects(pushThroughProxy(repository, next), /HTTP 500/);
    await verifyPushed(`${env.registry.host}/${repository}:latest`, previous, env.scratch, creds);
  });

  it('creates no tag in a new repository', async () => {
    const repository = `faults/r${++repoCount}`;
    const image = await newImage(2);
    env.proxy.rules.push(failBlob(image.config.digest));
    await assert.rejects(pushThroughProxy(repository, image), /HTTP 500/);
    const client = new RegistryClient({
      image: { registry: env.registry.host, repository },
      credentials: creds,
      maskSecret: noMask,
    });
    try {
      assert.equal(await client.manifestDigest('latest'), undefined);
      assert.equal(await client.manifestDigest(image.manifest.digest), undefined);
    } finally {
      await client.close();
    }
  });
});
