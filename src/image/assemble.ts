/**
 * From a built closure to a finished image: plan layers, write (or recall from the layer
 * cache) each one, then the config and manifest. Nothing here talks to a registry; the
 * pusher takes `layers`, `config` and `manifest` from the result.
 */
import type { Readable } from 'node:stream';
import type { Logger } from '../log.ts';
import { formatBytes } from '../log.ts';
import { bufferBlob, type Blob, type Layer } from './blob.ts';
import { cachedLayer, writeLayer } from './build-layer.ts';
import { compressorId, layerMediaType, LEVELS, type Compression } from './compress.ts';
import {
  imageConfig,
  layerHistory,
  platformFromNixSystem,
  type ImageConfigOptions,
} from './config.ts';
import type { ImageTime } from './epoch.ts';
import type { ClosureGraph } from './graph.ts';
import { layerContentKey, layerRecord, type LayerRecord } from './layer-cache.ts';
import { planImageLayers, type LayeringStrategy } from './layers.ts';
import { imageManifest, MEDIA_TYPES, type Manifest, type ManifestFormat } from './manifest.ts';
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
  /** Records of layers built before (layerCacheFromManifest, loadLayerCache). */
  cache?: Map<string, LayerRecord>;
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

export async function assembleImage(o: AssembleOptions): Promise<AssembledImage> {
  const level = o.level ?? LEVELS[o.compression].default;
  const mediaType = layerMediaType(o.compression, o.format);
  const plan = planImageLayers(o.closure, { maxLayers: o.maxLayers, strategy: o.layering });
  const infos = new Map(o.closure.paths.map((p) => [p.path, p]));
  const total = plan.storeLayers.length + 1;
  const layers: Layer[] = [];
  let reused = 0;
  for (const [i, paths] of plan.storeLayers.entries()) {
    const description = paths.length === 1 ? (paths[0] as string) : `${paths.length} store paths`;
    const key = layerContentKey(
      paths.map((p) => infos.get(p) as (typeof o.closure.paths)[number]),
      compressorId(o.compression, level),
      o.time.mtime,
    );
    let record = o.cache?.get(key);
    if (record && record.mediaType === mediaType && o.proveCached) {
      const problem = await o.proveCached(record, () =>
        storePathsTar(paths, { mtime: o.time.mtime }),
      );
      if (problem) {
        o.log?.warning(
          `layer ${i + 1}/${total}: the layer cache record for ${description} is wrong (${problem}); building the layer from its store paths`,
        );
        record = undefined;
      }
    }
    const common = { compression: o.compression, level, format: o.format, storePaths: paths };
    let layer: Layer;
    if (record && record.mediaType === mediaType) {
      layer = cachedLayer(record, {
        ...common,
        description,
        tar: () => storePathsTar(paths, { mtime: o.time.mtime }),
      });
      reused++;
    } else {
      layer = await writeLayer(storePathsTar(paths, { mtime: o.time.mtime }), {
        ...common,
        workDir: o.workDir,
        description,
        contentKey: key,
      });
    }
    o.log?.info(
      `layer ${i + 1}/${total}: ${formatBytes(layer.size)} ${description}${record ? ' (cached)' : ''}`,
    );
    layers.push(layer);
  }
  const custom = await writeLayer(
    customisationTar({ ...o.customisation, mtime: o.time.mtime }, plan.customisationStorePaths),
    {
      compression: o.compression,
      level,
      format: o.format,
      workDir: o.workDir,
      storePaths: plan.customisationStorePaths,
      description: 'customisation layer',
    },
  );
  o.log?.info(`layer ${total}/${total}: ${formatBytes(custom.size)} customisation layer`);
  layers.push(custom);

  const platform = platformFromNixSystem(o.system);
  const configBytes = imageConfig({
    ...platform,
    diffIds: layers.map((l) => l.diffId),
    history: layers.map(layerHistory),
    created: o.time.created,
    config: o.userConfig ?? {},
  });
  const config = bufferBlob(
    o.format === 'oci' ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig,
    configBytes,
  );
  const annotations =
    o.annotations && Object.keys(o.annotations).length > 0 ? o.annotations : undefined;
  const manifest = imageManifest(o.format, config, layers, annotations);
  const records = layers.map(layerRecord).filter((r): r is LayerRecord => r !== undefined);
  return { layers, config, manifest, records, reused };
}
