import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { sha256Digest } from '../../../src/core/digest.ts';
import type { LayerRecord } from '../../../src/image/layer-cache.ts';
import { proveCachedLayer } from '../../../src/registry/verify.ts';

// proveCachedLayer's logic on bytes held in memory: what the registry serves is given by
// `openBlob` (the real registry path is covered by the integration tests under security/).
const tar = Buffer.from('a layer tar, as the store paths make it\n'.repeat(100));
const gzipMedia = 'application/vnd.oci.image.layer.v1.tar+gzip';

function recordFor(blob: Buffer, diffId = sha256Digest(tar)): LayerRecord {
  return {
    key: sha256Digest(Buffer.from('key')),
    diffId,
    digest: sha256Digest(blob),
    size: blob.length,
    mediaType: gzipMedia,
  };
}

const serving = (blob: Buffer) => ({ openBlob: async () => Readable.from([blob]) });
const localTar = () => Readable.from([tar]);

describe('proveCachedLayer', () => {
  it('passes a record whose blob decompresses to the tar its store paths make', async () => {
    const blob = gzipSync(tar);
    assert.equal(await proveCachedLayer(serving(blob), recordFor(blob), localTar), undefined);
  });

  it('catches a record whose diff_id is not what its store paths make', async () => {
    const other = Buffer.from('another layer');
    const blob = gzipSync(other);
    const problem = await proveCachedLayer(
      serving(blob),
      recordFor(blob, sha256Digest(other)),
      localTar,
    );
    assert.match(problem ?? '', /its store paths make the tar sha256:/);
  });

  it('catches a blob that does not decompress to the diff_id', async () => {
    const blob = gzipSync(Buffer.from('not the tar'));
    const problem = await proveCachedLayer(serving(blob), recordFor(blob), localTar);
    assert.match(problem ?? '', /decompresses to sha256:/);
  });

  it('stops decompressing a bomb at the real tar size', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const problem = await proveCachedLayer(serving(bomb), recordFor(bomb), localTar);
    assert.match(problem ?? '', /larger than 4000 bytes/);
  });

  it('catches a registry serving other bytes than the digest', async () => {
    const blob = gzipSync(tar);
    const record = recordFor(blob);
    const served = Buffer.from(blob);
    served[served.length - 1]! ^= 1;
    const problem = await proveCachedLayer(serving(served), record, localTar);
    assert.ok(problem, 'refused');
  });
});
