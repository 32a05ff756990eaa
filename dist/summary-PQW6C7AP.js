import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-U2X22GYC.js";
import "./chunk-4SQCEZTS.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-ZCPIRNOE.js";
import "./chunk-76FISTVV.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
