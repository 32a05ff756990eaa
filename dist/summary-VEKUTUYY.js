import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-HDJUG7LT.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-DT4Y26ZW.js";
import "./chunk-PBQYZLXM.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-5X3DV643.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
