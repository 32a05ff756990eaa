import { PassThrough, type Transform } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import { MEDIA_TYPES } from './manifest.ts';

export type Compression = 'gzip' | 'none';

export const DEFAULT_GZIP_LEVEL = 6;

/** The layer media type for a compression in a manifest format. */
export function layerMediaType(c: Compression, format: 'oci' | 'docker'): string {
  if (format === 'oci') return c === 'gzip' ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar;
  return c === 'gzip' ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.dockerLayerTar;
}

/**
 * The compressing stage of a layer. Node's gzip writes mtime 0 and no file name in its
 * header, so its output depends only on the input, the level and the zlib build; the zlib
 * build is what still varies between Node releases.
 */
export function compressor(c: Compression, level = DEFAULT_GZIP_LEVEL): Transform {
  if (c === 'none') return new PassThrough();
  if (!Number.isInteger(level) || level < 1 || level > 9) {
    throw new RangeError(`gzip level must be a whole number from 1 to 9, got ${level}`);
  }
  return createGzip({ level, chunkSize: 1 << 16, strategy: constants.Z_DEFAULT_STRATEGY });
}
