import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows
} from "./chunk-WWSYAXS2.js";
import {
  publicPkgSource
} from "./chunk-LTLYRGHH.js";
import "./chunk-PFTYSI4V.js";
import {
  redactUrls
} from "./chunk-ULNG2UPB.js";
import "./chunk-63LJ3RRK.js";
import "./chunk-ERKG4WXN.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";

// src/action/outputs.ts
var OUTPUTS = {
  digest: "Manifest digest of the image (sha256:\u2026).",
  image: "The image pinned by digest: <image>@<digest>. Empty when not pushed.",
  imageid: "Digest of the image config.",
  tags: "The pushed references <image>:<tag>, one per line.",
  metadata: "JSON: image, digest, tags, layers (digest, size, status, store paths; no store paths when the first tag already held this very image and nothing was built), package source, timings.",
  layers: "Number of layers in the image.",
  "cache-hit": "True when the store cache held exactly this build.",
  "sbom-file": "Path of the CycloneDX 1.6 JSON SBOM written for the image (empty with sbom: false).",
  "sbom-digest": "Digest of the SBOM's referrer manifest in the registry (artifactType application/vnd.cyclonedx+json).",
  "provenance-digest": "Digest of the signed provenance bundle's referrer manifest. Empty when not signed.",
  "attestation-id": "Id of the provenance attestation recorded with GitHub. Empty when not recorded.",
  changes: "JSON: what changed since the previous image of the first tag (packages added, removed and changed with versions, store paths, layers and bytes uploaded and reused, size before and after); firstPush when there was none."
};
function outputsOf(req, result) {
  const name = req.image ? `${req.image.registry}/${req.image.repository}` : void 0;
  const tags = name && result.pushedTags ? result.tags.map((t) => `${name}:${t}`) : [];
  const metadata = {
    image: name ?? null,
    digest: result.digest,
    imageid: result.imageId,
    tags,
    layers: layerRows(result).map((r) => ({
      digest: r.digest,
      size: r.size,
      status: r.status,
      storePaths: r.storePaths
    })),
    // Outputs end up in logs and artifacts: source URLs without their credentials.
    packageSource: {
      input: publicPkgSource(req.pkgSource),
      resolved: Object.fromEntries(
        Object.entries(result.source).map(([k, v]) => [k, redactUrls(v)])
      )
    },
    timings: Object.fromEntries(result.timings.map((t) => [t.phase, t.ms]))
  };
  return {
    digest: result.digest,
    imageid: result.imageId,
    image: result.image ?? "",
    tags: tags.join("\n"),
    metadata: JSON.stringify(metadata),
    layers: String(result.layers.length),
    "cache-hit": String(result.cacheHit),
    "sbom-file": result.supply?.sbomFile ?? "",
    "sbom-digest": result.supply?.sbomDigest ?? "",
    "provenance-digest": result.supply?.provenanceDigest ?? "",
    "attestation-id": result.supply?.attestationId ?? "",
    changes: result.supply?.changes ? JSON.stringify(result.supply.changes) : ""
  };
}
export {
  OUTPUTS,
  outputsOf
};
