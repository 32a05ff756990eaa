import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Layer } from '../oci/blob.ts';
import { compressor, layerMediaType, type Compression } from './compress.ts';
import type { CompressionPool } from './compress-pool.ts';
import { DigestTap } from '../core/digest.ts';
import { layerCacheAnnotations, type LayerRecord } from './layer-cache.ts';
import type { ManifestFormat } from '../oci/manifest.ts';

export interface WriteLayerOptions {
  /** Where the compressed blob is kept until it has been pushed. */
  workDir: string;
  compression: Compression;
  format: ManifestFormat;
  storePaths: string[];
  description: string;
  /** The compression level (compress.ts LEVELS); the compression's default when left out. */
  level?: number;
  /** The layer's cache key (layer-cache.ts); OCI layers then carry it as annotations. */
  contentKey?: string;
}

/**
 * Streams a layer tar once: hash it (diffId), compress, hash again (digest) and count, and
 * land the bytes in a file named after the digest. The file is written under a temporary
 * name and renamed only after every stage succeeded, so a file named for a digest always
 * holds exactly those bytes. Pushing re-reads that file, which costs far less than
 * compressing again.
 */
export async function writeLayer(tar: Readable, opts: WriteLayerOptions): Promise<Layer> {
  await mkdir(opts.workDir, { recursive: true });
  const partial = join(
    opts.workDir,
    `partial-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  let sums: LayerDigests;
  try {
    sums = await digestLayer(
      tar,
      opts.compression,
      opts.level,
      createWriteStream(partial, { highWaterMark: 1 << 20 }),
    );
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  const file = join(opts.workDir, sums.digest.replace(':', '-'));
  await rename(partial, file);
  return {
    mediaType: layerMediaType(opts.compression, opts.format),
    digest: sums.digest,
    size: sums.size,
    diffId: sums.diffId,
    storePaths: [...opts.storePaths],
    description: opts.description,
    contentKey: opts.contentKey,
    annotations: cacheAnnotations(opts.format, opts.contentKey, sums.diffId),
    open: () => createReadStream(file, { highWaterMark: 1 << 20 }),
  };
}

export interface LayerDigests {
  /** `sha256:` of the uncompressed tar. */
  diffId: string;
  /** `sha256:` of the blob (the compressed bytes; the tar itself when uncompressed). */
  digest: string;
  /** Bytes of the blob. */
  size: number;
  /** Bytes of the uncompressed tar. */
  tarSize: number;
}

/**
 * The one pass behind writeLayer: tar → sha256 → compress → sha256 → `sink`. An
 * uncompressed blob is the tar itself, so it is hashed once, not twice.
 */
export async function digestLayer(
  tar: Readable,
  compression: Compression,
  level: number | undefined,
  sink: Writable,
): Promise<LayerDigests> {
  const uncompressed = new DigestTap();
  if (compression === 'none') {
    await pipeline(tar, uncompressed, sink);
    const diffId = uncompressed.digest;
    return { diffId, digest: diffId, size: uncompressed.size, tarSize: uncompressed.size };
  }
  const compressed = new DigestTap();
  await pipeline(tar, uncompressed, compressor(compression, level), compressed, sink);
  return {
    diffId: uncompressed.digest,
    digest: compressed.digest,
    size: compressed.size,
    tarSize: uncompressed.size,
  };
}

export interface CachedLayerOptions {
  compression: Compression;
  level?: number;
  format: ManifestFormat;
  storePaths: string[];
  description: string;
  /** Makes the layer's tar again; called only if the registry lacks the blob. */
  tar: () => Readable;
  /** The compressing threads of this run; the shared pool when left out. */
  pool?: CompressionPool;
}

/**
 * A layer known from its cache record: digest, diffId and size are there at once, and
 * nothing is read until `open()` is called, which regenerates the bytes (tar → compress,
 * both deterministic) and fails the stream if they do not match the record.
 */
export function cachedLayer(record: LayerRecord, opts: CachedLayerOptions): Layer {
  return {
    mediaType: record.mediaType,
    digest: record.digest,
    size: record.size,
    diffId: record.diffId,
    storePaths: [...opts.storePaths],
    description: opts.description,
    contentKey: record.key,
    annotations: cacheAnnotations(opts.format, record.key, record.diffId),
    open: () => {
      const out = new PassThrough({ highWaterMark: 1 << 20 });
      const check = new DigestTap();
      pipeline(opts.tar(), compressor(opts.compression, opts.level, opts.pool), check, out)
        .then(() => {
          if (check.digest !== record.digest || check.size !== record.size) {
            out.destroy(
              new Error(
                `regenerated layer ${opts.description} is ${check.digest} (${check.size} bytes), not the cached ${record.digest}`,
              ),
            );
          }
        })
        .catch((err: Error) => out.destroy(err));
      return out;
    },
  };
}

function cacheAnnotations(
  format: ManifestFormat,
  key: string | undefined,
  diffId: string,
): Record<string, string> | undefined {
  return format === 'oci' && key !== undefined ? layerCacheAnnotations(key, diffId) : undefined;
}
