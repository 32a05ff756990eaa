import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  TOOL,
  runIndexSupplyStep,
  runSupplyStep,
  writeSbomFile
} from "./chunk-UICNRCUW.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-DYDAQDYL.js";
import "./chunk-UISXYPXD.js";
import "./chunk-PQ6PYXBF.js";
import "./chunk-ZCPIRNOE.js";
import "./chunk-76FISTVV.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";
export {
  TOOL,
  runIndexSupplyStep,
  runSupplyStep,
  writeSbomFile
};
