import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LAYERING_STRATEGIES, planImageLayers, type LayerPlan } from '../../../src/image/layers.ts';
import { parseLayering, parseMaxLayers } from '../../../src/request/layout.ts';
import type { ClosureGraph } from '../../../src/image/graph.ts';
import { randomClosureGraph, seededRandom } from '../../helpers/image.ts';

const p = (name: string, narSize: number, references: string[] = []) => ({
  path: `/nix/store/${name}`,
  references: references.map((r) => `/nix/store/${r}`),
  narSize,
  narHash: 'sha256:0',
});

/** app → libfoo, tool; libfoo, tool → glibc; and a big library only app uses. */
function sample(): ClosureGraph {
  return {
    roots: ['/nix/store/a-app'],
    paths: [
      p('a-app', 1_000, ['b-libfoo', 'c-tool', 'e-libbig']),
      p('b-libfoo', 10_000, ['d-glibc']),
      p('c-tool', 5_000, ['d-glibc']),
      p('d-glibc', 30_000_000),
      p('e-libbig', 60_000_000, ['d-glibc']),
    ],
  };
}

export function assertValidPlan(graph: ClosureGraph, plan: LayerPlan, maxLayers: number): void {
  const all = [...plan.storeLayers.flat(), ...plan.customisationStorePaths];
  assert.deepEqual([...all].sort(), graph.paths.map((x) => x.path).sort(), 'every path once');
  assert.equal(new Set(all).size, all.length, 'no path twice');
  assert.ok(plan.storeLayers.length + 1 <= maxLayers, `${plan.storeLayers.length} + 1 layers`);
  for (const layer of plan.storeLayers) assert.ok(layer.length > 0, 'no empty layer');
}

describe('planImageLayers', () => {
  it('size-first: largest paths alone, the rest grouped by the anchors using them', () => {
    const plan = planImageLayers(sample(), { maxLayers: 4, strategy: 'size-first' });
    assert.deepEqual(plan.storeLayers, [
      ['/nix/store/e-libbig'],
      ['/nix/store/d-glibc'],
      ['/nix/store/a-app', '/nix/store/b-libfoo', '/nix/store/c-tool'],
    ]);
  });

  it('dominator: popular glibc alone, the rest under app', () => {
    const plan = planImageLayers(sample(), { maxLayers: 4, strategy: 'dominator' });
    assert.deepEqual(plan.storeLayers, [
      ['/nix/store/d-glibc'],
      ['/nix/store/a-app', '/nix/store/b-libfoo', '/nix/store/c-tool', '/nix/store/e-libbig'],
    ]);
  });

  it('popularity: most depended-on paths alone, a catch-all last', () => {
    const plan = planImageLayers(sample(), { maxLayers: 4, strategy: 'popularity' });
    assert.deepEqual(plan.storeLayers[0], ['/nix/store/d-glibc']);
    assert.equal(plan.storeLayers.length, 3);
  });

  for (const strategy of LAYERING_STRATEGIES) {
    it(`${strategy}: max-layers 1 puts the closure into the customisation layer`, () => {
      const plan = planImageLayers(sample(), { maxLayers: 1, strategy });
      assert.deepEqual(plan.storeLayers, []);
      assert.equal(plan.customisationStorePaths.length, 5);
    });

    for (const seed of [1, 2, 3, 42, 1234, 9999]) {
      it(`${strategy}: keeps the limit and places every path once (random graph, seed ${seed})`, () => {
        const random = seededRandom(seed);
        const size = 1 + Math.floor(random() * 400);
        const graph = randomClosureGraph(random, size, random() * 0.15);
        for (const path of graph.paths) path.narSize = Math.floor(Math.exp(random() * 16));
        for (const maxLayers of [1, 2, 3, 7, 50, 96, 125]) {
          const plan = planImageLayers(graph, { maxLayers, strategy });
          assertValidPlan(graph, plan, maxLayers);
          const shuffled = { ...graph, paths: [...graph.paths].reverse() };
          assert.deepEqual(planImageLayers(shuffled, { maxLayers, strategy }), plan, 'order-free');
        }
      });
    }
  }

  it('expected-upload is the default', () => {
    assert.deepEqual(
      planImageLayers(sample(), { maxLayers: 4 }),
      planImageLayers(sample(), { maxLayers: 4, strategy: 'expected-upload' }),
    );
  });
});

describe('layering inputs', () => {
  it('parses each strategy and defaults to expected-upload', () => {
    for (const s of LAYERING_STRATEGIES) assert.equal(parseLayering(s), s);
    assert.equal(parseLayering(''), 'expected-upload');
  });

  it('refuses an unknown strategy, naming the input and the choices', () => {
    assert.throws(
      () => parseLayering('biggest'),
      /layering.*expected-upload, size-first, dominator, popularity/,
    );
  });

  it('max-layers: 1 to 125, default 96', () => {
    assert.equal(parseMaxLayers(''), 96);
    assert.equal(parseMaxLayers('1'), 1);
    assert.equal(parseMaxLayers('125'), 125);
    for (const bad of ['0', '126', '-1', '2.5', 'many']) {
      assert.throws(() => parseMaxLayers(bad), /max-layers.*from 1 to 125/);
    }
    assert.throws(() => planImageLayers(sample(), { maxLayers: 126 }), /126 layers is not allowed/);
  });
});
