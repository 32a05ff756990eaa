import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from './request.ts';
import { NixeryError } from './errors.ts';
import { formatBytes, type Logger } from './log.ts';
import type { NixBuildResult } from './nix/build.ts';
import { runNixStep, type StoreCacheState } from './nix-step.ts';
import { planLayers } from './image/layers.ts';
import { storePathsTar, customisationTar } from './image/tar.ts';
import { writeLayer } from './image/build-layer.ts';
import { bufferBlob, type Layer } from './image/blob.ts';
import { imageConfig, platformFromNixSystem } from './image/config.ts';
import { imageManifest, MEDIA_TYPES, type Manifest } from './image/manifest.ts';
import { runExtraCommands } from './extra-commands.ts';
import { RegistryClient } from './registry/client.ts';
import { resolveCredentials } from './registry/credentials.ts';
import { pushImage, type PushResult } from './registry/push.ts';

/** What a run produced: the action's outputs are read from here. */
export interface PipelineResult {
  digest: string;
  imageId: string;
  image?: string;
  tags: string[];
  layers: Layer[];
  push?: PushResult;
  /** True when the store cache held exactly this build. */
  cacheHit: boolean;
  source: Record<string, string>;
  /** Wall time of each phase, in order. */
  timings: { phase: string; ms: number }[];
}

// Image creation time: fixed so that the same inputs give the same digest.
const CREATED = '1970-01-01T00:00:00Z';

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
  const workDir = await mkdtemp(join(tmpdir(), 'nixery-action-'));
  const timings: { phase: string; ms: number }[] = [];
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await log.group(name, fn);
    } finally {
      timings.push({ phase: name, ms: Math.round(performance.now() - start) });
    }
  };
  try {
    const nix = await phase('Build packages with Nix', () => runNixStep(req, log));
    const built = nix.built;
    await hooks.onBuilt?.(nix.storeCache);
    const layers = await phase('Pack layers', () => packLayers(req, built, workDir, log));
    const { manifest, configDigest } = await phase('Write image config and manifest', async () =>
      describeImage(built, layers, log),
    );
    const tags = req.tags;
    let push: PushResult | undefined;
    if (req.push && req.image) {
      const image = req.image;
      push = await phase(`Push to ${image.registry}/${image.repository}`, async () => {
        const creds = resolveCredentials({
          registry: image.registry,
          inputs: req.credentials,
          env: {
            ...process.env,
            GITHUB_TOKEN: req.registry.githubToken ?? process.env.GITHUB_TOKEN,
          },
        });
        for (const notice of creds.notices) log.info(notice);
        log.info(`credentials: ${creds.source}`);
        const client = new RegistryClient({
          image,
          credentials: creds.credentials,
          credentialSource: creds.source,
          log,
          mountFrom: req.registry.mountFrom,
          caFile: req.registry.caFile,
          insecure: req.registry.insecure,
          verify: req.registry.verify,
          concurrency: req.registry.concurrency,
          ...(hooks.maskSecret ? { maskSecret: hooks.maskSecret } : {}),
        });
        try {
          return await pushImage(
            client,
            { layers, config: manifest.configBlob, manifest: manifest.manifest },
            tags,
            log,
          );
        } finally {
          await client.close();
        }
      });
    }
    return {
      digest: manifest.manifest.digest,
      imageId: configDigest,
      image: req.image
        ? `${req.image.registry}/${req.image.repository}@${manifest.manifest.digest}`
        : undefined,
      tags,
      layers,
      push,
      cacheHit: nix.cacheHit,
      source: built.source,
      timings,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// Registries refuse manifests (and many refuse configs) over 4 MiB: fail before pushing.
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

function checkDocumentSize(what: string, size: number): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new NixeryError(
      `The ${what} is ${size} bytes; registries accept at most ${MAX_DOCUMENT_BYTES}. Use fewer labels, annotations or layers.`,
      'DOCUMENT_TOO_LARGE',
    );
  }
}

async function packLayers(
  req: Request,
  built: NixBuildResult,
  workDir: string,
  log: Logger,
): Promise<Layer[]> {
  const groups = planLayers(built.closure, req.maxLayers);
  const layers: Layer[] = [];
  for (const [i, paths] of groups.entries()) {
    const description = paths.length === 1 ? paths[0]! : `${paths.length} store paths`;
    const layer = await writeLayer(storePathsTar(paths), {
      workDir,
      compression: 'gzip',
      format: 'oci',
      storePaths: paths,
      description,
    });
    log.info(`layer ${i + 1}/${groups.length + 1}: ${formatBytes(layer.size)} ${description}`);
    layers.push(layer);
  }
  const extraDir = req.extraCommands
    ? await runExtraCommands(req.extraCommands, workDir, log)
    : undefined;
  const custom = await writeLayer(
    customisationTar({
      links: built.packages.map((p) => p.outPath),
      copies: built.contents.map((p) => p.outPath),
      extraDir,
      uid: req.uid,
      gid: req.gid,
    }),
    {
      workDir,
      compression: 'gzip',
      format: 'oci',
      storePaths: [],
      description: 'customisation layer',
    },
  );
  log.info(
    `layer ${groups.length + 1}/${groups.length + 1}: ${formatBytes(custom.size)} customisation layer`,
  );
  layers.push(custom);
  return layers;
}

function describeImage(
  built: NixBuildResult,
  layers: Layer[],
  log: Logger,
): {
  manifest: { manifest: Manifest; configBlob: ReturnType<typeof bufferBlob> };
  configDigest: string;
} {
  const platform = platformFromNixSystem(built.system);
  const config = imageConfig({
    architecture: platform.architecture,
    os: platform.os,
    diffIds: layers.map((l) => l.diffId),
    history: layers.map((l) => ({ created_by: 'nixery-action', comment: l.description })),
    created: CREATED,
    config: { Env: ['PATH=/bin:/usr/bin:/sbin:/usr/sbin'] },
  });
  const configBlob = bufferBlob(MEDIA_TYPES.ociConfig, config);
  const manifest = imageManifest('oci', configBlob, layers);
  checkDocumentSize('image config', config.length);
  checkDocumentSize('image manifest', manifest.body.length);
  log.info(`config ${configBlob.digest}`);
  log.info(`manifest ${manifest.digest}`);
  return { manifest: { manifest, configBlob }, configDigest: configBlob.digest };
}
