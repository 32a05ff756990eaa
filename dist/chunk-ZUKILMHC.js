import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  array,
  number,
  object,
  record,
  string
} from "./chunk-SCPOQW4J.js";

// src/oci/stored-manifest.ts
var storedManifestSchema = object({
  mediaType: string().optional(),
  config: object({ digest: string() }),
  layers: array(
    object({
      mediaType: string(),
      digest: string(),
      size: number(),
      annotations: record(string(), string()).optional()
    })
  ),
  annotations: record(string(), string()).optional()
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
