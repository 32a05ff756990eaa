import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-RRFFEE37.js";
import "./chunk-NX3YWL3X.js";
import "./chunk-YD6DRH5P.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-FNO62BCX.js";
import "./chunk-3PPZCQFA.js";
import "./chunk-7X3ESUTW.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
