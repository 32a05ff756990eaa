import { Duplex, PassThrough, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { errorCode, NixeryError } from '../core/errors.ts';
import { startProcess } from '../core/spawn.ts';
import type { Layer } from '../oci/blob.ts';
import { DigestTap } from '../core/digest.ts';

type LayerCompression = 'gzip' | 'zstd' | 'none';

/** How a layer's bytes are compressed, read from its OCI or Docker media type. */
export function layerCompression(mediaType: string): LayerCompression {
  if (/[+.]gzip$/.test(mediaType)) return 'gzip';
  if (/\+zstd$/.test(mediaType)) return 'zstd';
  if (/[.]tar$/.test(mediaType)) return 'none';
  throw new NixeryError(`unknown layer media type ${mediaType}`, 'UNKNOWN_MEDIA_TYPE');
}

// Node ≥ 22.15 has zstd in zlib; the types of Node 20 do not know it yet.
type ZstdZlib = { createZstdDecompress?: () => Duplex };

/** A stream that turns a layer blob of this media type back into its tar. */
export function decompressor(mediaType: string): Duplex {
  const compression = layerCompression(mediaType);
  if (compression === 'gzip') return zlib.createGunzip({ chunkSize: 1 << 16 });
  if (compression === 'none') return new PassThrough();
  const zstd = (zlib as ZstdZlib).createZstdDecompress;
  return zstd === undefined ? zstdCommand() : zstd();
}

/**
 * On Node before 22.15, the zstd command decompresses. Its exit status is not waited for:
 * every caller checks the decompressed bytes against the layer's diffId instead.
 */
function zstdCommand(): Duplex {
  const { child, done } = startProcess('zstd', ['--decompress', '--stdout', '--quiet'], {
    env: process.env,
    stdin: 'pipe',
    stdout: 'pipe',
    installHint: 'apt-get install -y zstd',
  });
  const duplex = Duplex.from({ writable: child.stdin!, readable: child.stdout! });
  done.then(
    (r) => {
      if (r.code !== 0) {
        duplex.destroy(
          new NixeryError(`zstd -d failed (${r.code}): ${r.stderr.trim()}`, 'ZSTD_FAILED'),
        );
      }
    },
    (err: unknown) =>
      duplex.destroy(
        errorCode(err) === 'COMMAND_NOT_FOUND'
          ? new NixeryError(
              `decompressing a zstd layer needs Node.js 22.15 or later, or the zstd command (apt-get install -y zstd); this is Node.js ${process.version}`,
              'ZSTD_UNAVAILABLE',
            )
          : (err as Error),
      ),
  );
  return duplex;
}

/** A layer's uncompressed tar as a stream (its sha256 is the layer's diffId). */
export function openUncompressed(layer: Layer): Readable {
  const out = decompressor(layer.mediaType);
  const source = layer.open();
  source.on('error', (err) => out.destroy(err));
  return source.pipe(out);
}

/**
 * The size of a layer's uncompressed tar, read by decompressing it once; the diffId is
 * checked on the way. A tar header must state the size before the bytes, and a layer only
 * records its compressed size, so a second pass is the price of never holding a layer.
 */
export async function uncompressedSize(
  layer: Layer & { uncompressedSize?: number },
): Promise<number> {
  if (layerCompression(layer.mediaType) === 'none') return layer.size;
  // A layer that counted its tar while writing it spares the extra pass.
  if (typeof layer.uncompressedSize === 'number') return layer.uncompressedSize;
  const tap = new DigestTap();
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  await pipeline(layer.open(), decompressor(layer.mediaType), tap, discard);
  if (tap.digest !== layer.diffId) {
    throw new NixeryError(
      `layer ${layer.digest} decompresses to ${tap.digest}, not its diffId ${layer.diffId}`,
      'LAYER_DIFFID_MISMATCH',
    );
  }
  return tap.size;
}
