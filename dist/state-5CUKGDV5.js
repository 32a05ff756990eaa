import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-IXTCQQLE.js";
import "./chunk-PQ6PYXBF.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
