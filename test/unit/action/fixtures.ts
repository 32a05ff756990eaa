import { parseRequest } from '../../../src/request/request.ts';
import type { PipelineResult } from '../../../src/pipeline/pipeline.ts';
import type { Layer } from '../../../src/oci/blob.ts';

const hex = (c: string) => c.repeat(64);

/** A request as the inputs give it, with every other input empty. */
export function request(inputs: Record<string, string> = {}) {
  return parseRequest((name) => inputs[name] ?? '');
}

function layer(n: number, size: number, storePaths: string[]): Layer {
  return {
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    digest: `sha256:${hex(String(n))}`,
    diffId: `sha256:${hex('d')}`,
    size,
    storePaths,
    description: storePaths.length ? `${storePaths.length} store paths` : 'customisation layer',
    open: () => {
      throw new Error('not read in these tests');
    },
  };
}

/** A pushed image of three layers: one uploaded, one already there, one mounted. */
export function pushedResult(over: Partial<PipelineResult> = {}): PipelineResult {
  const layers = [
    layer(1, 2048, [`/nix/store/${'a'.repeat(32)}-glibc-2.40`]),
    layer(2, 1024, [`/nix/store/${'b'.repeat(32)}-hello-2.12`]),
    layer(3, 512, []),
  ];
  return {
    digest: `sha256:${hex('e')}`,
    imageId: `sha256:${hex('f')}`,
    image: `ghcr.io/owner/app@sha256:${hex('e')}`,
    tags: ['latest', 'v1'],
    layers,
    push: {
      digest: `sha256:${hex('e')}`,
      blobs: [
        { digest: layers[0]!.digest, size: 2048, status: 'uploaded', ms: 10 },
        { digest: layers[1]!.digest, size: 1024, status: 'skipped', ms: 1 },
        { digest: layers[2]!.digest, size: 512, status: 'mounted', ms: 1 },
      ],
    },
    pushedTags: true,
    cacheHit: true,
    source: { kind: 'git', url: 'https://user:hunter2secret@example.com/repo.git', rev: hex('9') },
    reusedLayers: 1,
    outputs: [],
    timings: [
      { phase: 'Build packages with Nix', ms: 1500 },
      { phase: 'Push to ghcr.io/owner/app', ms: 250 },
    ],
    ...over,
  };
}
