import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-6LSTG4U5.js";

// src/oci/stored-manifest.ts
var storedManifestSchema = external_exports.object({
  mediaType: external_exports.string().optional(),
  config: external_exports.object({ digest: external_exports.string() }),
  layers: external_exports.array(
    external_exports.object({
      mediaType: external_exports.string(),
      digest: external_exports.string(),
      size: external_exports.number(),
      annotations: external_exports.record(external_exports.string(), external_exports.string()).optional()
    })
  ),
  annotations: external_exports.record(external_exports.string(), external_exports.string()).optional()
});
function parseStoredManifest(body) {
  try {
    const parsed = storedManifestSchema.safeParse(JSON.parse(body.toString()));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}

export {
  parseStoredManifest
};
