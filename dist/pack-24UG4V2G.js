import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  checkImageDocuments,
  previousLayerRecords,
  runPackStep
} from "./chunk-JTQF3IL2.js";
import "./chunk-6ULYLUSN.js";
import "./chunk-R7E23HVL.js";
import "./chunk-SPPJN2BO.js";
import "./chunk-X4IBFYMV.js";
import "./chunk-7RZYN2MG.js";
import "./chunk-2NYWBHOW.js";
import "./chunk-76FISTVV.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-AO2W2NOT.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
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
