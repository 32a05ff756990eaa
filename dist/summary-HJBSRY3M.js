import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  layerRows,
  summaryMarkdown,
  writeJobSummary
} from "./chunk-WWSYAXS2.js";
import "./chunk-LTLYRGHH.js";
import "./chunk-PFTYSI4V.js";
import "./chunk-ULNG2UPB.js";
import "./chunk-63LJ3RRK.js";
import "./chunk-ERKG4WXN.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";
export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
