import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { bufferBlob } from '../../../src/oci/blob.ts';
import { cachedLayer, writeLayer } from '../../../src/image/build-layer.ts';
import { closeCompressionPool } from '../../../src/image/compress-pool.ts';
import { compressorId } from '../../../src/image/compress.ts';
import {
  LAYER_KEY_ANNOTATION,
  layerCacheFromManifest,
  layerContentKey,
  layerRecord,
} from '../../../src/image/layer-cache.ts';
import { loadLayerCache, saveLayerCache } from '../../helpers/layer-cache.ts';
import { imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';

const tarBytes = Buffer.from('not really a tar, but bytes are bytes\n'.repeat(50_000));
const info = (path: string, narHash: string) => ({ path, narHash, narSize: 1, references: [] });

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(p as Buffer);
  return Buffer.concat(parts);
}

describe('layer cache', () => {
  let work: string;
  before(async () => void (work = await mkdtemp(join(tmpdir(), 'nixery-layer-cache-'))));
  after(async () => {
    await closeCompressionPool();
    await rm(work, { recursive: true, force: true });
  });

  it('keys change with any path, narHash, compressor or mtime, not with order', () => {
    const a = info('/nix/store/a', 'sha256:1');
    const b = info('/nix/store/b', 'sha256:2');
    const key = layerContentKey([a, b], compressorId('gzip'));
    assert.equal(layerContentKey([b, a], compressorId('gzip')), key);
    assert.notEqual(layerContentKey([a, { ...b, narHash: 'sha256:3' }], compressorId('gzip')), key);
    assert.notEqual(layerContentKey([a, b], compressorId('gzip', 5)), key);
    assert.notEqual(layerContentKey([a, b], compressorId('zstd')), key);
    assert.notEqual(layerContentKey([a, b], compressorId('gzip'), 1700000000), key);
    assert.notEqual(layerContentKey([a], compressorId('gzip')), key);
  });

  it('travels in OCI manifest annotations and comes back as a lazy layer', async () => {
    const key = layerContentKey([info('/nix/store/a', 'sha256:1')], compressorId('gzip'));
    const built = await writeLayer(Readable.from([tarBytes]), {
      workDir: work,
      compression: 'gzip',
      format: 'oci',
      storePaths: ['/nix/store/a'],
      description: 'a',
      contentKey: key,
    });
    const config = bufferBlob(MEDIA_TYPES.ociConfig, Buffer.from('{}'));
    const manifest = imageManifest('oci', config, [built]);
    const descriptor = JSON.parse(manifest.body.toString()).layers[0];
    assert.equal(descriptor.annotations[LAYER_KEY_ANNOTATION], key);

    const records = layerCacheFromManifest(manifest.body);
    assert.deepEqual(records.get(key), layerRecord(built));
    let opened = 0;
    const lazy = cachedLayer(records.get(key)!, {
      compression: 'gzip',
      format: 'oci',
      storePaths: ['/nix/store/a'],
      description: 'a',
      tar: () => {
        opened++;
        return Readable.from([tarBytes]);
      },
    });
    assert.equal(lazy.digest, built.digest);
    assert.equal(lazy.diffId, built.diffId);
    assert.equal(opened, 0, 'nothing read before open()');
    assert.deepEqual(await readAll(lazy.open()), await readAll(built.open()));
    // Same manifest from the lazy layer: nothing about the image depends on the cache.
    assert.equal(imageManifest('oci', config, [lazy]).digest, manifest.digest);

    const wrong = cachedLayer(records.get(key)!, {
      compression: 'gzip',
      format: 'oci',
      storePaths: [],
      description: 'changed',
      tar: () => Readable.from([Buffer.from('other bytes')]),
    });
    await assert.rejects(readAll(wrong.open()), /not the cached/);
  });

  it('gives no records for Docker manifests or junk', () => {
    assert.equal(layerCacheFromManifest('not json').size, 0);
    const docker = JSON.stringify({ mediaType: MEDIA_TYPES.dockerManifest, layers: [] });
    assert.equal(layerCacheFromManifest(docker).size, 0);
  });

  it('saves and loads a JSON file; a missing or broken file is an empty cache', async () => {
    const file = join(work, 'cache.json');
    assert.equal((await loadLayerCache(file)).size, 0);
    const record = {
      key: `sha256:${'1'.repeat(64)}`,
      diffId: `sha256:${'2'.repeat(64)}`,
      digest: `sha256:${'3'.repeat(64)}`,
      size: 42,
      mediaType: MEDIA_TYPES.ociLayerGzip,
    };
    await saveLayerCache(file, [record, record]);
    assert.deepEqual([...(await loadLayerCache(file)).values()], [record]);
    await writeFile(file, '{"version": 1, "layers": [{"key": 1}]}');
    assert.equal((await loadLayerCache(file)).size, 0);
  });
});
