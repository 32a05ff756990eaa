/**
 * The pipeline, one direction: request → Nix build → pack → (local outputs begun) → push →
 * local outputs finished → SBOM, provenance and changes. Each phase is one step of steps/;
 * merge mode is its own step in place of the build, and an image the first tag already holds
 * (the same inputs key, found right after evaluation) ends the run in steps/unchanged. docs/ARCHITECTURE.md draws it.
 */
import type { Request } from '../request/request.ts';
import type { Logger } from '../core/log.ts';
import { withScratchDir } from '../core/scratch.ts';
import { withInputAdvice } from '../request/advice.ts';
import { imageTime } from '../image/epoch.ts';
import { CompressionPool } from '../image/compress-pool.ts';
import type { RegistryClient } from '../registry/client.ts';
import type { StepContext } from './context.ts';
import { createdTime } from './labels.ts';
import type { PipelineHooks, PipelineResult } from './result.ts';
import { readPreviousImage } from './steps/changes.ts';
import { beginLocalOutputs, finishLocalOutputs } from './steps/local-outputs.ts';
import { runMergeStep } from './steps/merge.ts';
import { runNixStep } from './steps/nix.ts';
import { runPackStep } from './steps/pack.ts';
import { connectRegistry, runPushStep } from './steps/push.ts';
import { runSupplyStep } from './steps/supply.ts';
import {
  findUnchangedImage,
  imageInputs,
  runUnchangedStep,
  unchangedCheckRefused,
} from './steps/unchanged.ts';
import type { EvaluatedPackages } from '../nix/build.ts';

export type { PipelineHooks, PipelineResult } from './result.ts';

export async function runPipeline(
  req: Request,
  log: Logger,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  return withScratchDir('nixery-action', async (workDir) => {
    const ctx = stepContext(req, log, hooks, workDir);
    let client: RegistryClient | undefined;
    try {
      if (req.merge.length > 0 && req.image) {
        client = connectRegistry(req, req.image, log, hooks.maskSecret);
        return await runMergeStep(ctx, req.image, client);
      }
      return await build(ctx, (c) => (client = c));
    } catch (err) {
      throw withInputAdvice(err);
    } finally {
      await client?.close();
      await ctx.pool.close();
    }
  });
}

async function build(
  ctx: StepContext,
  connected: (client: RegistryClient) => void,
): Promise<PipelineResult> {
  const { req, log, hooks } = ctx;
  // Time is read first: a bad SOURCE_DATE_EPOCH fails before any work.
  const time = { ...imageTime(), created: createdTime(process.env, req.created) };
  for (const { line, reason } of req.ignoredAnnotations) {
    log.warning(`annotation ${JSON.stringify(line)} ignored: ${reason}`);
  }
  const registry =
    req.push && req.image ? connectRegistry(req, req.image, log, hooks.maskSecret) : undefined;
  if (registry) connected(registry);
  // Once the packages are evaluated: is the image the first tag names already this one?
  const refused = unchangedCheckRefused(req);
  if (registry && refused) log.info(`Previous image not compared with this run: ${refused}.`);
  const unchanged =
    registry && !refused
      ? (evaluated: EvaluatedPackages) =>
          findUnchangedImage(registry, req, imageInputs(req, evaluated, time), log)
      : undefined;
  const nix = await ctx.phase('Build packages with Nix', () => runNixStep(req, log, unchanged));
  if (nix.kind === 'unchanged') {
    const image = nix.found;
    return ctx.phase('Tag the unchanged image', () =>
      runUnchangedStep(ctx, registry as RegistryClient, image, nix),
    );
  }
  await hooks.onBuilt?.(nix.storeCache);
  const inputs = imageInputs(req, nix.evaluated, time);
  const planned = await runPackStep(ctx, nix.built, inputs, registry);
  const staged = await beginLocalOutputs(ctx, planned.layers);
  // Read before the push moves the tag: what the changes are measured against.
  const previous = registry ? await readPreviousImage(registry, req.tags[0], log) : undefined;
  const { push, documents: image } = await runPushStep(ctx, planned, registry, staged);
  const outputs = await finishLocalOutputs(ctx, staged, image, planned.layers);
  // Referrers are attached to what the push returned: the image is in the registry by now.
  const supply = await ctx.phase('SBOM, provenance and changes', () =>
    runSupplyStep({
      req,
      built: nix.built,
      manifest: image.manifest,
      layers: planned.layers,
      created: time.created,
      client: push ? registry : undefined,
      push,
      previous,
      log,
    }),
  );
  return {
    digest: image.manifest.digest,
    imageId: image.config.digest,
    image:
      req.image && push
        ? `${req.image.registry}/${req.image.repository}@${image.manifest.digest}`
        : undefined,
    tags: req.tags,
    layers: planned.layers,
    push,
    pushedTags: push !== undefined,
    cacheHit: nix.cacheHit,
    source: nix.built.source,
    reusedLayers: planned.reused,
    outputs,
    timings: ctx.timings,
    supply,
  };
}

function stepContext(
  req: Request,
  log: Logger,
  hooks: PipelineHooks,
  workDir: string,
): StepContext {
  const timings: { phase: string; ms: number }[] = [];
  return {
    req,
    log,
    hooks,
    workDir,
    pool: new CompressionPool(),
    timings,
    async phase(name, fn) {
      const start = performance.now();
      try {
        return await log.group(name, fn);
      } finally {
        timings.push({ phase: name, ms: Math.round(performance.now() - start) });
      }
    },
  };
}
