import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Layer } from './blob.ts';
import { compressor, layerMediaType, type Compression } from './compress.ts';
import { DigestTap } from './digest.ts';

export interface WriteLayerOptions {
  /** Where the compressed blob is kept until it has been pushed. */
  workDir: string;
  compression: Compression;
  format: 'oci' | 'docker';
  storePaths: string[];
  description: string;
  /** 1–9; default 6. */
  gzipLevel?: number;
}

/**
 * Streams a layer tar once: hash it (diffId), compress, hash again (digest) and count, and
 * land the bytes in a file named after the digest. The file is written under a temporary
 * name and renamed only after every stage succeeded, so a file named for a digest always
 * holds exactly those bytes.
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
      compressor(opts.compression, opts.gzipLevel),
      compressed,
      createWriteStream(partial),
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
    open: () => createReadStream(file, { highWaterMark: 1 << 20 }),
  };
}
