import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LAYER_PATHS_ANNOTATION,
  LAYER_PATHS_MAX_BYTES,
  layerGroupsFromManifest,
  layerPathsAnnotations,
} from '../../../src/image/layer-paths.ts';
import { MEDIA_TYPES } from '../../../src/oci/manifest.ts';

const digest = `sha256:${'a'.repeat(64)}`;

function manifest(annotations: (Record<string, string> | undefined)[], mediaType?: string) {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: mediaType ?? MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest, size: 1 },
    layers: annotations.map((a) => ({
      mediaType: MEDIA_TYPES.ociLayerGzip,
      digest,
      size: 1,
      annotations: a,
    })),
  });
}

describe('layer paths annotation', () => {
  const layers = [
    ['/nix/store/aaa-glibc-2.40'],
    ['/nix/store/bbb-hello-2.12', '/nix/store/ccc-libfoo-1'],
  ];

  it("records each layer by basename and reads it back as this closure's paths", () => {
    const annotations = layerPathsAnnotations(layers);
    assert.deepEqual(annotations, [
      { [LAYER_PATHS_ANNOTATION]: 'aaa-glibc-2.40' },
      { [LAYER_PATHS_ANNOTATION]: 'bbb-hello-2.12 ccc-libfoo-1' },
    ]);
    const body = manifest([...annotations, undefined]);
    assert.deepEqual(layerGroupsFromManifest(body, layers.flat()), layers);
  });

  it('a basename this closure does not hold is no closure path: its layer counts as changed', () => {
    const body = manifest(layerPathsAnnotations(layers));
    const now = [
      '/nix/store/aaa-glibc-2.40',
      '/nix/store/ddd-hello-2.13',
      '/nix/store/ccc-libfoo-1',
    ];
    const groups = layerGroupsFromManifest(body, now) as string[][];
    assert.deepEqual(groups[0], ['/nix/store/aaa-glibc-2.40']);
    assert.ok(!now.includes(groups[1]?.[0] as string));
  });

  it('writes none when they would make the manifest too large', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      Array.from({ length: 300 }, (_, j) => `/nix/store/${'h'.repeat(32)}-p${i}-${j}-long-name`),
    );
    assert.ok(many.flat().join(' ').length > LAYER_PATHS_MAX_BYTES);
    assert.deepEqual(
      layerPathsAnnotations(many),
      many.map(() => ({})),
    );
  });

  it('nothing from a manifest without them, a Docker one, or bytes that are not one', () => {
    assert.equal(layerGroupsFromManifest(manifest([undefined]), []), undefined);
    const docker = manifest(layerPathsAnnotations(layers), MEDIA_TYPES.dockerManifest);
    assert.equal(layerGroupsFromManifest(docker, layers.flat()), undefined);
    assert.equal(layerGroupsFromManifest('not json', []), undefined);
  });
});
