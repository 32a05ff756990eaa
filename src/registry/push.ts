import { cancellation, unlessOverdue } from '../core/cancellation.ts';
import { formatBytes, type Logger } from '../core/log.ts';
import type { RegistryClient } from './client.ts';
import { validateTag } from '../oci/reference.ts';
import { verifyPush } from './verify.ts';
import type { StreamingBlob } from './stream-upload.ts';
import type { Blob } from '../oci/blob.ts';
import type { Manifest } from '../oci/manifest.ts';
import { sha256Digest } from '../core/digest.ts';

export interface BlobReport {
  digest: string;
  size: number;
  status: 'skipped' | 'uploaded' | 'mounted';
  ms: number;
}

export interface PushResult {
  digest: string;
  blobs: BlobReport[];
}

export interface PushableImage {
  layers: Blob[];
  config: Blob;
  manifest: Manifest;
}

/** The documents of an image, built from its layers once every one has been pushed. */
export interface ImageDocuments {
  config: Blob;
  manifest: Manifest;
}

/** A finished image pushed as it is: every digest known up front. */
export function pushImage(
  client: RegistryClient,
  image: PushableImage,
  tags: string[],
  log?: Logger,
): Promise<PushResult> {
  return pushLayers(client, image.layers, () => image, tags, log);
}

/** Below this many bytes of content, a layer does not count against `making`. */
const SMALL_LAYER = 8 * 2 ** 20;

export interface PushLayersOptions {
  /**
   * Layers in the making at once (each one compressing while it uploads). More than there are
   * compressing threads adds memory, not speed. Default: the client's concurrency.
   */
  making?: number;
}

/**
 * Pushes in the only safe order: every blob (layers and config), then the manifest by digest,
 * and only then the tags, so that no tag ever names an image with missing blobs.
 *
 * Layers are taken as they come. A layer whose digest is not known yet is made and uploaded
 * in one pass (several at once, up to the client's concurrency, so that compressing overlaps
 * sending); a known one costs a HEAD, and an upload only when the registry lacks it. Once
 * every layer is in, `documents` builds the config and manifest from what was pushed. When
 * every digest was known up front, the manifest is looked for first: a registry accepts a
 * manifest only once it holds every blob it names, so finding it vouches for all of them and
 * an unchanged re-push costs one request, whatever the number of layers.
 */
export async function pushLayers(
  client: RegistryClient,
  layers: Iterable<StreamingBlob> | AsyncIterable<StreamingBlob>,
  documents: (layers: StreamingBlob[]) => ImageDocuments,
  tags: string[],
  log?: Logger,
  opts: PushLayersOptions = {},
): Promise<PushResult> {
  for (const tag of tags) validateTag(tag);
  const where = `${client.image.registry}/${client.image.repository}`;
  const reports = new Map<StreamingBlob, BlobReport>();
  const report = (blob: StreamingBlob, status: BlobReport['status'], started: number) => {
    const ms = Math.round(performance.now() - started);
    reports.set(blob, { digest: blob.digest, size: blob.size, status, ms });
    const rate =
      status === 'uploaded' && ms > 0 ? `, ${(blob.size / ms / 1000).toFixed(1)} MB/s` : '';
    log?.info(`${status} ${blob.digest} (${formatBytes(blob.size)}) in ${ms} ms${rate}`);
  };

  const arrived: StreamingBlob[] = [];
  const known: StreamingBlob[] = [];
  const uploads = new Limiter(client.concurrency);
  const making = new Limiter(Math.min(client.concurrency, opts.making ?? client.concurrency));
  let streaming = false;
  // Known layers are checked at once when the image cannot be found whole by its manifest.
  const checkKnown = () =>
    known.splice(0).map(async (blob) => {
      const started = performance.now();
      if (await client.blobExists(blob.digest)) report(blob, 'skipped', started);
      else
        await uploads.run(async () => report(blob, await client.uploadBlob(blob, true), started));
    });
  const checks: Promise<void>[] = [];
  try {
    for await (const layer of layers) {
      arrived.push(layer);
      if (layer.computed !== false) {
        known.push(layer);
        if (streaming) checks.push(...checkKnown());
        continue;
      }
      if (!streaming) {
        streaming = true;
        checks.push(...checkKnown());
      }
      const started = performance.now();
      // Waits for a free slot before taking the next layer: at most `concurrency` in the making.
      const upload = async () => report(layer, await client.uploadStreamed(layer), started);
      // A small layer's memory is bounded by its size: only large ones count as in the making.
      if ((layer.sizeHint ?? Infinity) < SMALL_LAYER) await uploads.start(upload);
      else await making.start(() => uploads.run(upload));
      if (uploads.failed || making.failed) break;
    }
  } finally {
    await Promise.allSettled(checks);
    await making.settled();
    await uploads.settled();
  }
  uploads.throwFirst();
  making.throwFirst();
  await Promise.all(checks);

  const docs = documents(arrived);
  let digest = docs.manifest.digest;
  const lookedUp = performance.now();
  if (!streaming && (await client.manifestDigest(digest)) === digest) {
    const blobs = uniqueByDigest([...arrived, docs.config]);
    for (const blob of blobs) {
      reports.set(blob, { digest: blob.digest, size: blob.size, status: 'skipped', ms: 0 });
    }
    const bytes = formatBytes(blobs.reduce((n, b) => n + b.size, 0));
    log?.info(
      `manifest ${digest} is already in ${where}, and so are its ${blobs.length} blobs ` +
        `(${bytes}); found in ${Math.round(performance.now() - lookedUp)} ms`,
    );
  } else {
    const rest = uniqueByDigest([...(streaming ? [] : known.splice(0)), docs.config]).filter(
      (b) => !reports.has(b),
    );
    const missing: StreamingBlob[] = [];
    await runBounded(rest, rest.length, async (blob) => {
      const started = performance.now();
      if (await client.blobExists(blob.digest)) report(blob, 'skipped', started);
      else missing.push(blob);
    });
    // Largest first: the biggest blob is the longest single stream, so it must not wait in
    // line behind small ones while the other upload slots sit idle at the end.
    missing.sort((a, b) => b.size - a.size);
    await runBounded(missing, client.concurrency, async (blob) => {
      const started = performance.now();
      report(blob, await client.uploadBlob(blob as Blob, true), started);
    });
    digest = await client.putManifest(docs.manifest.digest, docs.manifest);
    log?.info(`manifest ${digest} pushed to ${where}`);
  }
  await moveTags(client, tags, docs.manifest, log);
  const blobs = uniqueByDigest([...arrived, docs.config]);
  if (client.options.verify) await verifyPush(client, blobs, tags, digest, log);
  return {
    digest,
    blobs: blobs.map((b) => reports.get(b) ?? reportOfSame(reports, b)),
  };
}

/** The report of a blob pushed under another entry with the same digest. */
function reportOfSame(reports: Map<StreamingBlob, BlobReport>, blob: StreamingBlob): BlobReport {
  for (const r of reports.values()) if (r.digest === blob.digest) return r;
  return { digest: blob.digest, size: blob.size, status: 'skipped', ms: 0 };
}

/**
 * Points every tag at the manifest. A registry has no transactions: when a tag is refused after
 * others moved, those are put back on the manifests they named before, so that a failed run
 * leaves its tags as they were. (A tag that did not exist before cannot be removed without
 * deleting the manifest, which other tags may name: it stays, and the log says so.)
 */
export async function moveTags(
  client: RegistryClient,
  tags: string[],
  manifest: Manifest,
  log?: Logger,
): Promise<void> {
  const where = `${client.image.registry}/${client.image.repository}`;
  // Read before the guarded section: a cancel before any tag moved needs no rollback.
  const before = tags.length > 1 ? await Promise.all(tags.map((t) => client.getManifest(t))) : [];
  // A cancel while tags move lets the loop finish, or, once the grace time is over, stops it
  // and puts back what moved; the rollback is part of the section the cancel waits for.
  await cancellation.uninterruptible(async (overdue) => {
    const moved: number[] = [];
    try {
      for (const [i, tag] of tags.entries()) {
        await unlessOverdue(client.putManifest(tag, manifest), overdue);
        moved.push(i);
        log?.info(`tagged ${where}:${tag}`);
      }
    } catch (err) {
      for (const i of moved) {
        const tag = tags[i]!;
        const previous = before[i];
        if (!previous) {
          log?.warning(`${where}:${tag} was new and now names ${manifest.digest}; not removed`);
          continue;
        }
        const digest = sha256Digest(previous.body);
        try {
          await client.putManifest(tag, { ...previous, digest });
          log?.info(`put ${where}:${tag} back on ${digest}`);
        } catch (restoreErr) {
          log?.warning(`could not put ${where}:${tag} back on ${digest}: ${String(restoreErr)}`);
        }
      }
      throw err;
    }
  });
}

function uniqueByDigest<T extends { digest: string }>(blobs: T[]): T[] {
  const seen = new Set<string>();
  return blobs.filter((b) => !seen.has(b.digest) && seen.add(b.digest));
}

/**
 * Runs `fn` over `items` with at most `limit` at once. After the first failure no new item
 * starts; the ones running finish, then the first error is thrown.
 */
async function runBounded<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.err;
}

/**
 * At most `limit` tasks at once. `start` resolves once its task has begun, so a producer that
 * awaits it never runs ahead; after the first failure nothing new starts.
 */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly running: Promise<void>[] = [];
  private failure: { err: unknown } | undefined;

  constructor(private readonly limit: number) {}

  get failed(): boolean {
    return this.failure !== undefined;
  }

  async start(task: () => Promise<void>): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) return;
    this.active++;
    const done = task()
      .catch((err: unknown) => {
        this.failure ??= { err };
      })
      .finally(() => {
        this.active--;
        this.waiting.shift()?.();
      });
    this.running.push(done);
  }

  /** Starts `task` when a slot is free and waits for it to end. */
  async run(task: () => Promise<void>): Promise<void> {
    let finished!: Promise<void>;
    await this.start(() => (finished = task()));
    await finished?.catch(() => {});
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.running);
  }

  throwFirst(): void {
    if (this.failure) throw this.failure.err;
  }
}
