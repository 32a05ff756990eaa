import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-74MGCWY2.js";
import "./chunk-LZ2BKDQ6.js";
import "./chunk-U7H4XE2Q.js";
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
