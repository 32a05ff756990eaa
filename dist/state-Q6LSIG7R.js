import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
} from "./chunk-T5DJNMZ7.js";
import "./chunk-MUJYZQIE.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-3PPZCQFA.js";
import "./chunk-4IGX2T4N.js";
import "./chunk-BYYIYGSK.js";
export {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState
};
