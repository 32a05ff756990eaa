import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-MNP4TKPW.js";
import "./chunk-MUJYZQIE.js";
import "./chunk-GUS3RVLE.js";
import "./chunk-3PPZCQFA.js";
import "./chunk-DXIZSA4C.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
