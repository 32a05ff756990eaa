import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
} from "./chunk-5GRM3JST.js";
import "./chunk-FT77SM5K.js";
import "./chunk-4BLU4CND.js";
import "./chunk-P5XVHP4V.js";
import "./chunk-BR3VH42X.js";
import "./chunk-LTMCFC7K.js";
import "./chunk-3PXJJVNT.js";
import "./chunk-6TQS7WJL.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-S4YHGSQS.js";
import "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";
export {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
};
