/**
 * The upload of a blob whose digest and size are learnt while it is sent (a layer tarred and
 * compressed on the way, as go-containerregistry's `stream.Layer`): a session is opened, the
 * bytes go in one PATCH with `Transfer-Encoding: chunked` (no Content-Length, no
 * Content-Range), and the PUT that closes the session names the digest the pass computed.
 *
 * Why one chunked PATCH: it is what docker/moby, podman and skopeo (containers/image) and
 * go-containerregistry's streaming layers send, so registries accept it widely, ghcr.io
 * included; ghcr.io refuses only PATCH bodies over 4 MiB that carry `Content-Range` (416,
 * "exceeds the maximum permissible limit of 4.00MiB"). A registry that refuses the streamed
 * PATCH gets PATCH chunks of at most 4 MiB with `Content-Range` instead (chunked.ts).
 */
import type { Readable } from 'node:stream';
import { header, nextLocation, type BlobSteps } from './blobs.ts';
import { errorCode } from '../core/errors.ts';
import { RegistryError } from './errors.ts';
import type { UploadProgress } from './progress.ts';

/** What the registry side sees of a layer: its bytes, and sums that may come only after. */
export interface StreamingBlob {
  mediaType: string;
  /** False until a first `open()` was read to the end; absent when known up front. */
  readonly computed?: boolean;
  /** Readable once computed. */
  readonly digest: string;
  readonly size: number;
  /** Names the blob in messages while its digest is unknown. */
  description?: string;
  /** About how many bytes of content it holds, when known before making it. */
  sizeHint?: number;
  open(): Readable;
}

// The answers of a registry that will not take one streamed PATCH: GHCR's 416 for large
// bodies, 411 Length Required from servers or proxies that want a length, 413 from proxies
// with a body limit, 501 from servers without chunked transfer encoding.
const REFUSED = new Set([411, 413, 416, 501]);

/** Whether an error is a registry refusing a streamed PATCH (then chunks are sent instead). */
export function refusesStreamedPatch(err: unknown): boolean {
  if (errorCode(err) !== 'REGISTRY_ERROR') return false;
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' && REFUSED.has(status);
}

/** One PATCH with the whole stream and no length: the digest is computed as it flows. */
export async function streamNewBlob(
  steps: BlobSteps,
  location: string,
  blob: StreamingBlob,
  progress: UploadProgress,
): Promise<string> {
  const res = await steps.transport.send({
    method: 'PATCH',
    url: location,
    headers: { 'content-type': 'application/octet-stream' },
    body: () => progress.track(blob.open()),
    expect: [202],
    action: `Uploading layer ${blob.description ?? blob.mediaType}`,
  });
  await res.body.dump();
  // distribution answers `Range: 0-<n-1>`: when given, it must cover every byte sent.
  const end = header(res.headers, 'range')?.match(/(\d+)-(\d+)$/)?.[2];
  if (end !== undefined && blob.computed !== false && Number(end) !== blob.size - 1) {
    throw new RegistryError(
      `The registry holds bytes up to ${end} of layer ${blob.digest}, not up to ${blob.size - 1}`,
      { status: res.statusCode, registryCode: 'BLOB_UPLOAD_INVALID', retryable: true },
    );
  }
  return nextLocation(steps, res.headers, location) ?? location;
}
