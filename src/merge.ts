import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError, NixeryError } from './errors.ts';
import type { Logger } from './log.ts';
import type { Request } from './request.ts';
import { imageIndex, MEDIA_TYPES, type Manifest } from './image/manifest.ts';
import type { RegistryClient } from './registry/client.ts';

/**
 * Multi-arch: a matrix pushes one image per system, then one more step merges them into an
 * OCI image index under the tags. Each image is read back (manifest and config) to learn its
 * platform, so the index describes exactly what the registry holds.
 */
export { parseMergeRefs, type MergeRef } from './merge-refs.ts';

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
