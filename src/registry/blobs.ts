import { NixeryError, errorCode } from '../core/errors.ts';
import type { UploadProgress } from './progress.ts';
import type { RegistryTransport } from './transport.ts';
import type { Readable } from 'node:stream';
import type { Blob } from '../oci/blob.ts';

// One function per step of the blob protocol. None of them retries: the client composes them
// and restarts the whole blob from HEAD when a step fails for a temporary reason.

export type Headers = Record<string, string | string[] | undefined>;

export interface BlobSteps {
  transport: RegistryTransport;
  repository: string;
}

export type UploadStart = { mounted: true; from: string } | { mounted: false; location: string };

/** Statuses of a blob HEAD that mean "present": 200, or a redirect to the blob's storage. */
const PRESENT = [200, 301, 302, 303, 307, 308];

export async function checkBlob({ transport, repository }: BlobSteps, digest: string) {
  const res = await transport.send({
    method: 'HEAD',
    url: `/v2/${repository}/blobs/${digest}`,
    // Registries redirect only to content they hold, and storage presigned for GET refuses HEAD.
    followRedirects: false,
    expect: [...PRESENT, 404],
    action: `Checking blob ${digest}`,
  });
  await res.body.dump();
  return PRESENT.includes(res.statusCode);
}

const REDIRECTS = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 3;

/**
 * GETs a blob's bytes. Registries answer with a redirect to their storage (ghcr.io, Docker
 * Hub, ECR, Quay): the Location is followed, and the transport sends credentials only to the
 * registry's own origin, never to the storage host (an S3 presigned URL refuses them anyway).
 */
export async function fetchBlob({ transport, repository }: BlobSteps, digest: string) {
  let url = `/v2/${repository}/blobs/${digest}`;
  for (let hop = 0; ; hop++) {
    const res = await transport.send({
      method: 'GET',
      url,
      expect: [200, ...(hop < MAX_REDIRECTS ? REDIRECTS : [])],
      action: `Reading blob ${digest}`,
    });
    if (res.statusCode === 200) return res.body;
    await res.body.dump();
    url = transport.resolve(requireLocation(res.headers, `reading blob ${digest}`)).toString();
  }
}

/**
 * Opens an upload session, first offering each mount source: 201 means the registry linked the
 * blob from there; 202 means it did not, and began an ordinary session instead. Sessions opened
 * by a refused mount are cancelled while other sources remain. POST never carries a body:
 * distribution 2.8 ignores `?digest=` on POST.
 */
export async function startUpload(
  steps: BlobSteps,
  digest: string,
  mountFrom: string[] = [],
): Promise<UploadStart> {
  const sources = mountFrom.length ? mountFrom : [undefined];
  for (const [i, from] of sources.entries()) {
    const query = from
      ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`
      : '';
    const res = await steps.transport.send({
      method: 'POST',
      url: `/v2/${steps.repository}/blobs/uploads/${query}`,
      headers: { 'content-length': '0' },
      expect: from ? [201, 202] : [202],
      action: from ? `Mounting blob ${digest} from ${from}` : `Starting upload of blob ${digest}`,
    });
    await res.body.dump();
    if (from && res.statusCode === 201) return { mounted: true, from };
    const location = requireLocation(res.headers, `starting upload of blob ${digest}`);
    if (i === sources.length - 1) return { mounted: false, location };
    await cancelUpload(steps, location);
  }
  throw new Error('unreachable: the last source always returns');
}

/** One PATCH with the whole stream and no Content-Range (GHCR refuses large ranged chunks). */
export async function streamBlob(
  steps: BlobSteps,
  location: string,
  blob: Blob,
  progress: UploadProgress,
): Promise<string> {
  try {
    const res = await steps.transport.send({
      method: 'PATCH',
      url: location,
      headers: { 'content-type': 'application/octet-stream', 'content-length': `${blob.size}` },
      body: () => progress.track(blob.open()),
      expect: [202],
      action: `Uploading blob ${blob.digest}`,
    });
    await res.body.dump();
    return nextLocation(steps, res.headers, location) ?? location;
  } catch (err) {
    throw sizeMismatch(err, blob) ?? err;
  }
}

/**
 * PUT to the Location exactly as given, adding the digest to any query it already has. With
 * `bytes`, the PUT carries the whole blob (the spec's "POST then PUT" monolithic upload, as
 * containerd and oras send every blob), so a small blob costs two requests instead of three.
 */
export async function commitUpload(
  { transport }: BlobSteps,
  location: string,
  digest: string,
  bytes?: Buffer,
) {
  const separator = location.includes('?') ? '&' : '?';
  const res = await transport.send({
    method: 'PUT',
    url: `${location}${separator}digest=${encodeURIComponent(digest)}`,
    headers: bytes
      ? { 'content-type': 'application/octet-stream', 'content-length': `${bytes.length}` }
      : { 'content-length': '0' },
    body: bytes,
    expect: [201, 204],
    action: `Finishing upload of blob ${digest}`,
  });
  await res.body.dump();
  const stored = header(res.headers, 'docker-content-digest');
  if (stored !== undefined && stored !== digest) {
    throw new NixeryError(
      `The registry stored blob ${digest} as ${stored}`,
      'BLOB_DIGEST_MISMATCH',
    );
  }
}

// A registry that will not take the blob inside the closing PUT: a method or body it does
// not allow there, a length it wants elsewhere, or an empty upload found not to match.
const WHOLE_PUT_REFUSED = new Set([405, 411, 413, 415, 501]);

/**
 * Whether an error is a registry refusing a blob inside the closing PUT (then it is sent in a
 * PATCH first). A digest or size complaint counts only when the bytes do hash to the digest:
 * the registry then did not read them; otherwise the blob itself is wrong, and that is said.
 */
export function refusesWholePut(err: unknown, bytesMatchDigest: boolean): boolean {
  if (errorCode(err) !== 'REGISTRY_ERROR') return false;
  const { status, registryCode } = err as { status?: unknown; registryCode?: unknown };
  if (typeof status !== 'number') return false;
  if (WHOLE_PUT_REFUSED.has(status)) return true;
  return (
    status === 400 &&
    bytesMatchDigest &&
    (registryCode === 'DIGEST_INVALID' || registryCode === 'SIZE_INVALID')
  );
}

/** Best effort: a session left behind only costs the registry some disk until it expires. */
export async function cancelUpload({ transport }: BlobSteps, location: string): Promise<void> {
  try {
    const res = await transport.send({
      method: 'DELETE',
      url: location,
      expect: [200, 202, 204, 404],
      action: 'Cancelling an upload',
    });
    await res.body.dump();
  } catch {
    // The session expires on its own.
  }
}

export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The Location an answer points to next. A relative one is relative to the host that sent it:
 * kept exactly as given when that is the registry, made absolute when it is another host.
 */
export function nextLocation(
  { transport }: BlobSteps,
  headers: Headers,
  requestUrl: string,
): string | undefined {
  const location = header(headers, 'location');
  if (location === undefined) return undefined;
  const from = transport.resolve(requestUrl);
  if (from.origin === transport.resolve('/').origin) return location;
  return new URL(location, from).href;
}

export function requireLocation(headers: Headers, what: string): string {
  const location = header(headers, 'location');
  if (!location) {
    throw new NixeryError(`The registry gave no Location when ${what}`, 'REGISTRY_PROTOCOL');
  }
  return location;
}

export function sizeMismatch(err: unknown, blob: Blob): NixeryError | undefined {
  if (errorCode(err) !== 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH') return undefined;
  return new NixeryError(
    `Blob ${blob.digest} gave a different number of bytes than its size ${blob.size}`,
    'BLOB_SIZE_MISMATCH',
  );
}

/**
 * Reads a small blob whole, for an upload in one PUT. With `size`, a stream that gives more or
 * fewer bytes fails as a PATCH of the wrong length would.
 */
export async function readWhole(source: Readable, label: string, size?: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const piece of source as AsyncIterable<Buffer>) {
      parts.push(piece);
      length += piece.length;
      if (size !== undefined && length > size) break;
    }
  } finally {
    source.destroy();
  }
  if (size !== undefined && length !== size) {
    throw new NixeryError(
      `Blob ${label} gave a different number of bytes than its size ${size}`,
      'BLOB_SIZE_MISMATCH',
    );
  }
  return Buffer.concat(parts, length);
}
