import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-ZC7HMOPN.js";
import "./chunk-UUSP6KVB.js";
import "./chunk-PZGERCI3.js";
import "./chunk-PBQYZLXM.js";
import "./chunk-GUS3RVLE.js";
import "./chunk-5X3DV643.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
