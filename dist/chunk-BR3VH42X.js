import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";

// src/oci/limits.ts
var MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
var MAX_TAR_ID = 262143;
function checkDocumentSize(what, size) {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new NixeryError(
      `The ${what} is ${size} bytes; registries accept at most ${MAX_DOCUMENT_BYTES}. Use fewer labels, annotations or layers.`,
      "DOCUMENT_TOO_LARGE"
    );
  }
}

// src/image/names.ts
import { readdirSync } from "node:fs";
function readDirNames(dir) {
  const raw = readdirSync(dir, { encoding: "buffer" });
  raw.sort(Buffer.compare);
  return raw.map((bytes) => {
    const name = bytes.toString("utf8");
    if (!Buffer.from(name).equals(bytes)) {
      throw new NixeryError(
        `Cannot put a file of ${dir} in an image layer: its name is not valid UTF-8 (${bytes.toString("hex")})`,
        "NAME_NOT_UTF8"
      );
    }
    return name;
  });
}

export {
  readDirNames,
  MAX_DOCUMENT_BYTES,
  MAX_TAR_ID,
  checkDocumentSize
};
