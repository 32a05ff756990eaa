/**
 * Layer compression, pinned: the compressed bytes are a pure function of the tar, the
 * compression and the level, on any machine and any supported Node version. Node's own zlib
 * is not used for this, because its output has changed between Node releases.
 *
 * - gzip: libdeflate 1.14 compiled to WebAssembly from Debian's source package by
 *   scripts/wasm/build.sh (libdeflate.ts), 1 MiB chunks deflated in parallel into one
 *   gzip member. Levels are libdeflate's. Measured on real binaries (BENCHMARKS.md), it is
 *   faster per core than native zlib at every level, with smaller output.
 * - zstd: zstd 1.5.4 compiled to WebAssembly the same way (zstd.ts), one single-threaded
 *   frame per 4 MiB chunk. zstd's own multi-threaded mode is not used: its output differs
 *   from single-threaded output.
 *
 * Changing an engine, a chunk size or the framing changes layer digests: bump
 * COMPRESSION_FORMAT_VERSION then, so that cached layer records are not reused.
 */
import { PassThrough, type Transform } from 'node:stream';
import { NixeryError } from '../core/errors.ts';
import { ChunkedCompressor } from './chunked-compressor.ts';
import { LIBDEFLATE_ENGINE } from './libdeflate.ts';
import { ZSTD_ENGINE } from './zstd.ts';
import type { CompressionPool } from './compress-pool.ts';
import { MEDIA_TYPES, type ManifestFormat } from '../oci/manifest.ts';

export type Compression = 'gzip' | 'zstd' | 'none';
export const COMPRESSIONS: readonly Compression[] = ['gzip', 'zstd', 'none'];

export const COMPRESSION_FORMAT_VERSION = 2;

export const LEVELS = {
  gzip: { min: 1, max: 9, default: 1 },
  zstd: { min: 1, max: 19, default: 3 },
  none: { min: 0, max: 0, default: 0 },
} as const;

const CHUNK_SIZE = { gzip: 1 << 20, zstd: 4 << 20 } as const;

/** The layer media type for a compression in a manifest format. */
export function layerMediaType(c: Compression, format: ManifestFormat): string {
  if (format === 'docker') {
    if (c === 'zstd') {
      throw new NixeryError('zstd layers need the OCI format.', 'COMPRESSION_NEEDS_OCI');
    }
    return c === 'gzip' ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.dockerLayerTar;
  }
  if (c === 'zstd') return MEDIA_TYPES.ociLayerZstd;
  return c === 'gzip' ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar;
}

/**
 * Names the exact compressor, for layer cache keys: the same id means the same bytes.
 * Each engine is named by its source version and the hash of its binary.
 */
export function compressorId(c: Compression, level: number = LEVELS[c].default): string {
  if (c === 'none') return 'none';
  const engine = c === 'gzip' ? LIBDEFLATE_ENGINE : ZSTD_ENGINE;
  return `${c}:${engine}:level-${level}:chunk-${CHUNK_SIZE[c]}:v${COMPRESSION_FORMAT_VERSION}`;
}

/** The compressing stage of a layer. */
export function compressor(
  c: Compression,
  level: number = LEVELS[c].default,
  pool?: CompressionPool,
): Transform {
  if (c === 'none') return new PassThrough({ highWaterMark: 1 << 20 });
  const range = LEVELS[c];
  if (!Number.isInteger(level) || level < range.min || level > range.max) {
    throw new RangeError(
      `${c} level must be a whole number from ${range.min} to ${range.max}, got ${level}`,
    );
  }
  return new ChunkedCompressor({
    codec: c === 'gzip' ? 'deflate' : 'zstd',
    level,
    chunkSize: CHUNK_SIZE[c],
    pool,
  });
}
