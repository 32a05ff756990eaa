import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError, NixeryError, quoteValue } from './errors.ts';
import type { Logger } from './log.ts';
import type { Request } from './request.ts';
import { imageIndex, MEDIA_TYPES, type Manifest } from './image/manifest.ts';
import type { RegistryClient } from './registry/client.ts';
import { parseImageName, type ImageName } from './registry/reference.ts';

/**
 * Multi-arch: a matrix pushes one image per system, then one more step merges them into an
 * OCI image index under the tags. Each image is read back (manifest and config) to learn its
 * platform, so the index describes exactly what the registry holds.
 */
export interface MergeRef {
  image: ImageName;
  digest: string;
}

/** `registry/repository@sha256:<hex>` lines (spaces, commas or newlines between them). */
export function parseMergeRefs(value: string, target: ImageName | undefined): MergeRef[] {
  const refs: MergeRef[] = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([^@]+)@(sha256:[0-9a-f]{64})$/.exec(raw);
    if (!m) {
      throw new InputError('merge', `${quoteValue(raw)} is not <image>@sha256:<64 hex digits>.`);
    }
    const image = parseImageName(m[1]!, 'merge');
    if (target && (image.registry !== target.registry || image.repository !== target.repository)) {
      throw new InputError(
        'merge',
        `${quoteValue(raw)} is not in ${target.registry}/${target.repository}; an index can only list images of its own repository.`,
      );
    }
    refs.push({ image, digest: m[2]! });
  }
  return refs;
}

const manifestSchema = z.object({
  mediaType: z.string().optional(),
  config: z.object({ digest: z.string() }),
});
const configSchema = z.object({
  architecture: z.string(),
  os: z.string(),
  variant: z.string().optional(),
});

export async function mergeImages(
  req: Request,
  client: RegistryClient,
  log: Logger,
): Promise<{ index: Manifest; platforms: string[] }> {
  const entries = [];
  for (const ref of req.merge) {
    const found = await client.getManifest(ref.digest);
    if (!found) {
      throw new NixeryError(
        `merge: ${ref.image.registry}/${ref.image.repository}@${ref.digest} is not in the registry; push it first.`,
        'MERGE_IMAGE_MISSING',
      );
    }
    const digest = `sha256:${createHash('sha256').update(found.body).digest('hex')}`;
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
      JSON.parse((await client.getSmallBlob(manifest.config.digest)).toString('utf8')),
    );
    const platform = { architecture: config.architecture, os: config.os, variant: config.variant };
    log.info(
      `${ref.digest}: ${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`,
    );
    entries.push({ manifest: { mediaType, body: found.body, digest }, platform });
  }
  const keys = entries.map(
    (e) => `${e.platform.os}/${e.platform.architecture}/${e.platform.variant ?? ''}`,
  );
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new InputError('merge', `two images are for the same platform (${dup}).`);
  const index = imageIndex('oci', entries);
  for (const tag of req.tags) {
    await client.putManifest(tag, index);
    log.info(`tagged ${tag} → ${index.digest}`);
  }
  return { index, platforms: keys };
}
