import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-2IBTCAQ2.js";
import "./chunk-GVODOTMS.js";
import "./chunk-YD6DRH5P.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-WFNCFITZ.js";
import "./chunk-3PPZCQFA.js";
import "./chunk-4IGX2T4N.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
