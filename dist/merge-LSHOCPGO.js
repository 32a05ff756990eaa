import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  moveTags
} from "./chunk-QLOJKISX.js";
import {
  runIndexSupplyStep
} from "./chunk-SS7PNMY7.js";
import {
  parseMergeRefs
} from "./chunk-EIFW5MHB.js";
import "./chunk-2C2OKYX7.js";
import "./chunk-LTLYRGHH.js";
import "./chunk-PQ6PYXBF.js";
import {
  createdTime
} from "./chunk-RWP62CJ6.js";
import "./chunk-ULNG2UPB.js";
import "./chunk-63LJ3RRK.js";
import "./chunk-ERKG4WXN.js";
import "./chunk-4BLU4CND.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-S4YHGSQS.js";
import "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import {
  InputError,
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import "./chunk-HHXI5PYX.js";
import {
  array,
  number,
  object,
  string
} from "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import {
  MEDIA_TYPES,
  imageIndex
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";

// src/pipeline/steps/merge.ts
var descriptorSchema = object({
  mediaType: string(),
  digest: string(),
  size: number().int().nonnegative()
});
var manifestSchema = object({
  mediaType: string().optional(),
  config: descriptorSchema,
  layers: array(descriptorSchema)
});
var configSchema = object({
  architecture: string(),
  os: string(),
  variant: string().optional()
});
async function runMergeStep(ctx, image, client) {
  const { req, log } = ctx;
  const merged = await ctx.phase(
    "Merge platforms into one index",
    () => mergeImages({ refs: req.merge, tags: req.tags }, client, log)
  );
  const supply = await ctx.phase(
    "SBOM of the index",
    () => runIndexSupplyStep({
      req,
      client,
      index: merged.index,
      created: createdTime(process.env, req.created),
      log
    })
  );
  return {
    digest: merged.index.digest,
    // An index has no config.
    imageId: "",
    image: `${image.registry}/${image.repository}@${merged.index.digest}`,
    tags: req.tags,
    layers: [],
    pushedTags: true,
    cacheHit: false,
    source: {},
    reusedLayers: 0,
    outputs: [],
    timings: ctx.timings,
    supply
  };
}
async function mergeImages({ refs, tags }, client, log) {
  const entries = [];
  const target = client.image.repository;
  for (const ref of refs) {
    const from = ref.image.repository;
    const found = await client.getManifest(ref.digest, from);
    if (!found) {
      throw new NixeryError(
        `merge: ${ref.image.registry}/${from}@${ref.digest} is not in the registry; push it first.`,
        "MERGE_IMAGE_MISSING"
      );
    }
    const digest = sha256Digest(found.body);
    if (digest !== ref.digest) {
      throw new NixeryError(
        `merge: the registry sent ${digest} for ${ref.digest}`,
        "DIGEST_MISMATCH"
      );
    }
    const manifest = manifestSchema.parse(JSON.parse(found.body.toString("utf8")));
    const mediaType = manifest.mediaType ?? found.mediaType;
    if (mediaType !== MEDIA_TYPES.ociManifest && mediaType !== MEDIA_TYPES.dockerManifest) {
      throw new NixeryError(
        `merge: ${ref.digest} is a ${mediaType}, not an image manifest`,
        "MERGE_NOT_IMAGE"
      );
    }
    const config = configSchema.parse(
      JSON.parse((await client.getSmallBlob(manifest.config.digest, from)).toString("utf8"))
    );
    const platform = { architecture: config.architecture, os: config.os, variant: config.variant };
    log.info(
      `${ref.digest}: ${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ""}`
    );
    const copy = { mediaType, body: found.body, digest };
    if (from !== target) await bringIn(client, from, manifest, copy, log);
    entries.push({ manifest: copy, platform });
  }
  const keys = entries.map(
    (e) => `${e.platform.os}/${e.platform.architecture}/${e.platform.variant ?? ""}`
  );
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new InputError("merge", `two images are for the same platform (${dup}).`);
  const index = imageIndex("oci", entries);
  await client.putManifest(index.digest, index);
  await moveTags(client, tags, index, log);
  return { index, platforms: keys };
}
async function bringIn(client, from, manifest, copy, log) {
  const where = `${client.image.registry}/${client.image.repository}`;
  if (await client.manifestDigest(copy.digest) === copy.digest) {
    log.info(`${copy.digest} is already in ${where}`);
    return;
  }
  const counts = { skipped: 0, mounted: 0, uploaded: 0 };
  for (const descriptor of [manifest.config, ...manifest.layers]) {
    const status = await client.uploadBlob(client.remoteBlob(descriptor, from), false, [from]);
    counts[status]++;
  }
  await client.putManifest(copy.digest, copy);
  log.info(
    `brought ${copy.digest} from ${from} into ${where}: ${counts.mounted} blobs mounted, ${counts.uploaded} copied, ${counts.skipped} already there`
  );
}
export {
  mergeImages,
  parseMergeRefs,
  runMergeStep
};
