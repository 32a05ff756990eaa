import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/supply/sbom-read.ts
var SBOM_MEDIA_TYPE = "application/vnd.cyclonedx+json";
var STORE_PATH_PROPERTY = "nix:output_path";
var REQUESTED_PROPERTY = "nixery-action:requested";
function readSbom(json) {
  const doc = JSON.parse(json);
  const entries = [];
  for (const c of doc.components ?? []) {
    const prop = (n) => c.properties?.find((p) => p.name === n)?.value;
    const path = prop(STORE_PATH_PROPERTY) ?? c["bom-ref"];
    if (typeof path !== "string" || typeof c.name !== "string") continue;
    entries.push({
      path,
      name: c.name,
      ...typeof c.version === "string" ? { version: c.version } : {},
      requested: prop(REQUESTED_PROPERTY) !== void 0
    });
  }
  return entries;
}

export {
  SBOM_MEDIA_TYPE,
  STORE_PATH_PROPERTY,
  REQUESTED_PROPERTY,
  readSbom
};
