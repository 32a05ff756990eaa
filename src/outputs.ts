import type { PipelineResult } from './pipeline.ts';
import type { Request } from './request.ts';

/** The action's outputs, by name (also what the CLI prints as JSON). */
export function outputsOf(req: Request, result: PipelineResult): Record<string, string> {
  const name = req.image ? `${req.image.registry}/${req.image.repository}` : undefined;
  return {
    digest: result.digest,
    imageid: result.imageId,
    image: result.image ?? '',
    tags: name && result.push ? result.tags.map((t) => `${name}:${t}`).join('\n') : '',
  };
}
