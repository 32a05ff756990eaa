import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  defaultLabels,
  mergeLabels
} from "./chunk-RWP62CJ6.js";
import "./chunk-ULNG2UPB.js";
import {
  compressorId
} from "./chunk-LTMCFC7K.js";
import "./chunk-3PXJJVNT.js";
import "./chunk-6TQS7WJL.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-L7EKUPKB.js";
import "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";

// src/pipeline/image-inputs.ts
function imageInputs(req, evaluated, time, env = process.env) {
  return {
    targets: evaluated.targets,
    system: evaluated.system,
    links: evaluated.packages.map((p) => p.outPath),
    copies: evaluated.contents.map((p) => p.outPath),
    uid: req.uid,
    gid: req.gid,
    maxLayers: req.maxLayers,
    layering: req.layout.layering,
    compressor: compressorId(req.layout.compression, req.layout.level),
    format: req.layout.format,
    time,
    config: {
      ...req.layout.config,
      Labels: mergeLabels(
        defaultLabels({
          env,
          packages: req.packages,
          source: evaluated.source,
          created: time.created
        }),
        req.labels
      )
    },
    annotations: req.annotations
  };
}
export {
  imageInputs
};
