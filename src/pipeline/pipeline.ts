import type { Request } from '../request/request.ts';
import { withScratchDir } from '../core/scratch.ts';
import { checkDocumentSize } from '../oci/limits.ts';
import type { Logger } from '../core/log.ts';
import { runNixStep, type StoreCacheState } from './steps/nix.ts';
import { placeholderLayers, planImage, type ImageDocuments } from '../image/assemble.ts';
import { imageTime } from '../image/epoch.ts';
import type { Layer } from '../oci/blob.ts';
import { CompressionPool } from '../image/compress-pool.ts';
import { makeLayers } from '../image/stream-layer.ts';
import { runExtraCommands } from './steps/extra-commands.ts';
import { connectRegistry, previousLayerRecords } from './steps/push.ts';
import { createdTime, defaultLabels, mergeLabels } from '../request/labels.ts';
import { mergeImages } from './steps/merge.ts';
import { stageLocalOutputs, type WrittenOutput } from '../output/write.ts';
import { pushLayers, type PushResult } from '../registry/push.ts';
import { proveCachedLayer } from '../registry/verify.ts';
import type { RegistryClient } from '../registry/client.ts';
import { readPreviousImage } from './steps/changes.ts';
import { runIndexSupplyStep, runSupplyStep, type SupplyResult } from './steps/supply.ts';

/** What a run produced: the action's outputs are read from here. */
export interface PipelineResult {
  digest: string;
  imageId: string;
  image?: string;
  tags: string[];
  layers: Layer[];
  push?: PushResult;
  /** Tags were pushed (by the push, or by a merge). */
  pushedTags: boolean;
  /** True when the store cache held exactly this build. */
  cacheHit: boolean;
  source: Record<string, string>;
  /** Layers known from the previous image, neither read nor compressed. */
  reusedLayers: number;
  /** Local copies written (oci-layout, docker-archive). */
  outputs: WrittenOutput[];
  /** Wall time of each phase, in order. */
  timings: { phase: string; ms: number }[];
  /** SBOM, provenance and changes (after a build; none for a merge). */
  supply?: SupplyResult;
}

export interface PipelineHooks {
  /** Registers a secret with the log masker; the CLI, which has none, passes a no-op. */
  maskSecret?: (secret: string) => void;
  /** Called once the packages are built, before layers: the post step saves the cache then. */
  onBuilt?: (storeCache: StoreCacheState | undefined) => void | Promise<void>;
}

/** inputs → Nix build → layers → config + manifest → registry. One direction, no back and forth. */
export async function runPipeline(
  req: Request,
  log: Logger,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  return withScratchDir('nixery-action', (workDir) => runInWorkDir(req, log, hooks, workDir));
}

async function runInWorkDir(
  req: Request,
  log: Logger,
  hooks: PipelineHooks,
  workDir: string,
): Promise<PipelineResult> {
  const timings: { phase: string; ms: number }[] = [];
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await log.group(name, fn);
    } finally {
      timings.push({ phase: name, ms: Math.round(performance.now() - start) });
    }
  };
  let client: RegistryClient | undefined;
  // This run's own compressing threads: closing them cannot touch another run's.
  const pool = new CompressionPool();
  try {
    if (req.merge.length > 0 && req.image) {
      const image = req.image;
      const merging = connectRegistry(req, image, log, hooks.maskSecret);
      client = merging;
      const merged = await phase('Merge platforms into one index', () =>
        mergeImages({ refs: req.merge, tags: req.tags }, merging, log),
      );
      const supply = await phase('SBOM of the index', () =>
        runIndexSupplyStep({
          req,
          client: merging,
          index: merged.index,
          created: createdTime(process.env, req.created),
          log,
        }),
      );
      return {
        digest: merged.index.digest,
        imageId: '',
        image: `${image.registry}/${image.repository}@${merged.index.digest}`,
        tags: req.tags,
        layers: [],
        pushedTags: true,
        cacheHit: false,
        source: {},
        reusedLayers: 0,
        outputs: [],
        timings,
        supply,
      };
    }
    // Time is read first: a bad SOURCE_DATE_EPOCH fails before any work.
    const time = { ...imageTime(), created: createdTime(process.env, req.created) };
    for (const { line, reason } of req.ignoredAnnotations) {
      log.warning(`annotation ${JSON.stringify(line)} ignored: ${reason}`);
    }
    const nix = await phase('Build packages with Nix', () => runNixStep(req, log));
    const built = nix.built;
    await hooks.onBuilt?.(nix.storeCache);

    if (req.push && req.image) client = connectRegistry(req, req.image, log, hooks.maskSecret);
    const registry = client;
    const planned = await phase('Pack layers', async () => {
      const cache = registry ? await previousLayerRecords(registry, req, log) : undefined;
      const extraDir = req.extraCommands
        ? await runExtraCommands(req.extraCommands, workDir, log)
        : undefined;
      return planImage({
        closure: built.closure,
        system: built.system,
        customisation: {
          links: built.packages.map((p) => p.outPath),
          copies: built.contents.map((p) => p.outPath),
          extraDir,
          uid: req.uid,
          gid: req.gid,
        },
        maxLayers: req.maxLayers,
        layering: req.layout.layering,
        compression: req.layout.compression,
        level: req.layout.level,
        format: req.layout.format,
        time,
        userConfig: {
          ...req.layout.config,
          Labels: mergeLabels(
            defaultLabels({
              env: process.env,
              packages: req.packages,
              source: built.source,
              created: time.created,
            }),
            req.labels,
          ),
        },
        annotations: req.annotations,
        cache,
        pool,
        log,
      });
    });
    // With verify: true, every layer taken from the cache is proven before it is used.
    if (registry && req.registry.verify) {
      await planned.prove((record, tar) => proveCachedLayer(registry, record, tar), log);
    }
    // Too large a config or manifest is refused before anything is pushed.
    checkDocumentSizes(planned.documents(placeholderLayers(planned.layers, req.layout.format)));
    if (planned.layers.some((l) => l.computed === false)) pool.warm();
    // Local outputs are begun now, so that each layer lands in them from the pass that
    // pushes it, instead of being made a second time.
    const staged = req.outputs.length
      ? await stageLocalOutputs(
          req.outputs,
          planned.layers,
          {
            imageName: req.image ? `${req.image.registry}/${req.image.repository}` : undefined,
            tags: req.tags,
            baseDir: process.env.GITHUB_WORKSPACE,
          },
          log,
        )
      : undefined;

    let documents: ImageDocuments | undefined;
    const describe = (layers: Layer[]) => {
      const docs = planned.documents(layers);
      checkDocumentSizes(docs);
      log.info(`config ${docs.config.digest}`);
      log.info(`manifest ${docs.manifest.digest}`);
      documents = docs;
      return docs;
    };
    // Read before the push moves the tag: what the changes are measured against.
    const previous = registry ? await readPreviousImage(registry, req.tags[0], log) : undefined;
    let push: PushResult | undefined;
    try {
      if (registry && req.image) {
        const name = `${req.image.registry}/${req.image.repository}`;
        push = await phase(`Push to ${name}`, () =>
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
        await phase('Make layers', () => makeLayers(planned.layers, Math.max(2, pool.threads)));
        describe(planned.layers);
      }
    } catch (err) {
      await staged?.abort();
      throw err;
    }
    const image = documents as ImageDocuments;
    const outputs = staged
      ? await phase('Write local outputs', () =>
          staged.finish({ manifest: image.manifest, config: image.config, layers: planned.layers }),
        )
      : [];
    // Referrers are attached to what the push returned: the image is in the registry by now.
    const supply = await phase('SBOM, provenance and changes', () =>
      runSupplyStep({
        req,
        built,
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
      source: built.source,
      reusedLayers: planned.reused,
      outputs,
      timings,
      supply,
    };
  } finally {
    await client?.close();
    await pool.close();
  }
}

function checkDocumentSizes(image: ImageDocuments): void {
  checkDocumentSize('image config', image.config.size);
  checkDocumentSize('image manifest', image.manifest.body.length);
}
