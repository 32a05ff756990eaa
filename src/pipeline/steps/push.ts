/**
 * The push step: a registry client for the request's image, then the layers pushed as they are
 * made (pushLayers), the config and manifest built from what was pushed, and the tags moved.
 * Without a registry the layers are only made (for local outputs and the digest).
 */
import type { Request } from '../../request/request.ts';
import type { Logger } from '../../core/log.ts';
import type { Layer } from '../../oci/blob.ts';
import type { ImageDocuments, PlannedImage } from '../../image/assemble.ts';
import { makeLayers } from '../../image/stream-layer.ts';
import { pushLayers, type PushResult } from '../../registry/push.ts';
import { checkImageDocuments } from './pack.ts';
import type { StagedOutputs } from '../../output/write.ts';
import type { StepContext } from '../context.ts';
import { RegistryClient } from '../../registry/client.ts';
import { resolveCredentials } from '../../registry/credentials.ts';
import type { ImageName } from '../../oci/reference.ts';
import { credentialSecrets } from '../../core/secrets.ts';

/** A registry client for the request's image, with credentials picked and explained. */
export async function connectRegistry(
  req: Request,
  image: ImageName,
  log: Logger,
  maskSecret?: (secret: string) => void,
): Promise<RegistryClient> {
  const creds = await resolveCredentials({
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

export interface PushStepResult {
  push?: PushResult;
  documents: ImageDocuments;
}

/**
 * Pushes (or only makes) the planned layers; the config and manifest are described from the
 * layers as they turned out. A failure abandons the local outputs begun beside the push.
 */
export async function runPushStep(
  ctx: StepContext,
  planned: PlannedImage,
  registry: RegistryClient | undefined,
  staged: StagedOutputs | undefined,
): Promise<PushStepResult> {
  const { req, log, pool } = ctx;
  let documents: ImageDocuments | undefined;
  const describe = (layers: Layer[]) => {
    const docs = planned.documents(layers);
    checkImageDocuments(docs);
    log.info(`config ${docs.config.digest}`);
    log.info(`manifest ${docs.manifest.digest}`);
    documents = docs;
    return docs;
  };
  let push: PushResult | undefined;
  try {
    if (registry && req.image) {
      const name = `${req.image.registry}/${req.image.repository}`;
      push = await ctx.phase(`Push to ${name}`, () =>
        pushLayers(
          registry,
          planned.layers,
          (layers) => describe(layers as Layer[]),
          req.tags,
          log,
          { making: Math.max(2, pool.threads) },
        ),
      );
    } else {
      await ctx.phase('Make layers', () => makeLayers(planned.layers, Math.max(2, pool.threads)));
      describe(planned.layers);
    }
  } catch (err) {
    await staged?.abort();
    throw err;
  }
  return { push, documents: documents as ImageDocuments };
}
