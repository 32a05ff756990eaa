import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  INPUTS_KEY_ANNOTATION,
  LAYER_DIFF_ID_ANNOTATION,
  imageInputsKey
} from "./chunk-FJCH5FOV.js";
import {
  moveTags
} from "./chunk-YCUHQUSY.js";
import "./chunk-IEQ5M7OH.js";
import {
  writeSbomFile
} from "./chunk-KNIBFBJF.js";
import "./chunk-SPPJN2BO.js";
import {
  defaultLabels,
  mergeLabels
} from "./chunk-HLSSN7OC.js";
import {
  compressorId
} from "./chunk-5DXPTU67.js";
import "./chunk-OG4I3KKQ.js";
import {
  oidcAvailable
} from "./chunk-E7JUPDHS.js";
import "./chunk-2NYWBHOW.js";
import "./chunk-4SQCEZTS.js";
import "./chunk-VDKKTOIF.js";
import {
  SBOM_MEDIA_TYPE,
  computeChanges,
  listReferrers,
  readArtifact,
  readSbom
} from "./chunk-H67WMLIP.js";
import {
  parseStoredManifest
} from "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-ESOHXBHY.js";
import "./chunk-I6G2XA6Z.js";
import "./chunk-5IADHAHD.js";
import "./chunk-HHXI5PYX.js";
import {
  MEDIA_TYPES
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";

// src/pipeline/steps/unchanged.ts
function imageInputs(req, evaluated, time, env = process.env) {
  return {
    targets: evaluated.targets,
    system: evaluated.system,
    links: evaluated.packages.map((p) => p.outPath),
    copies: evaluated.contents.map((p) => p.outPath),
    uid: req.uid,
    gid: req.gid,
    maxLayers: req.maxLayers,
    layering: req.layout.layering,
    compressor: compressorId(req.layout.compression, req.layout.level),
    format: req.layout.format,
    time,
    config: {
      ...req.layout.config,
      Labels: mergeLabels(
        defaultLabels({
          env,
          packages: req.packages,
          source: evaluated.source,
          created: time.created
        }),
        req.labels
      )
    },
    annotations: req.annotations
  };
}
function unchangedCheckRefused(req, env = process.env) {
  if (!req.push || !req.image || !req.tags[0]) return "the image is not pushed";
  if (req.layout.format !== "oci") return "Docker manifests carry no inputs key";
  if (req.registry.verify) return "verify is true";
  if (req.extraCommands) return "extra-commands run every time";
  if (req.outputs.length > 0) return "local outputs are written from the layers";
  const signs = req.supply.provenance === "true" || req.supply.provenance === "auto" && oidcAvailable(env);
  if (signs) return "provenance is signed for what this run builds";
  return void 0;
}
async function findUnchangedImage(client, req, inputs, log) {
  const tag = req.tags[0];
  const key = await imageInputsKey(inputs);
  try {
    const found = await client.getManifest(tag);
    if (!found || found.mediaType !== MEDIA_TYPES.ociManifest) return void 0;
    const parsed = parseStoredManifest(found.body);
    if (!parsed || parsed.annotations?.[INPUTS_KEY_ANNOTATION] !== key) {
      log.info(`${tag} was made from other inputs: building.`);
      return void 0;
    }
    const digest = sha256Digest(found.body);
    const layers = parsed.layers.map((l) => ({
      digest: l.digest,
      size: l.size,
      mediaType: l.mediaType,
      diffId: l.annotations?.[LAYER_DIFF_ID_ANNOTATION] ?? ""
    }));
    const image = {
      tag,
      manifest: { mediaType: found.mediaType, body: found.body, digest },
      configDigest: parsed.config.digest,
      layers
    };
    if (req.supply.sbom) {
      const [referrer] = await listReferrers(client, digest, SBOM_MEDIA_TYPE);
      if (!referrer) {
        log.info(`${tag} has the same inputs but no SBOM to hand out: building.`);
        return void 0;
      }
      const json = (await readArtifact(client, referrer.digest)).toString("utf8");
      readSbom(json);
      image.sbom = { json, digest: referrer.digest };
    }
    return image;
  } catch (err) {
    log.info(
      `previous image not compared (${err instanceof Error ? err.message : String(err)}): building.`
    );
    return void 0;
  }
}
async function runUnchangedStep(ctx, client, image, nix, env = process.env) {
  const { req, log } = ctx;
  log.info(
    `${image.tag} is ${image.manifest.digest}, made from these same inputs: nothing to restore, build or upload.`
  );
  const others = req.tags.filter((t) => t !== image.tag);
  if (others.length > 0) await moveTags(client, others, image.manifest, log);
  const blobs = image.layers.map((l) => ({
    digest: l.digest,
    size: l.size,
    status: "skipped",
    ms: 0
  }));
  const supply = {};
  const entries = image.sbom ? readSbom(image.sbom.json) : [];
  if (image.sbom) {
    supply.sbomFile = await writeSbomFile(image.sbom.json, env);
    supply.sbomDigest = image.sbom.digest;
    log.info(`SBOM: the image's own (${image.sbom.digest}) written to ${supply.sbomFile}`);
  }
  const previous = { tag: image.tag, digest: image.manifest.digest, layers: image.layers };
  supply.changes = computeChanges(
    { layers: image.layers, entries, blobs },
    previous,
    image.sbom ? entries : void 0
  );
  const name = `${client.image.registry}/${client.image.repository}`;
  return {
    digest: image.manifest.digest,
    imageId: image.configDigest,
    image: `${name}@${image.manifest.digest}`,
    tags: req.tags,
    // What the outputs and summary show of a layer; its store paths are not known unbuilt.
    layers: image.layers.map((l, i) => ({
      ...l,
      storePaths: [],
      description: `layer ${i + 1} of the unchanged image`,
      open: () => {
        throw new Error("a layer of an unchanged image is not read");
      }
    })),
    push: { digest: image.manifest.digest, blobs },
    pushedTags: true,
    cacheHit: nix.cacheHit,
    source: nix.evaluated.source,
    reusedLayers: image.layers.length,
    outputs: [],
    timings: ctx.timings,
    supply
  };
}
export {
  findUnchangedImage,
  imageInputs,
  runUnchangedStep,
  unchangedCheckRefused
};
