import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Layer } from '../../../src/oci/blob.ts';
import { bufferBlob } from '../../../src/oci/blob.ts';
import { imageConfig } from '../../../src/image/config.ts';
import { CompressionPool } from '../../../src/image/compress-pool.ts';
import { imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import { StreamLayer } from '../../../src/image/stream-layer.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { pushLayers } from '../../../src/registry/push.ts';
import type { StreamingBlob } from '../../../src/registry/stream-upload.ts';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { fastRetry, noMask, verifyPushed } from './verify.ts';

// Streamed layers against the real docker-registry (distribution 2.8.2), through a proxy that
// records the headers of each upload request and can refuse or cut them.

const run = promisify(execFile);
const UPLOAD = /\/blobs\/uploads\//;
const MiB = 2 ** 20;

let scratch: string;
let registry: TestRegistry;
let proxy: FaultProxy;
const pool = new CompressionPool({ threads: 2 });
/** Headers of every PATCH the proxy saw. */
const patches: Record<string, string | string[] | undefined>[] = [];

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-stream-'));
  registry = await startRegistry();
  proxy = await startFaultProxy({ upstream: registry.url });
});
after(async () => {
  await pool.close();
  await proxy?.stop();
  await registry?.stop();
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  proxy.rules.length = 0;
  patches.length = 0;
});

function recordPatches() {
  proxy.rules.push({
    method: 'PATCH',
    path: UPLOAD,
    times: Infinity,
    when: (req) => {
      patches.push({ ...req.headers });
      return false;
    },
    fault: { kind: 'delay', ms: 0 },
  });
}

/** A real tar of random files (so a puller can unpack it), made once and kept as bytes. */
async function tarOf(bytes: number, name: string): Promise<Buffer> {
  const root = await mkdtemp(join(scratch, 'root-'));
  await mkdir(join(root, 'data'));
  await writeFile(join(root, 'data', `${name}.bin`), randomBytes(bytes));
  const file = join(scratch, `${name}.tar`);
  await run('tar', [
    '--sort=name',
    '--mtime=@1',
    '--owner=0',
    '--group=0',
    '-cf',
    file,
    '-C',
    root,
    'data',
  ]);
  return readFile(file);
}

function streamLayer(
  tar: Buffer,
  opens: { n: number },
  description: string,
  sizeHint?: number,
): StreamLayer {
  return new StreamLayer({
    tar: () => {
      opens.n++;
      const parts: Buffer[] = [];
      for (let i = 0; i < tar.length; i += MiB) parts.push(tar.subarray(i, i + MiB));
      return Readable.from(parts);
    },
    compression: 'gzip',
    level: 1,
    format: 'oci',
    pool,
    storePaths: [],
    description,
    sizeHint,
  });
}

function documents(layers: StreamingBlob[]) {
  const ls = layers as Layer[];
  const config = bufferBlob(
    MEDIA_TYPES.ociConfig,
    imageConfig({
      architecture: 'amd64',
      os: 'linux',
      created: '1970-01-01T00:00:01Z',
      config: {},
      diffIds: ls.map((l) => l.diffId),
      history: ls.map((l) => ({ created_by: 'test', comment: l.description })),
    }),
  );
  return { config, manifest: imageManifest('oci', config, ls) };
}

async function push(
  repository: string,
  layers: StreamingBlob[],
  extra: Partial<RegistryClientOptions> = {},
) {
  const log = memoryLogger();
  const client = new RegistryClient({
    image: { registry: proxy.host, repository },
    log,
    retry: fastRetry,
    maskSecret: noMask,
    ...extra,
  });
  let docs: ReturnType<typeof documents> | undefined;
  try {
    const result = await pushLayers(client, layers, (l) => (docs = documents(l)), ['latest'], log);
    return { result, log, docs: docs!, client };
  } finally {
    await client.close();
  }
}

describe('streamed layers', () => {
  it('uploads each new layer in one PATCH with Transfer-Encoding: chunked, then PUT ?digest=', async () => {
    recordPatches();
    const opens = { n: 0 };
    const layers = [
      streamLayer(await tarOf(5 * MiB, 'a'), opens, 'layer a'),
      streamLayer(await tarOf(2 * MiB, 'b'), opens, 'layer b'),
    ];
    const { result, docs } = await push('stream/one-pass', layers);
    assert.equal(opens.n, 2, 'each layer was read from its source once');
    // The config, small and known before it is sent, goes whole in its closing PUT.
    const streamed = patches.filter((h) => h['content-length'] === undefined);
    assert.equal(streamed.length, 2, 'one PATCH per layer');
    assert.equal(patches.length, 2, 'and none for the config');
    for (const h of streamed) {
      assert.equal(h['transfer-encoding'], 'chunked');
      assert.equal(h['content-range'], undefined);
    }
    const puts = proxy.requests.filter((r) => r.method === 'PUT' && UPLOAD.test(r.path));
    for (const l of layers) {
      assert.ok(puts.some((p) => p.path.includes(`digest=${encodeURIComponent(l.digest)}`)));
    }
    assert.deepEqual(
      result.blobs.map((b) => b.status),
      ['uploaded', 'uploaded', 'uploaded'],
    );
    await verifyPushed(`${registry.host}/stream/one-pass:latest`, { ...docs, layers }, scratch);
  });

  it('switches to Content-Range chunks of at most 4 MiB when a registry refuses the streamed PATCH', async () => {
    // As ghcr.io answers a body it will not take: 416 REQUESTED_RANGE_NOT_SATISFIABLE.
    proxy.rules.push({
      method: 'PATCH',
      path: UPLOAD,
      times: Infinity,
      when: (req) => req.headers['content-range'] === undefined,
      fault: { kind: 'status', status: 416, code: 'REQUESTED_RANGE_NOT_SATISFIABLE' },
    });
    recordPatches();
    const opens = { n: 0 };
    const layers = [streamLayer(await tarOf(9 * MiB, 'c'), opens, 'layer c')];
    const { log, docs } = await push('stream/fallback', layers, { concurrency: 1 });
    assert.ok(
      log.lines.some((l) => /refused one streamed PATCH \(416\)/.test(l)),
      log.lines.join('\n'),
    );
    const ranged = patches.filter((h) => h['content-range'] !== undefined);
    assert.ok(ranged.length >= 3, `${ranged.length} ranged chunks`);
    for (const h of ranged) assert.ok(Number(h['content-length']) <= 4 * MiB);
    await verifyPushed(`${registry.host}/stream/fallback:latest`, { ...docs, layers }, scratch);
  });

  it('retries a cut upload by re-opening the layer from its source, not from a kept copy', async () => {
    proxy.rules.push({
      method: 'PATCH',
      path: UPLOAD,
      fault: { kind: 'reset', afterBytes: 1 * MiB },
    });
    const opens = { n: 0 };
    const layers = [streamLayer(await tarOf(4 * MiB, 'd'), opens, 'layer d')];
    const { docs } = await push('stream/retry', layers);
    assert.equal(proxy.rules[0]!.applied, 1, 'the upload was cut once');
    assert.equal(opens.n, 2, 'the source was opened again for the retry');
    await verifyPushed(`${registry.host}/stream/retry:latest`, { ...docs, layers }, scratch);
  });

  it('checks a layer known up front with HEAD only, beside a streamed one', async () => {
    const opens = { n: 0 };
    const first = streamLayer(await tarOf(1 * MiB, 'e'), opens, 'layer e');
    await push('stream/known', [first]);
    // The same bytes, now known by digest (as a layer cache record would give them).
    const known: StreamingBlob = {
      mediaType: first.mediaType,
      digest: first.digest,
      size: first.size,
      open: () => {
        throw new Error('a known layer present in the registry must not be read');
      },
    };
    Object.assign(known, { diffId: first.diffId, description: 'known', storePaths: [] });
    const fresh = streamLayer(await tarOf(1 * MiB, 'f'), opens, 'layer f');
    proxy.requests.length = 0;
    const { result } = await push('stream/known', [known, fresh]);
    const aboutKnown = proxy.requests.filter((r) => r.path.includes(first.digest));
    assert.deepEqual(
      aboutKnown.map((r) => r.method),
      ['HEAD'],
    );
    assert.deepEqual(
      result.blobs.map((b) => b.status),
      ['skipped', 'uploaded', 'uploaded'],
    );
  });

  it('makes a small layer into memory while its session opens, and sends it in the closing PUT', async () => {
    recordPatches();
    const opens = { n: 0 };
    const tar = await tarOf(200 * 1024, 'g');
    const layers = [streamLayer(tar, opens, 'layer g', tar.length)];
    proxy.requests.length = 0;
    const { result, docs } = await push('stream/whole', layers);
    assert.equal(opens.n, 1, 'made once');
    assert.equal(patches.length, 0, 'no PATCH at all');
    const uploads = proxy.requests.filter((r) => UPLOAD.test(r.path));
    assert.deepEqual(
      uploads.map((r) => r.method),
      ['POST', 'PUT', 'POST', 'PUT'],
      'the layer, then the config',
    );
    assert.equal(uploads[1]!.bytes, layers[0]!.size, 'the PUT carried the whole layer');
    assert.ok(uploads[1]!.path.includes(`digest=${encodeURIComponent(layers[0]!.digest)}`));
    assert.deepEqual(
      result.blobs.map((b) => b.status),
      ['uploaded', 'uploaded'],
    );
    await verifyPushed(`${registry.host}/stream/whole:latest`, { ...docs, layers }, scratch);
  });

  it('retries a small layer cut in its closing PUT by making it again from its source', async () => {
    proxy.rules.push({
      method: 'PUT',
      path: UPLOAD,
      when: (req) => Number(req.headers['content-length'] ?? 0) > 0,
      fault: { kind: 'reset', afterBytes: 1000 },
    });
    const opens = { n: 0 };
    const tar = await tarOf(300 * 1024, 'h');
    const layers = [streamLayer(tar, opens, 'layer h', tar.length)];
    const { docs } = await push('stream/whole-retry', layers);
    assert.equal(proxy.rules[0]!.applied, 1, 'the PUT was cut once');
    assert.equal(opens.n, 2, 'the source was opened again for the retry');
    await verifyPushed(`${registry.host}/stream/whole-retry:latest`, { ...docs, layers }, scratch);
  });
});
