import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";

// src/oci/media-types.ts
var MEDIA_TYPES = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerTar: "application/vnd.oci.image.layer.v1.tar",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerLayerTar: "application/vnd.docker.image.rootfs.diff.tar",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var MANIFEST_TYPES = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList
];

// src/core/byte-order.ts
function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/core/canonical-json.ts
function canonicalJson(value) {
  return Buffer.from(serialize(value));
}
function serialize(value) {
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value;
    const members = Object.keys(record).filter((key) => record[key] !== void 0).sort(byteOrder).map((key) => `${JSON.stringify(key)}:${serialize(record[key])}`);
    return `{${members.join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`cannot write ${value} in JSON`);
  }
  const text = JSON.stringify(value);
  if (text === void 0) throw new TypeError(`cannot write a ${typeof value} in JSON`);
  return text;
}

// src/oci/manifest.ts
var FORMATS = {
  oci: {
    manifest: MEDIA_TYPES.ociManifest,
    config: MEDIA_TYPES.ociConfig,
    layers: [
      MEDIA_TYPES.ociLayerGzip,
      MEDIA_TYPES.ociLayerZstd,
      MEDIA_TYPES.ociLayerTar
    ],
    index: MEDIA_TYPES.ociIndex
  },
  docker: {
    manifest: MEDIA_TYPES.dockerManifest,
    config: MEDIA_TYPES.dockerConfig,
    layers: [MEDIA_TYPES.dockerLayerGzip, MEDIA_TYPES.dockerLayerTar],
    index: MEDIA_TYPES.dockerManifestList
  }
};
function imageManifest(format, config, layers, annotations) {
  const types = FORMATS[format];
  if (config.mediaType !== types.config) {
    throw new Error(`a ${format} manifest needs a ${types.config} config, got ${config.mediaType}`);
  }
  for (const layer of layers) {
    if (!types.layers.includes(layer.mediaType)) {
      throw new Error(
        `a ${format} manifest cannot hold a ${layer.mediaType} layer (${layer.digest})`
      );
    }
  }
  const hasAnnotations = annotations !== void 0 && Object.keys(annotations).length > 0;
  if (hasAnnotations && format === "docker") {
    throw new Error("Docker schema 2 manifests have no annotations; use the OCI format or labels");
  }
  return finish(types.manifest, {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: descriptor(config, format),
    layers: layers.map((l) => descriptor(l, format)),
    annotations: hasAnnotations ? annotations : void 0
  });
}
function imageIndex(format, entries) {
  const types = FORMATS[format];
  return finish(types.index, {
    schemaVersion: 2,
    mediaType: types.index,
    manifests: entries.map((e) => ({
      mediaType: e.manifest.mediaType,
      digest: e.manifest.digest,
      size: e.manifest.body.length,
      platform: e.platform
    }))
  });
}
function descriptor(blob, format) {
  const annotations = format === "oci" && blob.annotations && Object.keys(blob.annotations).length > 0 ? blob.annotations : void 0;
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.size, annotations };
}
function finish(mediaType, document) {
  const body = canonicalJson(document);
  return { mediaType, body, digest: sha256Digest(body) };
}

export {
  byteOrder,
  canonicalJson,
  MEDIA_TYPES,
  MANIFEST_TYPES,
  imageManifest,
  imageIndex
};
