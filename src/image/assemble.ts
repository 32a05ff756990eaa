/**
 * From a built closure to an image: plan layers, describe (or recall from the layer cache)
 * each one, and build the config and manifest from the layers once they are made. Nothing
 * here talks to a registry: the pusher makes the layers as it sends them (planImage), or
 * assembleImage makes them all first.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../core/log.ts';
import { formatBytes } from '../core/log.ts';
import { bufferBlob, isComputed, type Blob, type Layer } from '../oci/blob.ts';
import { cachedLayer } from './build-layer.ts';
import type { CompressionPool } from './compress-pool.ts';
import { StreamLayer } from './stream-layer.ts';
import { compressorId, layerMediaType, LEVELS, type Compression } from './compress.ts';
import {
  imageConfig,
  layerHistory,
  platformFromNixSystem,
  type ImageConfigOptions,
} from './config.ts';
import type { ImageTime } from './epoch.ts';
import type { ClosureGraph, StorePathInfo } from './graph.ts';
import {
  customisationContentKey,
  layerCacheAnnotations,
  layerContentKey,
  layerRecord,
  type LayerRecord,
} from './layer-cache.ts';
import { planImageLayers, type LayeringStrategy } from './layers.ts';
import { imageManifest, MEDIA_TYPES, type Manifest, type ManifestFormat } from '../oci/manifest.ts';
import { layerPathsAnnotations } from './layer-paths.ts';
import { customisationTar, storePathsTar, type CustomisationSpec } from './tar.ts';

export interface AssembleOptions {
  closure: ClosureGraph;
  /** Nix system of the closure, e.g. x86_64-linux. */
  system: string;
  /** The customisation layer, without `mtime` (taken from `time`). */
  customisation: Omit<CustomisationSpec, 'mtime'>;
  maxLayers: number;
  layering?: LayeringStrategy;
  compression: Compression;
  level?: number;
  format: ManifestFormat;
  workDir: string;
  time: ImageTime;
  userConfig?: ImageConfigOptions['config'];
  /** Manifest annotations (OCI only). */
  annotations?: Record<string, string>;
  /** Records of layers built before, read from the previous image (layerCacheFromManifest). */
  cache?: Map<string, LayerRecord>;
  /**
   * The previous image's store layers (layerGroupsFromManifest), kept where their paths are
   * unchanged: the planner's prior (layers.ts).
   */
  previousLayers?: string[][];
  /**
   * Proves a cache record before it is used (`verify: true`): returns why it cannot be
   * trusted, and the layer is then built from its store paths instead.
   */
  proveCached?: (record: LayerRecord, tar: () => Readable) => Promise<string | undefined>;
  log?: Logger;
}

export interface AssembledImage {
  layers: Layer[];
  config: Blob & { bytes: Buffer };
  manifest: Manifest;
  /** Records of this image's cacheable layers, to save after a successful push. */
  records: LayerRecord[];
  /** How many layers came from the cache without being read. */
  reused: number;
}

/** An image whose layers are planned but not yet made: the pusher produces them. */
export interface PlannedImage {
  /** In image order. Cached layers are known up front; the others once opened and read. */
  layers: Layer[];
  /** How many layers came from the cache without being read. */
  reused: number;
  /** The config and manifest of these layers; every layer must be computed. */
  documents(layers?: Layer[]): ImageDocuments;
  /**
   * Proves every layer taken from the cache (`verify: true`); one whose record is wrong is
   * replaced, in `layers`, by the layer built from its store paths, with a warning.
   */
  prove(
    proveCached: (record: LayerRecord, tar: () => Readable) => Promise<string | undefined>,
    log?: Logger,
  ): Promise<void>;
}

export interface ImageDocuments {
  config: Blob & { bytes: Buffer };
  manifest: Manifest;
  records: LayerRecord[];
}

export interface PlanOptions extends Omit<AssembleOptions, 'workDir'> {
  /** The compressing threads of this run; the shared pool when left out. */
  pool?: CompressionPool;
}

/**
 * Plans the layers and describes each one, reading nothing: a layer the cache knows is
 * recalled by its record, every other one is a StreamLayer, tarred, compressed and hashed
 * only when its bytes are asked for (by the pusher, or by assembleImage below).
 */
export function planImage(o: PlanOptions): PlannedImage {
  const level = o.level ?? LEVELS[o.compression].default;
  const mediaType = layerMediaType(o.compression, o.format);
  const compressor = compressorId(o.compression, level);
  const plan = planImageLayers(o.closure, {
    maxLayers: o.maxLayers,
    strategy: o.layering,
    previous: o.previousLayers,
  });
  // Each store layer's paths go into its descriptor, the next run's prior (OCI only).
  const pathsAnnotations = o.format === 'oci' ? layerPathsAnnotations(plan.storeLayers) : [];
  const infos = new Map(o.closure.paths.map((p) => [p.path, p]));
  const info = (p: string) => infos.get(p) as StorePathInfo;
  const total = plan.storeLayers.length + 1;
  const layers: Layer[] = [];
  let reused = 0;
  const cachedFrom = new Map<Layer, CachedFrom>();
  const common = { compression: o.compression, level, format: o.format, pool: o.pool };
  const add = (
    description: string,
    paths: string[],
    key: string | undefined,
    tar: () => Readable,
    sizeHint?: number,
  ) => {
    const record = key === undefined ? undefined : o.cache?.get(key);
    const fresh = () =>
      new StreamLayer({
        ...common,
        description,
        storePaths: paths,
        contentKey: key,
        tar,
        sizeHint,
      });
    let layer: Layer;
    if (record && record.mediaType === mediaType) {
      layer = cachedLayer(record, { ...common, description, storePaths: paths, tar });
      cachedFrom.set(layer, { record, tar, fresh });
      reused++;
    } else {
      layer = fresh();
    }
    const size = isComputed(layer) ? `${formatBytes(layer.size)} ` : '';
    o.log?.info(
      `layer ${layers.length + 1}/${total}: ${size}${description}${isComputed(layer) ? ' (cached)' : ''}`,
    );
    layers.push(layer);
  };
  for (const paths of plan.storeLayers) {
    const description = paths.length === 1 ? (paths[0] as string) : `${paths.length} store paths`;
    const key = layerContentKey(paths.map(info), compressor, o.time.mtime);
    const narBytes = paths.reduce((n, p) => n + info(p).narSize, 0);
    add(description, paths, key, () => storePathsTar(paths, { mtime: o.time.mtime }), narBytes);
  }
  const c = o.customisation;
  const customKey =
    c.extraDir === undefined && [...c.links, ...c.copies].every((p) => infos.has(p))
      ? customisationContentKey(
          {
            links: c.links.map(info),
            copies: c.copies.map(info),
            storePaths: plan.customisationStorePaths.map(info),
            uid: c.uid,
            gid: c.gid,
          },
          compressor,
          o.time.mtime,
        )
      : undefined;
  // Its content is what it copies and carries; links are a few bytes each. Files made by user
  // commands are of a size not known here.
  const customHint =
    customKey === undefined
      ? undefined
      : [...c.copies, ...plan.customisationStorePaths].reduce((n, p) => n + info(p).narSize, 0);
  add(
    'customisation layer',
    plan.customisationStorePaths,
    customKey,
    () => customisationTar({ ...c, mtime: o.time.mtime }, plan.customisationStorePaths),
    customHint,
  );

  const documents = (done: Layer[] = layers): ImageDocuments => {
    const platform = platformFromNixSystem(o.system);
    const configBytes = imageConfig({
      ...platform,
      diffIds: done.map((l) => l.diffId),
      history: done.map(layerHistory),
      created: o.time.created,
      config: o.userConfig ?? {},
    });
    const config = bufferBlob(
      o.format === 'oci' ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig,
      configBytes,
    );
    const annotations =
      o.annotations && Object.keys(o.annotations).length > 0 ? o.annotations : undefined;
    const descriptors = done.map((l, i): Blob => {
      const paths = pathsAnnotations[i];
      if (paths === undefined || Object.keys(paths).length === 0) return l;
      const { mediaType, digest, size } = l;
      return {
        mediaType,
        digest,
        size,
        annotations: { ...l.annotations, ...paths },
        open: () => l.open(),
      };
    });
    const manifest = imageManifest(o.format, config, descriptors, annotations);
    const records = done.map(layerRecord).filter((r): r is LayerRecord => r !== undefined);
    return { config, manifest, records };
  };
  const planned: PlannedImage = {
    layers,
    reused,
    documents,
    prove: async (proveCached, log) => {
      for (const [i, layer] of layers.entries()) {
        const from = cachedFrom.get(layer);
        if (!from) continue;
        const problem = await proveCached(from.record, from.tar);
        if (!problem) continue;
        log?.warning(
          `layer ${i + 1}/${total}: the layer cache record for ${layer.description ?? 'a layer'} is wrong (${problem}); building the layer from its store paths`,
        );
        layers[i] = from.fresh();
        planned.reused--;
      }
    },
  };
  return planned;
}

interface CachedFrom {
  record: LayerRecord;
  tar: () => Readable;
  fresh: () => Layer;
}

const PLACEHOLDER_DIGEST = `sha256:${'f'.repeat(64)}`;

/**
 * Stand-ins of the same shape for layers not made yet: digests have a fixed length and the
 * size is as long as any can be, so documents built from them are at least as large as the
 * real ones. That lets their size be checked before anything is pushed.
 */
export function placeholderLayers(layers: Layer[], format: ManifestFormat): Layer[] {
  return layers.map((l) => {
    if (isComputed(l)) return l;
    const annotations =
      format === 'oci' && l.contentKey !== undefined
        ? layerCacheAnnotations(l.contentKey, PLACEHOLDER_DIGEST)
        : undefined;
    return {
      mediaType: l.mediaType,
      digest: PLACEHOLDER_DIGEST,
      diffId: PLACEHOLDER_DIGEST,
      size: Number.MAX_SAFE_INTEGER,
      storePaths: l.storePaths,
      description: l.description,
      contentKey: l.contentKey,
      annotations,
      open: () => l.open(),
    };
  });
}

/**
 * Plans and makes every layer before anything is sent, each written once to a file in
 * `workDir` named after its digest (callers without a registry: tests, benchmarks). The bytes
 * are the same as a streamed push sends.
 */
export async function assembleImage(o: AssembleOptions): Promise<AssembledImage> {
  const planned = planImage(o);
  if (o.proveCached) await planned.prove(o.proveCached, o.log);
  const layers: Layer[] = [];
  for (const layer of planned.layers) {
    layers.push(isComputed(layer) ? layer : await writeLayerFile(layer, o.workDir));
  }
  return { ...planned.documents(layers), layers, reused: planned.reused };
}

/** Makes a layer's bytes once into a file; the layer returned reads that file. */
async function writeLayerFile(layer: Layer, workDir: string): Promise<Layer> {
  await mkdir(workDir, { recursive: true });
  const partial = join(workDir, `partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    await pipeline(layer.open(), createWriteStream(partial, { highWaterMark: 1 << 20 }));
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  const file = join(workDir, layer.digest.replace(':', '-'));
  await rename(partial, file);
  const { mediaType, digest, size, diffId, storePaths, description, contentKey, annotations } =
    layer;
  const uncompressedSize = (layer as { uncompressedSize?: number }).uncompressedSize;
  return {
    mediaType,
    digest,
    size,
    diffId,
    storePaths,
    description,
    contentKey,
    annotations,
    uncompressedSize,
    open: () => createReadStream(file, { highWaterMark: 1 << 20 }),
  } as Layer;
}
