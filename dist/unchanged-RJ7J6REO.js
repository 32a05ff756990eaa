import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  moveTags
} from "./chunk-QLOJKISX.js";
import {
  signsProvenance,
  writeSbomFile
} from "./chunk-SS7PNMY7.js";
import "./chunk-2C2OKYX7.js";
import "./chunk-LTLYRGHH.js";
import "./chunk-PQ6PYXBF.js";
import "./chunk-ULNG2UPB.js";
import {
  computeChanges,
  listReferrers,
  readArtifact
} from "./chunk-63LJ3RRK.js";
import {
  SBOM_MEDIA_TYPE,
  readSbom
} from "./chunk-ERKG4WXN.js";
import {
  INPUTS_KEY_ANNOTATION,
  LAYER_DIFF_ID_ANNOTATION,
  imageInputsKey
} from "./chunk-FT77SM5K.js";
import "./chunk-4BLU4CND.js";
import "./chunk-BR3VH42X.js";
import "./chunk-3PXJJVNT.js";
import {
  parseStoredManifest
} from "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-S4YHGSQS.js";
import "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import {
  MEDIA_TYPES
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";

// src/pipeline/steps/unchanged.ts
function unchangedCheckRefused(req, env = process.env) {
  if (!req.push || !req.image || !req.tags[0]) return "the image is not pushed";
  if (req.layout.format !== "oci") return "Docker manifests carry no inputs key";
  if (req.registry.verify) return "verify is true";
  if (req.extraCommands) return "extra-commands run every time";
  if (req.outputs.length > 0) return "local outputs are written from the layers";
  if (signsProvenance(req, env)) return "provenance is signed for what this run builds";
  return void 0;
}
async function findUnchangedImage(client, previous, req, inputs, log) {
  const tag = req.tags[0];
  const key = await imageInputsKey(inputs);
  try {
    const found = await previous();
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
      image.sbom = { json, digest: referrer.digest, entries: readSbom(json) };
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
  const entries = image.sbom?.entries ?? [];
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
  runUnchangedStep,
  unchangedCheckRefused
};
