import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Layer } from './blob.ts';
import { compressor, layerMediaType, type Compression } from './compress.ts';
import { DigestTap } from './digest.ts';
import { layerCacheAnnotations, type LayerRecord } from './layer-cache.ts';
import type { ManifestFormat } from './manifest.ts';

export interface WriteLayerOptions {
  /** Where the compressed blob is kept until it has been pushed. */
  workDir: string;
  compression: Compression;
  format: ManifestFormat;
  storePaths: string[];
  description: string;
  /** The compression level (compress.ts LEVELS); the compression's default when left out. */
  level?: number;
  /** @deprecated use `level`. */
  gzipLevel?: number;
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
  const uncompressed = new DigestTap();
  const compressed = new DigestTap();
  const partial = join(
    opts.workDir,
    `partial-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  try {
    await pipeline(
      tar,
      uncompressed,
      compressor(opts.compression, opts.level ?? opts.gzipLevel),
      compressed,
      createWriteStream(partial, { highWaterMark: 1 << 20 }),
    );
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  const digest = compressed.digest;
  const file = join(opts.workDir, digest.replace(':', '-'));
  await rename(partial, file);
  return {
    mediaType: layerMediaType(opts.compression, opts.format),
    digest,
    size: compressed.size,
    diffId: uncompressed.digest,
    storePaths: [...opts.storePaths],
    description: opts.description,
    contentKey: opts.contentKey,
    annotations: cacheAnnotations(opts.format, opts.contentKey, uncompressed.digest),
    open: () => createReadStream(file, { highWaterMark: 1 << 20 }),
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
      pipeline(opts.tar(), compressor(opts.compression, opts.level), check, out)
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
