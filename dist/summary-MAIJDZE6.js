import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-2OVIU4BJ.js";
import "./chunk-P5BQ3RYN.js";
import "./chunk-U7C37LCL.js";
import "./chunk-GUS3RVLE.js";
import "./chunk-ABVNMLZU.js";
import "./chunk-3PPZCQFA.js";
import "./chunk-DXIZSA4C.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
