import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";

// src/oci/blob.ts
import { Readable } from "node:stream";
function bufferBlob(mediaType, bytes) {
  return {
    mediaType,
    bytes,
    digest: sha256Digest(bytes),
    size: bytes.length,
    open: () => Readable.from([bytes], { objectMode: false })
  };
}
function isComputed(layer) {
  return layer.computed !== false;
}

export {
  bufferBlob,
  isComputed
};
