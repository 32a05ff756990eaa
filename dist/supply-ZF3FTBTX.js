import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  TOOL,
  runIndexSupplyStep,
  runSupplyStep,
  writeSbomFile
} from "./chunk-KNIBFBJF.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-E7JUPDHS.js";
import "./chunk-4SQCEZTS.js";
import "./chunk-VDKKTOIF.js";
import "./chunk-H67WMLIP.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-5IADHAHD.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";
export {
  TOOL,
  runIndexSupplyStep,
  runSupplyStep,
  writeSbomFile
};
