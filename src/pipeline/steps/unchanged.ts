/**
 * The unchanged step, no work on a no-op: when the image the first tag names was made from
 * exactly this run's inputs (its manifest carries the same inputs key, image/inputs-key.ts),
 * the run restores, builds, packs and uploads nothing. It points the other tags at that image, hands out the
 * SBOM already attached to it, and reports what a full run would have: the same digest.
 */
import type { Logger } from '../../core/log.ts';
import { sha256Digest } from '../../core/digest.ts';
import type { Request } from '../../request/request.ts';
import type { EvaluatedPackages } from '../../nix/build.ts';
import { INPUTS_KEY_ANNOTATION, imageInputsKey, type ImageInputs } from '../../image/inputs-key.ts';
import { LAYER_DIFF_ID_ANNOTATION } from '../../image/layer-cache.ts';
import type { Manifest } from '../../oci/manifest.ts';
import { MEDIA_TYPES } from '../../oci/media-types.ts';
import { parseStoredManifest } from '../../oci/stored-manifest.ts';
import type { RegistryClient } from '../../registry/client.ts';
import { moveTags } from '../../registry/push.ts';
import { listReferrers, readArtifact } from '../../supply/referrers.ts';
import { readSbom, SBOM_MEDIA_TYPE, type SbomEntry } from '../../supply/sbom-read.ts';
import type { PreviousManifest } from '../previous-manifest.ts';
import { computeChanges } from './changes.ts';
import { signsProvenance, writeSbomFile, type SupplyResult } from './supply.ts';
import type { StepContext } from '../context.ts';
import type { PipelineResult } from '../result.ts';

/**
 * Why this run cannot stand on the previous image's word, or undefined when it can. The key
 * vouches for inputs, not for bytes: a run asked to prove what it reuses, or to sign what it
 * built, builds; so does one whose image depends on commands run now or is written locally.
 */
export function unchangedCheckRefused(
  req: Request,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!req.push || !req.image || !req.tags[0]) return 'the image is not pushed';
  if (req.layout.format !== 'oci') return 'Docker manifests carry no inputs key';
  if (req.registry.verify) return 'verify is true';
  if (req.extraCommands) return 'extra-commands run every time';
  if (req.outputs.length > 0) return 'local outputs are written from the layers';
  if (signsProvenance(req, env)) return 'provenance is signed for what this run builds';
  return undefined;
}

/** The previous image, when it is this run's image, with its SBOM when one is wanted. */
export interface UnchangedImage {
  tag: string;
  manifest: Manifest;
  configDigest: string;
  layers: { digest: string; size: number; mediaType: string; diffId: string }[];
  sbom?: { json: string; digest: string; entries: SbomEntry[] };
}

/**
 * Reads the first tag's manifest: when its inputs key is this run's, the image is returned.
 * Anything unexpected (no manifest, another key, no SBOM when one is wanted, a read that
 * fails) only means a full run.
 */
export async function findUnchangedImage(
  client: RegistryClient,
  previous: PreviousManifest,
  req: Request,
  inputs: ImageInputs,
  log: Logger,
): Promise<UnchangedImage | undefined> {
  const tag = req.tags[0] as string;
  const key = await imageInputsKey(inputs);
  try {
    const found = await previous();
    if (!found || found.mediaType !== MEDIA_TYPES.ociManifest) return undefined;
    const parsed = parseStoredManifest(found.body);
    if (!parsed || parsed.annotations?.[INPUTS_KEY_ANNOTATION] !== key) {
      log.info(`${tag} was made from other inputs: building.`);
      return undefined;
    }
    const digest = sha256Digest(found.body);
    const layers = parsed.layers.map((l) => ({
      digest: l.digest,
      size: l.size,
      mediaType: l.mediaType,
      diffId: l.annotations?.[LAYER_DIFF_ID_ANNOTATION] ?? '',
    }));
    const image: UnchangedImage = {
      tag,
      manifest: { mediaType: found.mediaType, body: found.body, digest },
      configDigest: parsed.config.digest,
      layers,
    };
    if (req.supply.sbom) {
      const [referrer] = await listReferrers(client, digest, SBOM_MEDIA_TYPE);
      if (!referrer) {
        log.info(`${tag} has the same inputs but no SBOM to hand out: building.`);
        return undefined;
      }
      const json = (await readArtifact(client, referrer.digest)).toString('utf8');
      image.sbom = { json, digest: referrer.digest, entries: readSbom(json) };
    }
    return image;
  } catch (err) {
    log.info(
      `previous image not compared (${err instanceof Error ? err.message : String(err)}): building.`,
    );
    return undefined;
  }
}

/** Points every tag at the unchanged image, hands out its SBOM, and reports the run. */
export async function runUnchangedStep(
  ctx: StepContext,
  client: RegistryClient,
  image: UnchangedImage,
  nix: { evaluated: EvaluatedPackages; cacheHit: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Promise<PipelineResult> {
  const { req, log } = ctx;
  log.info(
    `${image.tag} is ${image.manifest.digest}, made from these same inputs: nothing to restore, build or upload.`,
  );
  // The first tag was read a moment ago and names the image already.
  const others = req.tags.filter((t) => t !== image.tag);
  if (others.length > 0) await moveTags(client, others, image.manifest, log);
  const blobs = image.layers.map((l) => ({
    digest: l.digest,
    size: l.size,
    status: 'skipped' as const,
    ms: 0,
  }));
  const supply: SupplyResult = {};
  const entries = image.sbom?.entries ?? [];
  if (image.sbom) {
    supply.sbomFile = await writeSbomFile(image.sbom.json, env);
    supply.sbomDigest = image.sbom.digest;
    log.info(`SBOM: the image's own (${image.sbom.digest}) written to ${supply.sbomFile}`);
  }
  const previous = { tag: image.tag, digest: image.manifest.digest, layers: image.layers };
  supply.changes = computeChanges(
    { layers: image.layers, entries, blobs },
    previous,
    image.sbom ? entries : undefined,
  );
  const name = `${client.image.registry}/${client.image.repository}`;
  return {
    digest: image.manifest.digest,
    imageId: image.configDigest,
    image: `${name}@${image.manifest.digest}`,
    tags: req.tags,
    // What the outputs and summary show of a layer; its store paths are not known unbuilt.
    layers: image.layers.map((l, i) => ({
      ...l,
      storePaths: [],
      description: `layer ${i + 1} of the unchanged image`,
      open: () => {
        throw new Error('a layer of an unchanged image is not read');
      },
    })),
    push: { digest: image.manifest.digest, blobs },
    pushedTags: true,
    cacheHit: nix.cacheHit,
    source: nix.evaluated.source,
    reusedLayers: image.layers.length,
    outputs: [],
    timings: ctx.timings,
    supply,
  };
}
