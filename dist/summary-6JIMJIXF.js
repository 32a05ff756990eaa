import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-72D52T4L.js";
import "./chunk-F4LTWGWR.js";
import "./chunk-FL6ATOO2.js";
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
