import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
} from "./chunk-YIRDK644.js";
import "./chunk-6EVFFS2I.js";
import "./chunk-AS4ZD5RQ.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-XQOZX537.js";
import "./chunk-5DXPTU67.js";
import "./chunk-2NYWBHOW.js";
import "./chunk-76FISTVV.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-3CDYBD7F.js";
import "./chunk-5IADHAHD.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-6LSTG4U5.js";
import "./chunk-5X3DV643.js";
import "./chunk-BYYIYGSK.js";
export {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
};
