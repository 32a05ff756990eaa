import type { Request } from '../request/request.ts';
import type { EvaluatedPackages } from '../nix/build.ts';
import { compressorId } from '../image/compress.ts';
import type { ImageTime } from '../image/epoch.ts';
import type { ImageInputs } from '../image/inputs-key.ts';
import { defaultLabels, mergeLabels } from './labels.ts';

/** What goes into the image besides its closure, from the request and the evaluation. */
export function imageInputs(
  req: Request,
  evaluated: EvaluatedPackages,
  time: ImageTime & { created: string },
  env: NodeJS.ProcessEnv = process.env,
): ImageInputs {
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
          created: time.created,
        }),
        req.labels,
      ),
    },
    annotations: req.annotations,
  };
}
