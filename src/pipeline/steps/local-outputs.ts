/**
 * The local-outputs step: oci-layout and docker-archive copies, begun before the push so that
 * each layer lands in them from the pass that pushes it instead of being made a second time,
 * and finished once the config and manifest are known.
 */
import type { Layer } from '../../oci/blob.ts';
import type { ImageDocuments } from '../../image/assemble.ts';
import { stageLocalOutputs, type StagedOutputs, type WrittenOutput } from '../../output/write.ts';
import type { StepContext } from '../context.ts';

export async function beginLocalOutputs(
  ctx: StepContext,
  layers: Layer[],
): Promise<StagedOutputs | undefined> {
  const { req, log } = ctx;
  if (!req.outputs.length) return undefined;
  return stageLocalOutputs(
    req.outputs,
    layers,
    {
      imageName: req.image ? `${req.image.registry}/${req.image.repository}` : undefined,
      tags: req.tags,
      baseDir: process.env.GITHUB_WORKSPACE,
    },
    log,
  );
}

export async function finishLocalOutputs(
  ctx: StepContext,
  staged: StagedOutputs | undefined,
  image: ImageDocuments,
  layers: Layer[],
): Promise<WrittenOutput[]> {
  if (!staged) return [];
  return ctx.phase('Write local outputs', () =>
    staged.finish({ manifest: image.manifest, config: image.config, layers }),
  );
}
