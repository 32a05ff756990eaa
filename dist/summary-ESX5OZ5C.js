import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-EBZEUTDI.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-D67VTADG.js";
import "./chunk-SLGSWPQB.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-5X3DV643.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
