import type { Request } from '../../request/request.ts';
import type { Logger } from '../../core/log.ts';
import { errorCode } from '../../core/errors.ts';
import { RegistryClient } from '../../registry/client.ts';
import { resolveCredentials } from '../../registry/credentials.ts';
import { isTimeout } from '../../registry/deadline.ts';
import type { ImageName } from '../../oci/reference.ts';
import { layerCacheFromManifest, type LayerRecord } from '../../image/layer-cache.ts';
import { MEDIA_TYPES } from '../../oci/manifest.ts';
import { credentialSecrets } from '../../core/secrets.ts';

/** A registry client for the request's image, with credentials picked and explained. */
export function connectRegistry(
  req: Request,
  image: ImageName,
  log: Logger,
  maskSecret?: (secret: string) => void,
): RegistryClient {
  const creds = resolveCredentials({
    registry: image.registry,
    inputs: req.credentials,
    env: { ...process.env, GITHUB_TOKEN: req.registry.githubToken ?? process.env.GITHUB_TOKEN },
  });
  // Credentials read from a Docker config are secrets the parsers never saw.
  if (creds.credentials) for (const s of credentialSecrets(creds.credentials)) maskSecret?.(s);
  for (const notice of creds.notices) log.info(notice);
  log.info(`registry credentials: ${creds.source}`);
  return new RegistryClient({
    image,
    credentials: creds.credentials,
    credentialSource: creds.source,
    log,
    // Images merged from other repositories are read from there and their blobs mounted.
    mountFrom: [...req.registry.mountFrom, ...req.merge.map((m) => m.image.repository)],
    caFile: req.registry.caFile,
    insecure: req.registry.insecure,
    verify: req.registry.verify,
    concurrency: req.registry.concurrency,
    timeoutMs: req.registry.timeoutMs,
    ...(maskSecret ? { maskSecret } : {}),
  });
}

/**
 * The layer cache is the registry itself: each layer descriptor of our previous image (the
 * first tag) carries its content key and diff_id as annotations, so an unchanged layer is known
 * by digest without reading or compressing anything, and checked with one HEAD. Any failure
 * but a timeout only means building every layer.
 */
export async function previousLayerRecords(
  client: RegistryClient,
  req: Request,
  log: Logger,
): Promise<Map<string, LayerRecord> | undefined> {
  const tag = req.tags[0];
  if (!tag || req.layout.format !== 'oci') return undefined;
  try {
    const previous = await client.getManifest(tag);
    if (!previous || previous.mediaType !== MEDIA_TYPES.ociManifest) return undefined;
    const records = layerCacheFromManifest(previous.body);
    log.info(`layer cache: ${records.size} layers known from ${tag}`);
    return records;
  } catch (err) {
    // A registry that does not answer will not take the push either: fail now, not later.
    if (isTimeout(errorCode(err))) throw err;
    log.info(`layer cache: previous image not read (${err instanceof Error ? err.message : err})`);
    return undefined;
  }
}
