import { RegistryError } from './errors.ts';
import { header, nextLocation, requireLocation, type BlobSteps } from './blobs.ts';
import type { UploadProgress } from './progress.ts';
import type { Readable } from 'node:stream';

/** What a chunked upload reads: a blob, or a layer whose size is learnt as it is read. */
export interface ChunkSource {
  /** Names the blob in messages (its digest when known). */
  label: string;
  /** The size the bytes must have, when known before reading them. */
  size?: number;
  open(): Readable;
}

/**
 * Sends a blob as PATCH chunks of at most `chunkSize` bytes, each with `Content-Range`, following
 * the Location each answer returns. Used for registries that refuse one streamed PATCH. Only one
 * chunk is held in memory at a time, and it is a Buffer, so a 401 can re-send it.
 */
export async function uploadChunks(
  steps: BlobSteps,
  location: string,
  blob: ChunkSource,
  chunkSize: number,
  progress: UploadProgress,
): Promise<string> {
  let next = location;
  let offset = 0;
  const buffer = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(blob.size ?? chunkSize, 1)));
  let filled = 0;
  const flush = async () => {
    next = await sendChunk(steps, next, blob, buffer.subarray(0, filled), offset);
    progress.add(filled);
    offset += filled;
    filled = 0;
  };

  const source = blob.open();
  try {
    for await (const piece of source as AsyncIterable<Buffer>) {
      let used = 0;
      while (used < piece.length) {
        const take = Math.min(piece.length - used, buffer.length - filled);
        piece.copy(buffer, filled, used, used + take);
        filled += take;
        used += take;
        if (filled === buffer.length) await flush();
      }
      if (blob.size !== undefined && offset + filled > blob.size) break;
    }
    if (filled > 0) await flush();
  } finally {
    source.destroy();
  }
  if (blob.size !== undefined && offset !== blob.size) {
    throw new RegistryError(
      `Blob ${blob.label} gave ${offset} bytes or more, not its size ${blob.size}`,
      { status: 0, registryCode: 'BLOB_SIZE_MISMATCH', retryable: false },
    );
  }
  return next;
}

async function sendChunk(
  steps: BlobSteps,
  location: string,
  blob: ChunkSource,
  chunk: Buffer,
  offset: number,
): Promise<string> {
  const last = offset + chunk.length - 1;
  const res = await steps.transport.send({
    method: 'PATCH',
    url: location,
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': `${chunk.length}`,
      'content-range': `${offset}-${last}`,
    },
    body: chunk,
    expect: [202],
    action: `Uploading bytes ${offset}-${last} of blob ${blob.label}`,
  });
  await res.body.dump();
  // distribution writes `0-<last>`, others `bytes=0-<last>`: the registry must hold every byte.
  const range = header(res.headers, 'range');
  const end = range?.match(/(\d+)-(\d+)$/)?.[2];
  if (end !== undefined && Number(end) !== last) {
    throw new RegistryError(
      `The registry holds bytes up to ${end} of blob ${blob.label}, not up to ${last}`,
      { status: res.statusCode, registryCode: 'BLOB_UPLOAD_INVALID', retryable: true },
    );
  }
  requireLocation(res.headers, `uploading a chunk of blob ${blob.label}`);
  return nextLocation(steps, res.headers, location) as string;
}
