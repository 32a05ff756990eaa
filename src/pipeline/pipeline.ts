/**
 * The pipeline, one direction: request → Nix build → pack → (local outputs begun) → push →
 * local outputs finished → SBOM, provenance and changes. Each phase is one step of steps/;
 * merge mode is its own step in place of the build, and an image the first tag already holds
 * (the same inputs key, found right after evaluation) ends the run in steps/unchanged.
 * docs/ARCHITECTURE.md draws it.
 */
import type { Request } from '../request/request.ts';
import type { Logger } from '../core/log.ts';
import { withScratchDir } from '../core/scratch.ts';
import { withInputAdvice } from '../request/advice.ts';
import { imageTime } from '../image/epoch.ts';
import { CompressionPool, compressesOnThisThread } from '../image/compress-pool.ts';
import { keepYoungGenerationSmall } from '../core/young-garbage.ts';
import type { EvaluatedPackages } from '../nix/build.ts';
import type { RegistryClient } from '../registry/client.ts';
import type { StepContext } from './context.ts';
import { createdTime } from './labels.ts';
import type { PipelineHooks, PipelineResult } from './result.ts';
import { previousManifestOf, type PreviousManifest } from './previous-manifest.ts';
import { runNixStep } from './steps/nix.ts';

export type { PipelineHooks, PipelineResult } from './result.ts';

/**
 * The steps after Nix, with what they bring (the registry client, the compressors, the SBOM
 * library: most of the action's code). Loaded while Nix starts, evaluates and builds in its
 * own processes, so that neither waits for the other.
 */
async function loadLaterSteps() {
  const [inputs, changes, localOutputs, pack, push, supply, unchanged] = await Promise.all([
    import('./image-inputs.ts'),
    import('./steps/changes.ts'),
    import('./steps/local-outputs.ts'),
    import('./steps/pack.ts'),
    import('./steps/push.ts'),
    import('./steps/supply.ts'),
    import('./steps/unchanged.ts'),
  ]);
  return { ...inputs, ...changes, ...localOutputs, ...pack, ...push, ...supply, ...unchanged };
}

export async function runPipeline(
  req: Request,
  log: Logger,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  keepYoungGenerationSmall();
  return withScratchDir('nixery-action', async (workDir) => {
    const ctx = stepContext(req, log, hooks, workDir);
    let client: RegistryClient | undefined;
    try {
      if (req.merge.length > 0 && req.image) {
        const [{ connectRegistry }, { runMergeStep }] = await Promise.all([
          import('./steps/push.ts'),
          import('./steps/merge.ts'),
        ]);
        client = await connectRegistry(req, req.image, log, hooks.maskSecret);
        return await runMergeStep(ctx, req.image, client);
      }
      return await build(ctx, (c) => (client = c));
    } catch (err) {
      throw withInputAdvice(err);
    } finally {
      // Neither waits for the other: sockets closing, threads ending.
      await Promise.all([client?.close(), ctx.pool.close()]);
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
  let later: ReturnType<typeof loadLaterSteps> | undefined;
  const steps = () => (later ??= loadLaterSteps());
  let registry: RegistryClient | undefined;
  let previous: PreviousManifest | undefined;
  let connecting: Promise<RegistryClient | undefined> | undefined;
  // Once per run, however many steps ask at once.
  const connect = () =>
    (connecting ??= (async () => {
      const { connectRegistry } = await steps();
      if (!req.push || !req.image) return undefined;
      registry = await connectRegistry(req, req.image, log, hooks.maskSecret);
      previous = previousManifestOf(registry, req.tags[0]);
      connected(registry);
      return registry;
    })());
  // Once the packages are evaluated: is the image the first tag names already this one?
  // (The compressing threads are not started here, beside the build: on two cores they slowed
  // the Nix processes by as much as they spared the push. The pack step starts them.)
  const unchanged = async (evaluated: EvaluatedPackages) => {
    const client = await connect();
    if (!client) return undefined;
    const { findUnchangedImage, imageInputs, unchangedCheckRefused } = await steps();
    const refused = unchangedCheckRefused(req);
    if (refused) {
      log.info(`Previous image not compared with this run: ${refused}.`);
      return undefined;
    }
    return findUnchangedImage(
      client,
      previous as PreviousManifest,
      req,
      imageInputs(req, evaluated, time),
      log,
    );
  };
  const building = ctx.phase('Build packages with Nix', () => runNixStep(req, log, unchanged));
  // Begun once Nix has been started; a failure to load is met where the steps are used.
  steps().catch(() => undefined);
  // The first tag's manifest (and the registry's token) is fetched while Nix works: the check
  // right after evaluation needs it. A failure is met by the steps that read it.
  connect()
    .then(() => previous?.())
    .catch(() => undefined);
  const nix = await building;
  const s = await steps();
  await connect();
  if (nix.kind === 'unchanged') {
    const image = nix.found;
    return ctx.phase('Tag the unchanged image', () =>
      s.runUnchangedStep(ctx, registry as RegistryClient, image, nix),
    );
  }
  await hooks.onBuilt?.(nix.storeCache);
  const inputs = s.imageInputs(req, nix.evaluated, time);
  const planned = await s.runPackStep(ctx, nix.built, inputs, registry, previous);
  const staged = await s.beginLocalOutputs(ctx, planned.layers);
  // Read before the push moves the tag: what the changes are measured against.
  const before = previous ? await s.readPreviousImage(previous, req.tags[0], log) : undefined;
  const { push, documents: image } = await s.runPushStep(ctx, planned, registry, staged);
  const outputs = await s.finishLocalOutputs(ctx, staged, image, planned.layers);
  // Every layer is made: the compressing threads end before the SBOM step, so that its
  // library's memory does not come on top of theirs at the run's peak.
  await ctx.pool.close();
  // Referrers are attached to what the push returned: the image is in the registry by now.
  const supply = await ctx.phase('SBOM, provenance and changes', () =>
    s.runSupplyStep({
      req,
      built: nix.built,
      manifest: image.manifest,
      layers: planned.layers,
      created: time.created,
      client: push ? registry : undefined,
      push,
      previous: before,
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
    pool: new CompressionPool({
      onThisThread: compressesOnThisThread(req.layout.compression, req.layout.level),
    }),
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
