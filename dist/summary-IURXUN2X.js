import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-VWN3KVBK.js";
import "./chunk-WWC3AG5N.js";
import "./chunk-HT5FCR6Y.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-S5BWPLUD.js";
import "./chunk-SOUNTQ7W.js";
import "./chunk-4IGX2T4N.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
