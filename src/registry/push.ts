import { createHash } from 'node:crypto';
import { NixeryError } from '../errors.ts';
import { formatBytes, type Logger } from '../log.ts';
import type { RegistryClient } from './client.ts';
import { validateTag } from './reference.ts';
import type { Blob, Manifest } from './types.ts';

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

/**
 * Pushes in the only safe order: every blob (layers and config), then the manifest by digest,
 * and only then the tags, so that no tag ever names an image with missing blobs. The manifest is
 * looked for first; when it is missing, all blobs are checked with HEAD at once, so that a
 * re-push learns quickly what it has to send.
 */
export async function pushImage(
  client: RegistryClient,
  image: PushableImage,
  tags: string[],
  log?: Logger,
): Promise<PushResult> {
  for (const tag of tags) validateTag(tag);
  const blobs = uniqueByDigest([...image.layers, image.config]);
  const reports = new Map<string, BlobReport>();
  const report = (blob: Blob, status: BlobReport['status'], started: number) => {
    const ms = Math.round(performance.now() - started);
    reports.set(blob.digest, { digest: blob.digest, size: blob.size, status, ms });
    const rate =
      status === 'uploaded' && ms > 0 ? `, ${(blob.size / ms / 1000).toFixed(1)} MB/s` : '';
    log?.info(`${status} ${blob.digest} (${formatBytes(blob.size)}) in ${ms} ms${rate}`);
  };

  const where = `${client.image.registry}/${client.image.repository}`;
  // A registry accepts a manifest only once it holds every blob the manifest names, so finding
  // this manifest already there vouches for all of its blobs: an unchanged re-push costs one
  // request instead of one per blob, whatever the number of layers.
  const lookedUp = performance.now();
  const present = (await client.manifestDigest(image.manifest.digest)) === image.manifest.digest;
  let digest = image.manifest.digest;
  if (present) {
    for (const blob of blobs) {
      reports.set(blob.digest, { digest: blob.digest, size: blob.size, status: 'skipped', ms: 0 });
    }
    const bytes = formatBytes(blobs.reduce((n, b) => n + b.size, 0));
    log?.info(
      `manifest ${digest} is already in ${where}, and so are its ${blobs.length} blobs ` +
        `(${bytes}); found in ${Math.round(performance.now() - lookedUp)} ms`,
    );
  } else {
    const missing: Blob[] = [];
    await runBounded(blobs, blobs.length, async (blob) => {
      const started = performance.now();
      if (await client.blobExists(blob.digest)) report(blob, 'skipped', started);
      else missing.push(blob);
    });
    // Largest first: the biggest blob is the longest single stream, so it must not wait in
    // line behind small ones while the other upload slots sit idle at the end.
    missing.sort((a, b) => b.size - a.size);
    await runBounded(missing, client.concurrency, async (blob) => {
      const started = performance.now();
      report(blob, await client.uploadBlob(blob, true), started);
    });
    digest = await client.putManifest(image.manifest.digest, image.manifest);
    log?.info(`manifest ${digest} pushed to ${where}`);
  }
  await moveTags(client, tags, image.manifest, log);
  if (client.options.verify) await verifyPush(client, blobs, tags, digest, log);
  return { digest, blobs: blobs.map((b) => reports.get(b.digest) as BlobReport) };
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
  const before = tags.length > 1 ? await Promise.all(tags.map((t) => client.getManifest(t))) : [];
  const moved: number[] = [];
  try {
    for (const [i, tag] of tags.entries()) {
      await client.putManifest(tag, manifest);
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
      const digest = `sha256:${createHash('sha256').update(previous.body).digest('hex')}`;
      try {
        await client.putManifest(tag, { ...previous, digest });
        log?.info(`put ${where}:${tag} back on ${digest}`);
      } catch (restoreErr) {
        log?.warning(`could not put ${where}:${tag} back on ${digest}: ${String(restoreErr)}`);
      }
    }
    throw err;
  }
}

/** Asks the registry again for every blob and tag, as a puller would find them. */
async function verifyPush(
  client: RegistryClient,
  blobs: Blob[],
  tags: string[],
  digest: string,
  log?: Logger,
): Promise<void> {
  const problems: string[] = [];
  await runBounded(blobs, blobs.length, async (blob) => {
    if (!(await client.blobExists(blob.digest))) problems.push(`blob ${blob.digest} is missing`);
  });
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

function uniqueByDigest(blobs: Blob[]): Blob[] {
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
