import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
} from "./chunk-LSHPM663.js";
import "./chunk-FJCH5FOV.js";
import "./chunk-IEQ5M7OH.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-XQOZX537.js";
import "./chunk-5DXPTU67.js";
import "./chunk-2NYWBHOW.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-ESOHXBHY.js";
import "./chunk-I6G2XA6Z.js";
import "./chunk-5IADHAHD.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-SCPOQW4J.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";
export {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
};
