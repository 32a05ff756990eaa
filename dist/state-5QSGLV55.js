import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-DFXWT3FI.js";
import "./chunk-FMI3HLKG.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
