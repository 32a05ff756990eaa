import * as z from 'zod';
import { InputError, NixeryError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { imageIndex, MEDIA_TYPES, type Manifest } from '../../oci/manifest.ts';
import type { RegistryClient } from '../../registry/client.ts';
import { moveTags } from '../../registry/push.ts';
import type { MergeRef } from '../../request/merge-refs.ts';
import type { ImageName } from '../../oci/reference.ts';
import { createdTime } from '../labels.ts';
import type { StepContext } from '../context.ts';
import type { PipelineResult } from '../result.ts';
import { runIndexSupplyStep } from './supply.ts';
import { sha256Digest } from '../../core/digest.ts';

/**
 * Multi-arch: a matrix pushes one image per system, then one more step merges them into an
 * OCI image index under the tags. Each image is read back (manifest and config) to learn its
 * platform, so the index describes exactly what the registry holds. An image from another
 * repository of the same registry is brought in first (blobs mounted, or copied when the
 * registry will not mount; then its manifest), as `docker buildx imagetools create` does,
 * since an index may only name manifests of its own repository.
 */
export { parseMergeRefs, type MergeRef } from '../../request/merge-refs.ts';

const descriptorSchema = z.object({
  mediaType: z.string(),
  digest: z.string(),
  size: z.number().int().nonnegative(),
});
const manifestSchema = z.object({
  mediaType: z.string().optional(),
  config: descriptorSchema,
  layers: z.array(descriptorSchema),
});
const configSchema = z.object({
  architecture: z.string(),
  os: z.string(),
  variant: z.string().optional(),
});

/**
 * The merge step, in place of a build: the images listed in one index, pushed under the tags
 * (with the push's rollback when a later tag is refused), and an SBOM of the index.
 */
export async function runMergeStep(
  ctx: StepContext,
  image: ImageName,
  client: RegistryClient,
): Promise<PipelineResult> {
  const { req, log } = ctx;
  const merged = await ctx.phase('Merge platforms into one index', () =>
    mergeImages({ refs: req.merge, tags: req.tags }, client, log),
  );
  const supply = await ctx.phase('SBOM of the index', () =>
    runIndexSupplyStep({
      req,
      client,
      index: merged.index,
      created: createdTime(process.env, req.created),
      log,
    }),
  );
  return {
    digest: merged.index.digest,
    // An index has no config.
    imageId: '',
    image: `${image.registry}/${image.repository}@${merged.index.digest}`,
    tags: req.tags,
    layers: [],
    pushedTags: true,
    cacheHit: false,
    source: {},
    reusedLayers: 0,
    outputs: [],
    timings: ctx.timings,
    supply,
  };
}

export interface MergeRequest {
  refs: MergeRef[];
  tags: string[];
}

export async function mergeImages(
  { refs, tags }: MergeRequest,
  client: RegistryClient,
  log: Logger,
): Promise<{ index: Manifest; platforms: string[] }> {
  const entries = [];
  const target = client.image.repository;
  for (const ref of refs) {
    const from = ref.image.repository;
    const found = await client.getManifest(ref.digest, from);
    if (!found) {
      throw new NixeryError(
        `merge: ${ref.image.registry}/${from}@${ref.digest} is not in the registry; push it first.`,
        'MERGE_IMAGE_MISSING',
      );
    }
    const digest = sha256Digest(found.body);
    if (digest !== ref.digest) {
      throw new NixeryError(
        `merge: the registry sent ${digest} for ${ref.digest}`,
        'DIGEST_MISMATCH',
      );
    }
    const manifest = manifestSchema.parse(JSON.parse(found.body.toString('utf8')));
    const mediaType = manifest.mediaType ?? found.mediaType;
    if (mediaType !== MEDIA_TYPES.ociManifest && mediaType !== MEDIA_TYPES.dockerManifest) {
      throw new NixeryError(
        `merge: ${ref.digest} is a ${mediaType}, not an image manifest`,
        'MERGE_NOT_IMAGE',
      );
    }
    const config = configSchema.parse(
      JSON.parse((await client.getSmallBlob(manifest.config.digest, from)).toString('utf8')),
    );
    const platform = { architecture: config.architecture, os: config.os, variant: config.variant };
    log.info(
      `${ref.digest}: ${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`,
    );
    const copy = { mediaType, body: found.body, digest };
    if (from !== target) await bringIn(client, from, manifest, copy, log);
    entries.push({ manifest: copy, platform });
  }
  const keys = entries.map(
    (e) => `${e.platform.os}/${e.platform.architecture}/${e.platform.variant ?? ''}`,
  );
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new InputError('merge', `two images are for the same platform (${dup}).`);
  const index = imageIndex('oci', entries);
  // By digest first, then the tags, with the push's rollback when a later tag is refused.
  await client.putManifest(index.digest, index);
  await moveTags(client, tags, index, log);
  return { index, platforms: keys };
}

/** Mounts (or copies) an image's blobs from another repository, then puts its manifest here. */
async function bringIn(
  client: RegistryClient,
  from: string,
  manifest: z.infer<typeof manifestSchema>,
  copy: Manifest,
  log: Logger,
): Promise<void> {
  const where = `${client.image.registry}/${client.image.repository}`;
  if ((await client.manifestDigest(copy.digest)) === copy.digest) {
    log.info(`${copy.digest} is already in ${where}`);
    return;
  }
  const counts = { skipped: 0, mounted: 0, uploaded: 0 };
  for (const descriptor of [manifest.config, ...manifest.layers]) {
    const status = await client.uploadBlob(client.remoteBlob(descriptor, from), false, [from]);
    counts[status]++;
  }
  await client.putManifest(copy.digest, copy);
  log.info(
    `brought ${copy.digest} from ${from} into ${where}: ${counts.mounted} blobs mounted, ` +
      `${counts.uploaded} copied, ${counts.skipped} already there`,
  );
}
