import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
} from "./chunk-5AGS32NK.js";
import "./chunk-7WZJLU5T.js";
import "./chunk-AS4ZD5RQ.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-XQOZX537.js";
import "./chunk-5DXPTU67.js";
import "./chunk-2NYWBHOW.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-3CDYBD7F.js";
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
