import { PassThrough, Readable } from 'node:stream';
import { NixeryError } from '../core/errors.ts';
import {
  cancelUpload,
  checkBlob,
  commitUpload,
  fetchBlob,
  header,
  readWhole,
  refusesWholePut,
  startUpload,
  streamBlob,
  type BlobSteps,
  type UploadStart,
} from './blobs.ts';
import { uploadChunks, type ChunkSource } from './chunked.ts';
import {
  resolveClientOptions,
  type RegistryClientOptions,
  type ResolvedClientOptions,
} from './options.ts';
import { UploadProgress } from './progress.ts';
import type { ImageName } from '../oci/reference.ts';
import { withRetry } from './retry.ts';
import { refusesStreamedPatch, streamNewBlob, type StreamingBlob } from './stream-upload.ts';
import { RegistryTransport } from './transport.ts';
import type { Blob } from '../oci/blob.ts';
import type { Manifest } from '../oci/manifest.ts';
import { MANIFEST_TYPES, MEDIA_TYPES } from '../oci/media-types.ts';
import { checkDigest, checkReference } from '../oci/reference.ts';
import { MAX_DOCUMENT_BYTES as MAX_MANIFEST_BYTES } from '../oci/limits.ts';
import { sha256Digest } from '../core/digest.ts';

export type { RegistryClientOptions } from './options.ts';

export type BlobStatus = 'skipped' | 'mounted' | 'uploaded';

/**
 * Talks the distribution protocol to one repository. The protocol steps live in blobs.ts and
 * chunked.ts; the public methods here compose them and are the only places that retry.
 */
// Registries refuse manifests over 4 MiB; never read more than that.

export class RegistryClient {
  readonly image: ImageName;
  readonly concurrency: number;
  readonly options: ResolvedClientOptions;
  private readonly transport: RegistryTransport;
  private readonly steps: BlobSteps;
  /** Set once the registry refused a streamed PATCH: every later blob goes in chunks. */
  private chunkedLearned = false;
  /** Set once the registry refused a blob inside the closing PUT: every later one gets a PATCH. */
  private wholeRefused = false;

  constructor(opts: RegistryClientOptions) {
    this.options = resolveClientOptions(opts);
    this.image = this.options.image;
    this.concurrency = this.options.concurrency;
    this.transport = new RegistryTransport({
      ...this.options,
      // Existence checks of every blob go out at once; against a remote registry each is a
      // round trip, so they get more sockets than the uploads (which are bounded apart).
      connections: Math.max(this.concurrency + 2, 16),
    });
    this.steps = { transport: this.transport, repository: this.image.repository };
  }

  async blobExists(digest: string): Promise<boolean> {
    checkDigest(digest);
    return this.retry(`Checking blob ${digest}`, () => checkBlob(this.steps, digest));
  }

  /**
   * Uploads unless present, mounting from `mountFrom` when a source holds it. A failed try
   * starts over from HEAD with a freshly opened stream. `knownMissing` skips the first HEAD
   * when the caller has just checked; `from` replaces the mount sources for this blob.
   */
  async uploadBlob(
    blob: Blob,
    knownMissing = false,
    from = this.options.mountFrom,
  ): Promise<BlobStatus> {
    checkDigest(blob.digest);
    let first = true;
    return this.retry(`Uploading blob ${blob.digest}`, async () => {
      const skipHead = first && knownMissing;
      first = false;
      if (!skipHead && (await checkBlob(this.steps, blob.digest))) return 'skipped';
      return this.uploadKnown(blob, from);
    });
  }

  /**
   * Uploads a layer whose digest may be learnt only while it is sent: one pass makes, hashes
   * and sends the bytes, then the session is closed with the digest found. A failed try starts
   * over from a new session, re-opening the layer (its bytes are made again, never kept); once
   * the digest is known, a try is an ordinary upload that begins with HEAD.
   */
  async uploadStreamed(blob: StreamingBlob): Promise<BlobStatus> {
    const what = `Uploading layer ${blob.description ?? blob.mediaType}`;
    return this.retry(what, async () => {
      if (blob.computed !== false) {
        checkDigest(blob.digest);
        if (await checkBlob(this.steps, blob.digest)) return 'skipped';
        return this.uploadKnown(blob);
      }
      const label = blob.description ?? 'a layer';
      if (this.sendsWhole(blob.sizeHint)) {
        // A small layer is made into memory while its session opens, then sent in one PUT.
        const [location, bytes] = await whileOpening(
          this.steps,
          startUpload(this.steps, label),
          readWhole(blob.open(), label),
        );
        checkDigest(blob.digest);
        await this.commitWhole(location, blob.digest, bytes);
        return 'uploaded';
      }
      const start = await startUpload(this.steps, label);
      if (start.mounted) throw new Error('unreachable: a plain upload never mounts');
      const location = await this.sendStream(start.location, blob, label);
      checkDigest(blob.digest);
      await commitUpload(this.steps, location, blob.digest);
      return 'uploaded';
    });
  }

  private async uploadKnown(blob: Blob, from = this.options.mountFrom): Promise<BlobStatus> {
    const whole = this.sendsWhole(blob.size);
    const read = () => readWhole(blob.open(), blob.digest, blob.size);
    if (whole && from.length === 0) {
      // Nothing to mount: the bytes are read while the session opens.
      const opening = startUpload(this.steps, blob.digest);
      const [location, bytes] = await whileOpening(this.steps, opening, read());
      await this.commitWhole(location, blob.digest, bytes);
      return 'uploaded';
    }
    const start = await startUpload(this.steps, blob.digest, from);
    if (start.mounted) return 'mounted';
    if (whole) await this.commitWhole(start.location, blob.digest, await read());
    else await commitUpload(this.steps, await this.sendBytes(start.location, blob), blob.digest);
    return 'uploaded';
  }

  /** One streamed PATCH of unknown length, or chunks when the options or the registry want that. */
  private async sendStream(location: string, blob: StreamingBlob, label: string): Promise<string> {
    const { chunked, chunkSize, log, progressIntervalMs } = this.options;
    const progress = new UploadProgress({ digest: label, log, intervalMs: progressIntervalMs });
    const source: ChunkSource = { label, open: () => blob.open() };
    try {
      if (chunked === true || this.chunkedLearned) {
        return await uploadChunks(this.steps, location, source, chunkSize, progress);
      }
      try {
        return await streamNewBlob(this.steps, location, blob, progress);
      } catch (err) {
        if (chunked !== 'auto' || !refusesStreamedPatch(err)) throw err;
        this.learnChunked(err);
        await cancelUpload(this.steps, location);
        progress.reset();
        const fresh = await startUpload(this.steps, label);
        if (fresh.mounted) throw new Error('unreachable: a plain upload never mounts');
        return await uploadChunks(this.steps, fresh.location, source, chunkSize, progress);
      }
    } finally {
      progress.stop();
    }
  }

  /** Whether a blob of this many bytes goes whole in the PUT that closes its session. */
  private sendsWhole(size: number | undefined): boolean {
    const { wholeUploadMax, chunked } = this.options;
    return size !== undefined && size <= wholeUploadMax && chunked !== true && !this.wholeRefused;
  }

  /**
   * The closing PUT with the blob in it. A registry that will not take a body there (it never
   * happened with distribution, ghcr.io, containerd's or oras' users, but the spec's wording
   * leaves room) gets this blob again in a fresh session with a PATCH, and every later one too.
   */
  private async commitWhole(location: string, digest: string, bytes: Buffer): Promise<void> {
    try {
      await commitUpload(this.steps, location, digest, bytes);
    } catch (err) {
      if (!refusesWholePut(err, sha256Digest(bytes) === digest)) throw err;
      this.wholeRefused = true;
      const status = (err as { status?: number }).status;
      this.options.log?.info(
        `${this.image.registry} refused a blob in the PUT that closes its upload (${status}); ` +
          'sending each blob in a PATCH first from now on',
      );
      await cancelUpload(this.steps, location);
      const fresh = await startUpload(this.steps, digest);
      if (fresh.mounted) throw new Error('unreachable: a plain upload never mounts');
      const blob: Blob = {
        mediaType: 'application/octet-stream',
        digest,
        size: bytes.length,
        open: () => Readable.from([bytes]),
      };
      const next = await this.sendBytes(fresh.location, blob);
      await commitUpload(this.steps, next, digest);
    }
  }

  private learnChunked(err: unknown): void {
    this.chunkedLearned = true;
    const status = (err as { status?: number }).status;
    this.options.log?.info(
      `${this.image.registry} refused one streamed PATCH (${status}); sending blobs in chunks ` +
        `of ${this.options.chunkSize} bytes from now on`,
    );
  }

  async putManifest(reference: string, manifest: Manifest): Promise<string> {
    checkReference(reference);
    const actual = sha256Digest(manifest.body);
    if (actual !== manifest.digest) {
      throw new NixeryError(
        `Manifest digest ${manifest.digest} does not match its body (${actual})`,
        'MANIFEST_DIGEST_MISMATCH',
      );
    }
    return this.retry(`Putting manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: 'PUT',
        url: this.path(`manifests/${reference}`),
        headers: { 'content-type': manifest.mediaType },
        body: manifest.body,
        expect: [200, 201],
        action: `Putting manifest ${reference}`,
      });
      await res.body.dump();
      const digest = header(res.headers, 'docker-content-digest');
      if (digest !== undefined && digest !== manifest.digest) {
        throw new NixeryError(
          `The registry stored manifest ${reference} as ${digest}, not ${manifest.digest}`,
          'MANIFEST_DIGEST_MISMATCH',
        );
      }
      return digest ?? manifest.digest;
    });
  }

  async manifestDigest(reference: string): Promise<string | undefined> {
    checkReference(reference);
    return this.retry(`Checking manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: 'HEAD',
        url: this.path(`manifests/${reference}`),
        headers: { accept: MANIFEST_TYPES.join(', ') },
        expect: [200, 404],
        action: `Checking manifest ${reference}`,
      });
      await res.body.dump();
      return res.statusCode === 200 ? header(res.headers, 'docker-content-digest') : undefined;
    });
  }

  /**
   * The manifest a reference names, or undefined when there is none. Used to read the previous
   * image's layer records (the layer cache); never followed into an index.
   */
  async getManifest(
    reference: string,
    repository = this.image.repository,
  ): Promise<{ body: Buffer; mediaType: string } | undefined> {
    checkReference(reference);
    return this.retry(`Reading manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: 'GET',
        url: `/v2/${repository}/manifests/${reference}`,
        headers: { accept: MANIFEST_TYPES.join(', ') },
        expect: [200, 404],
        action: `Reading manifest ${reference}`,
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return undefined;
      }
      const body = Buffer.from(await res.body.arrayBuffer());
      if (body.length > MAX_MANIFEST_BYTES) {
        throw new NixeryError(`Manifest ${reference} is over 4 MiB`, 'MANIFEST_TOO_LARGE');
      }
      return { body, mediaType: header(res.headers, 'content-type') ?? '' };
    });
  }

  /**
   * The OCI 1.1 referrers API: the index of manifests whose `subject` is `digest`, or undefined
   * when the registry has no such API (404), in which case a client falls back to the
   * `sha256-<hex>` tag scheme.
   */
  async getReferrers(digest: string): Promise<Buffer | undefined> {
    checkDigest(digest);
    return this.retry(`Listing referrers of ${digest}`, async () => {
      const res = await this.transport.send({
        method: 'GET',
        url: this.path(`referrers/${digest}`),
        headers: { accept: MEDIA_TYPES.ociIndex },
        expect: [200, 404],
        action: `Listing referrers of ${digest}`,
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      if (res.statusCode !== 200) return undefined;
      if (body.length > MAX_MANIFEST_BYTES) {
        throw new NixeryError(`Referrers of ${digest} are over 4 MiB`, 'MANIFEST_TOO_LARGE');
      }
      return body;
    });
  }

  /**
   * A blob's bytes as the registry serves them, redirects followed. Not checked here: the
   * caller hashes what it reads (a layer is too large to hold).
   */
  async openBlob(digest: string): Promise<Readable> {
    checkDigest(digest);
    return this.retry(`Reading blob ${digest}`, () => fetchBlob(this.steps, digest));
  }

  /** A small blob (an image config) read whole, checked against its digest. */
  async getSmallBlob(digest: string, repository = this.image.repository): Promise<Buffer> {
    checkDigest(digest);
    return this.retry(`Reading blob ${digest}`, async () => {
      const res = await this.transport.send({
        method: 'GET',
        url: `/v2/${repository}/blobs/${digest}`,
        expect: [200],
        action: `Reading blob ${digest}`,
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      if (body.length > MAX_MANIFEST_BYTES) {
        throw new NixeryError(`Blob ${digest} is over 4 MiB`, 'BLOB_TOO_LARGE');
      }
      const actual = sha256Digest(body);
      if (actual !== digest) {
        throw new NixeryError(`Blob ${digest} arrived with digest ${actual}`, 'DIGEST_MISMATCH');
      }
      return body;
    });
  }

  /**
   * A blob of another repository of this registry, to be copied here when mounting is refused.
   * Each `open()` streams it again from the registry (following a redirect to its storage).
   */
  remoteBlob(descriptor: { digest: string; size: number; mediaType: string }, repository: string) {
    checkDigest(descriptor.digest);
    const { transport } = this;
    return {
      ...descriptor,
      open(): Readable {
        const out = new PassThrough();
        transport
          .send({
            method: 'GET',
            url: `/v2/${repository}/blobs/${descriptor.digest}`,
            expect: [200],
            action: `Reading blob ${descriptor.digest} from ${repository}`,
          })
          .then(
            (res) => {
              // The upload's digest check catches any byte that is wrong.
              const body = res.body as unknown as Readable;
              body.on('error', (err) => out.destroy(err));
              out.on('close', () => body.destroy());
              body.pipe(out);
            },
            (err: unknown) => out.destroy(err as Error),
          );
        return out;
      },
    } satisfies Blob;
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  /** Streams the blob in one PATCH, or in chunks when the options or the registry want that. */
  private async sendBytes(location: string, blob: Blob): Promise<string> {
    const { chunked, chunkSize, progressIntervalMs, log } = this.options;
    const progress = new UploadProgress({
      digest: blob.digest,
      size: blob.size,
      log,
      intervalMs: progressIntervalMs,
    });
    try {
      const source: ChunkSource = { label: blob.digest, size: blob.size, open: () => blob.open() };
      if (chunked === true || this.chunkedLearned) {
        return await uploadChunks(this.steps, location, source, chunkSize, progress);
      }
      try {
        return await streamBlob(this.steps, location, blob, progress);
      } catch (err) {
        if (chunked !== 'auto' || !refusesStreamedPatch(err)) throw err;
        this.learnChunked(err);
        await cancelUpload(this.steps, location);
        progress.reset();
        const fresh = await startUpload(this.steps, blob.digest);
        if (fresh.mounted) throw new Error('unreachable: a plain upload never mounts');
        return await uploadChunks(this.steps, fresh.location, source, chunkSize, progress);
      }
    } finally {
      progress.stop();
    }
  }

  private retry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(what, fn, this.options.retry, this.options.log);
  }

  private path(rest: string): string {
    return `/v2/${this.image.repository}/${rest}`;
  }
}

/**
 * A session opened while the blob's bytes are read: the Location once both are done. Should
 * reading fail after the session opened, the session is cancelled (best effort).
 */
async function whileOpening(
  steps: BlobSteps,
  opening: Promise<UploadStart>,
  reading: Promise<Buffer>,
): Promise<[string, Buffer]> {
  const [start, bytes] = await Promise.allSettled([opening, reading]);
  if (start.status === 'rejected') throw start.reason;
  if (start.value.mounted) throw new Error('unreachable: a plain upload never mounts');
  if (bytes.status === 'rejected') {
    await cancelUpload(steps, start.value.location);
    throw bytes.reason;
  }
  return [start.value.location, bytes.value];
}
