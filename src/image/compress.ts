/**
 * Layer compression, pinned: the compressed bytes are a pure function of the tar, the
 * compression and the level, on any machine and any supported Node version. Node's own zlib
 * is not used for this, because its output has changed between Node releases.
 *
 * - gzip: miniz_oxide (Rust) compiled to WebAssembly in `@hazae41/foras` (exact version
 *   pinned in package.json), 1 MiB chunks deflated in parallel into one gzip member.
 *   Levels are miniz_oxide's. Measured on 1 GB of real files (BENCHMARKS.md): level 4's
 *   output is a little smaller than zlib's level 4 (0.353 vs 0.355 of the tar) and larger
 *   than zlib's 6 (0.345), at about 0.7× zlib 4's speed per core; level 2 is 1.45× faster
 *   than level 4 for 5 % more bytes.
 * - zstd: zstd compiled to WebAssembly in `@bokuweb/zstd-wasm` (pinned), one
 *   single-threaded frame per 4 MiB chunk. zstd's own multi-threaded mode is not used: its
 *   output differs from single-threaded output.
 *
 * Changing a package version, a chunk size or the framing changes layer digests: bump
 * COMPRESSION_FORMAT_VERSION then, so that cached layer records are not reused.
 */
import { PassThrough, type Transform } from 'node:stream';
import { InputError, quoteValue } from '../errors.ts';
import { ChunkedCompressor } from './chunked-compressor.ts';
import type { CompressionPool } from './compress-pool.ts';
import { MEDIA_TYPES, type ManifestFormat } from './manifest.ts';

export type Compression = 'gzip' | 'zstd' | 'none';
export const COMPRESSIONS: readonly Compression[] = ['gzip', 'zstd', 'none'];

export const COMPRESSION_FORMAT_VERSION = 1;

export const LEVELS = {
  gzip: { min: 1, max: 9, default: 4 },
  zstd: { min: 1, max: 19, default: 3 },
  none: { min: 0, max: 0, default: 0 },
} as const;

const CHUNK_SIZE = { gzip: 1 << 20, zstd: 4 << 20 } as const;

export function parseCompression(value: string, format: ManifestFormat): Compression {
  const v = value.trim().toLowerCase() || 'gzip';
  if (!(COMPRESSIONS as readonly string[]).includes(v)) {
    throw new InputError(
      'compression',
      `${quoteValue(value)} is not a compression; allowed: ${COMPRESSIONS.join(', ')}.`,
    );
  }
  if (v === 'zstd' && format === 'docker') {
    throw new InputError(
      'compression',
      'zstd layers need the OCI format; Docker schema 2 manifests allow gzip or none (set format: oci).',
    );
  }
  return v as Compression;
}

/** The level for a compression: the default when empty, else checked against its range. */
export function parseCompressionLevel(value: string, c: Compression): number {
  const range = LEVELS[c];
  const v = value.trim();
  if (v === '') return range.default;
  if (c === 'none') return 0;
  if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
    throw new InputError(
      'compression-level',
      `${quoteValue(value)} is not a ${c} level; use a whole number from ${range.min} to ${range.max} (default ${range.default}).`,
    );
  }
  return Number(v);
}

/** The layer media type for a compression in a manifest format. */
export function layerMediaType(c: Compression, format: ManifestFormat): string {
  if (format === 'docker') {
    if (c === 'zstd') throw new InputError('compression', 'zstd layers need the OCI format.');
    return c === 'gzip' ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.dockerLayerTar;
  }
  if (c === 'zstd') return MEDIA_TYPES.ociLayerZstd;
  return c === 'gzip' ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar;
}

/**
 * Names the exact compressor, for layer cache keys: the same id means the same bytes.
 * The package versions are part of it through COMPRESSION_FORMAT_VERSION.
 */
export function compressorId(c: Compression, level: number = LEVELS[c].default): string {
  if (c === 'none') return 'none';
  const engine = c === 'gzip' ? 'foras-2.1.4' : 'zstd-wasm-0.0.27';
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
