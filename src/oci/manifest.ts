/**
 * OCI documents, built: image manifests and indexes (OCI or Docker schema 2) as the exact bytes
 * that are PUT, their digest and Content-Type. Media types are in media-types.ts, the reference
 * grammar in reference.ts, the blob and layer interfaces in blob.ts.
 */
import type { Blob } from './blob.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Digest } from '../core/digest.ts';
import { MEDIA_TYPES, type ManifestFormat } from './media-types.ts';

export { MEDIA_TYPES, type ManifestFormat } from './media-types.ts';

/** A manifest (or index) ready to PUT: the exact bytes, their digest, and Content-Type. */
export interface Manifest {
  mediaType: string;
  body: Buffer;
  digest: string;
}

const FORMATS = {
  oci: {
    manifest: MEDIA_TYPES.ociManifest,
    config: MEDIA_TYPES.ociConfig,
    layers: [
      MEDIA_TYPES.ociLayerGzip,
      MEDIA_TYPES.ociLayerZstd,
      MEDIA_TYPES.ociLayerTar,
    ] as string[],
    index: MEDIA_TYPES.ociIndex,
  },
  docker: {
    manifest: MEDIA_TYPES.dockerManifest,
    config: MEDIA_TYPES.dockerConfig,
    layers: [MEDIA_TYPES.dockerLayerGzip, MEDIA_TYPES.dockerLayerTar] as string[],
    index: MEDIA_TYPES.dockerManifestList,
  },
};

/**
 * An image manifest (schema version 2). Media types are checked against the format: a
 * registry accepts a mismatched manifest and clients fail later, far from the cause.
 */
export function imageManifest(
  format: ManifestFormat,
  config: Blob,
  layers: Blob[],
  annotations?: Record<string, string>,
): Manifest {
  const types = FORMATS[format];
  if (config.mediaType !== types.config) {
    throw new Error(`a ${format} manifest needs a ${types.config} config, got ${config.mediaType}`);
  }
  for (const layer of layers) {
    if (!types.layers.includes(layer.mediaType)) {
      throw new Error(
        `a ${format} manifest cannot hold a ${layer.mediaType} layer (${layer.digest})`,
      );
    }
  }
  const hasAnnotations = annotations !== undefined && Object.keys(annotations).length > 0;
  if (hasAnnotations && format === 'docker') {
    throw new Error('Docker schema 2 manifests have no annotations; use the OCI format or labels');
  }
  return finish(types.manifest, {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: descriptor(config, format),
    layers: layers.map((l) => descriptor(l, format)),
    annotations: hasAnnotations ? annotations : undefined,
  });
}

export interface IndexEntry {
  manifest: Manifest;
  platform: { architecture: string; os: string; variant?: string };
}

/** A multi-platform index (OCI) or manifest list (Docker) over per-platform manifests. */
export function imageIndex(format: ManifestFormat, entries: IndexEntry[]): Manifest {
  const types = FORMATS[format];
  return finish(types.index, {
    schemaVersion: 2,
    mediaType: types.index,
    manifests: entries.map((e) => ({
      mediaType: e.manifest.mediaType,
      digest: e.manifest.digest,
      size: e.manifest.body.length,
      platform: e.platform,
    })),
  });
}

function descriptor(blob: Blob, format: ManifestFormat): object {
  const annotations =
    format === 'oci' && blob.annotations && Object.keys(blob.annotations).length > 0
      ? blob.annotations
      : undefined;
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, annotations };
}

function finish(mediaType: string, document: object): Manifest {
  const body = canonicalJson(document);
  return { mediaType, body, digest: sha256Digest(body) };
}
