import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-KBM7LFUT.js";
import "./chunk-VDKKTOIF.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-5IADHAHD.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
