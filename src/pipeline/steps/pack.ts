/**
 * The pack step: the layer cache read from the previous image, the user's extra-commands run,
 * and the image planned (layers grouped, customisation layer, config and manifest builders,
 * the manifest carrying the inputs key).
 * Layers reused from the cache are proven here when `verify` is on; documents too large for a
 * registry are refused before anything is pushed.
 */
import type { PreviousManifest } from '../previous-manifest.ts';
import type { Readable } from 'node:stream';
import type { Logger } from '../../core/log.ts';
import { errorCode } from '../../core/errors.ts';
import {
  placeholderLayers,
  planImage,
  type ImageDocuments,
  type PlannedImage,
} from '../../image/assemble.ts';
import { INPUTS_KEY_ANNOTATION, imageInputsKey, type ImageInputs } from '../../image/inputs-key.ts';
import { layerCacheFromManifest, type LayerRecord } from '../../image/layer-cache.ts';
import { layerGroupsFromManifest } from '../../image/layer-paths.ts';
import type { NixBuildResult } from '../../nix/build.ts';
import { checkDocumentSize } from '../../oci/limits.ts';
import { MEDIA_TYPES } from '../../oci/media-types.ts';
import type { RegistryClient } from '../../registry/client.ts';
import { isTimeout } from '../../registry/deadline.ts';
import { proveCachedLayer } from '../../registry/verify.ts';
import type { Request } from '../../request/request.ts';
import type { StepContext } from '../context.ts';
import { runExtraCommands } from './extra-commands.ts';

export async function runPackStep(
  ctx: StepContext,
  built: NixBuildResult,
  inputs: ImageInputs,
  registry: RegistryClient | undefined,
  previous: PreviousManifest | undefined,
): Promise<PlannedImage> {
  const { req, log, pool } = ctx;
  const planned = await ctx.phase('Pack layers', async () => {
    const cache = previous ? await previousLayerRecords(previous, req, log) : undefined;
    const previousLayers =
      cache && previous
        ? await previousLayerGroups(
            previous,
            built.closure.paths.map((p) => p.path),
          )
        : undefined;
    const extraDir = req.extraCommands
      ? await runExtraCommands(req.extraCommands, ctx.workDir, log)
      : undefined;
    // The inputs key lets a later run with the same inputs stop early (steps/unchanged.ts).
    const inputsKey =
      req.layout.format === 'oci' && !req.extraCommands ? await imageInputsKey(inputs) : undefined;
    return planImage({
      closure: built.closure,
      system: inputs.system,
      customisation: {
        links: inputs.links,
        copies: inputs.copies,
        extraDir,
        uid: req.uid,
        gid: req.gid,
      },
      maxLayers: req.maxLayers,
      layering: req.layout.layering,
      compression: req.layout.compression,
      level: req.layout.level,
      format: req.layout.format,
      time: inputs.time,
      userConfig: inputs.config,
      annotations: inputsKey
        ? { ...inputs.annotations, [INPUTS_KEY_ANNOTATION]: inputsKey }
        : inputs.annotations,
      cache,
      previousLayers,
      pool,
      log,
    });
  });
  // With verify: true, every layer taken from the cache is proven before it is used.
  if (registry && req.registry.verify) {
    await planned.prove(
      (record: LayerRecord, tar: () => Readable) => proveCachedLayer(registry, record, tar),
      log,
    );
  }
  // Too large a config or manifest is refused before anything is pushed.
  checkImageDocuments(planned.documents(placeholderLayers(planned.layers, req.layout.format)));
  if (planned.layers.some((l) => l.computed === false)) pool.warm(req.layout.compression);
  return planned;
}

export function checkImageDocuments(image: ImageDocuments): void {
  checkDocumentSize('image config', image.config.size);
  checkDocumentSize('image manifest', image.manifest.body.length);
}

/**
 * The previous image's grouping, the planner's prior (image/layer-paths.ts): read only once
 * the layer cache was (same manifest, read once), and, being a hint, nothing on failure.
 */
async function previousLayerGroups(
  read: PreviousManifest,
  closurePaths: string[],
): Promise<string[][] | undefined> {
  try {
    const previous = await read();
    return previous && layerGroupsFromManifest(previous.body, closurePaths);
  } catch {
    return undefined;
  }
}

/**
 * The layer cache is the registry itself: each layer descriptor of our previous image (the
 * first tag) carries its content key and diff_id as annotations, so an unchanged layer is known
 * by digest without reading or compressing anything, and checked with one HEAD. Any failure
 * but a timeout only means building every layer.
 */
export async function previousLayerRecords(
  read: PreviousManifest,
  req: Request,
  log: Logger,
): Promise<Map<string, LayerRecord> | undefined> {
  const tag = req.tags[0];
  if (!tag || req.layout.format !== 'oci') return undefined;
  try {
    const previous = await read();
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
