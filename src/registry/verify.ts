/**
 * `verify: true`: proving what the registry serves, after and before a push.
 *
 * - verifyPush asks the registry again for every blob and tag, as a puller would find them.
 * - proveCachedLayer proves a layer taken from the layer cache before it is used. A cache
 *   record comes from the previous image's manifest, which whoever can push to the repository
 *   (or a hostile registry) may have written: it names a content key, a diff_id and a blob.
 *   The key's store paths are tarred again here (hashing only, no compression: about a
 *   gigabyte a second) to learn the diff_id they really make, and the blob is downloaded,
 *   hashed and decompressed to learn what it really holds. A record passes only when all
 *   three agree; otherwise the layer is built from its store paths and pushed.
 */
import type { Readable } from 'node:stream';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NixeryError } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { DigestTap } from '../core/digest.ts';
import type { LayerRecord } from '../image/layer-cache.ts';
import { decompressor } from '../output/uncompressed.ts';
import type { RegistryClient } from './client.ts';
import type { Blob } from '../oci/blob.ts';

/** Asks the registry again for every blob and tag, as a puller would find them. */
export async function verifyPush(
  client: RegistryClient,
  blobs: Blob[],
  tags: string[],
  digest: string,
  log?: Logger,
): Promise<void> {
  const problems: string[] = [];
  await Promise.all(
    blobs.map(async (blob) => {
      if (!(await client.blobExists(blob.digest))) problems.push(`blob ${blob.digest} is missing`);
    }),
  );
  for (const reference of [digest, ...tags]) {
    const found = await client.manifestDigest(reference);
    if (found !== digest) problems.push(`${reference} points to ${found ?? 'nothing'}`);
  }
  if (problems.length) {
    throw new NixeryError(
      `Verification of ${client.image.registry}/${client.image.repository} failed: ` +
        problems.join('; '),
      'PUSH_VERIFY_FAILED',
    );
  }
  log?.info(`verified ${blobs.length} blobs and ${tags.length + 1} manifest references`);
}

const discard = () => new Writable({ write: (_chunk, _enc, done) => done() });

/** Fails the stream once more than `limit` bytes went through (a decompression bomb). */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new Error(`${this.what} is larger than ${this.limit} bytes`));
    else done(null, chunk);
  }
}

/**
 * Why a cached layer record cannot be trusted, or undefined when it is proven: its store paths
 * make a tar whose digest is the record's diff_id, and the registry's blob is the record's
 * digest and decompresses to that same tar.
 */
export async function proveCachedLayer(
  client: Pick<RegistryClient, 'openBlob'>,
  record: LayerRecord,
  storePathsTar: () => Readable,
): Promise<string | undefined> {
  const local = new DigestTap();
  await pipeline(storePathsTar(), local, discard());
  if (local.digest !== record.diffId) {
    return `its store paths make the tar ${local.digest}, but the record says ${record.diffId}`;
  }
  const blob = new DigestTap();
  const tar = new DigestTap();
  try {
    await pipeline(
      await client.openBlob(record.digest),
      new ByteLimit(record.size, `blob ${record.digest}`),
      blob,
      decompressor(record.mediaType),
      // The real tar is known to be this long: never decompress more than that.
      new ByteLimit(local.size, `the tar in blob ${record.digest}`),
      tar,
      discard(),
    );
  } catch (err) {
    return `blob ${record.digest} could not be read and decompressed: ${(err as Error).message}`;
  }
  if (blob.digest !== record.digest) {
    return `the registry served ${blob.digest} for blob ${record.digest}`;
  }
  if (tar.digest !== record.diffId) {
    return `blob ${record.digest} decompresses to ${tar.digest}, not ${record.diffId}`;
  }
  return undefined;
}
