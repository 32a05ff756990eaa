import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  parseImageName
} from "./chunk-2C2OKYX7.js";
import {
  InputError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";

// src/request/merge-refs.ts
function parseMergeRefs(value, target) {
  const refs = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([^@]+)@(sha256:[0-9a-f]{64})$/.exec(raw);
    if (!m) {
      throw new InputError("merge", `${quoteValue(raw)} is not <image>@sha256:<64 hex digits>.`);
    }
    const image = parseImageName(m[1], "merge");
    if (target && image.registry !== target.registry) {
      throw new InputError(
        "merge",
        `${quoteValue(raw)} is not in ${target.registry}; images are merged only within one registry.`
      );
    }
    refs.push({ image, digest: m[2] });
  }
  return refs;
}

export {
  parseMergeRefs
};
