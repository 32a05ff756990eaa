import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-EK7WBLEQ.js";
import "./chunk-FMI3HLKG.js";
import "./chunk-UUSP6KVB.js";
import "./chunk-GUS3RVLE.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
