import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { NixeryError } from '../core/errors.ts';
import type { Blob } from '../oci/blob.ts';
import { DigestTap } from '../core/digest.ts';

/** The hex part of a `sha256:<hex>` digest, checked, so it is safe as a file name. */
export function digestHex(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new NixeryError(`not a sha256 digest: ${JSON.stringify(digest)}`, 'BAD_DIGEST');
  return m[1]!;
}

/** A unique name beside `path` for a file or folder that is renamed into place when complete. */
export function partialName(path: string): string {
  return `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Writes a blob into a content-addressed folder as `<dir>/<hex>`. The bytes are hashed on
 * the way and must match the blob's digest and size before the file gets its final name, so
 * a file named for a digest always holds exactly those bytes (and one already present is
 * kept as it is).
 */
export async function writeBlobFile(dir: string, blob: Blob): Promise<void> {
  const target = join(dir, digestHex(blob.digest));
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isFile() && existing.size === blob.size) return;
  const partial = partialName(target);
  const tap = new DigestTap();
  try {
    await pipeline(blob.open(), tap, createWriteStream(partial));
    if (tap.digest !== blob.digest || tap.size !== blob.size) {
      throw new NixeryError(
        `blob ${blob.digest} (${blob.size} bytes) read back as ${tap.digest} (${tap.size} bytes)`,
        'BLOB_MISMATCH',
      );
    }
    await rename(partial, target);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
