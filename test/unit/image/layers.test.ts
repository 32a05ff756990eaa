import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planLayers } from '../../helpers/image.ts';
import type { ClosureGraph } from '../../../src/image/graph.ts';
import { randomClosureGraph, seededRandom } from '../../helpers/image.ts';

/** The drawn example in layers.ts: app → libfoo, tool; libfoo, tool → glibc. */
function diamond(): ClosureGraph {
  const p = (name: string, references: string[] = []) => ({
    path: `/nix/store/${name}`,
    references: references.map((r) => `/nix/store/${r}`),
    narSize: 1,
    narHash: 'sha256:0',
  });
  return {
    roots: ['/nix/store/a-app'],
    paths: [
      p('a-app', ['b-libfoo', 'c-tool']),
      p('b-libfoo', ['d-glibc']),
      p('c-tool', ['d-glibc']),
      p('d-glibc'),
    ],
  };
}

function assertValidPlan(graph: ClosureGraph, groups: string[][], maxLayers: number): void {
  const all = groups.flat();
  assert.deepEqual(
    [...all].sort(),
    graph.paths.map((p) => p.path).sort(),
    'every path exactly once',
  );
  assert.equal(new Set(all).size, all.length, 'no path twice');
  assert.ok(groups.length <= maxLayers - 1, `${groups.length} groups for maxLayers ${maxLayers}`);
  for (const group of groups) {
    assert.ok(group.length > 0, 'no empty group');
    assert.deepEqual(group, [...group].sort(), 'paths sorted within a group');
  }
}

describe('planLayers', () => {
  it('gives the most depended-on paths their own layers, as drawn in layers.ts', () => {
    assert.deepEqual(planLayers(diamond(), 4, 'popularity'), [
      ['/nix/store/d-glibc'],
      ['/nix/store/b-libfoo'],
      ['/nix/store/a-app', '/nix/store/c-tool'],
    ]);
  });

  it('puts every path alone when there is room', () => {
    assert.deepEqual(planLayers(diamond(), 10, 'popularity'), [
      ['/nix/store/d-glibc'],
      ['/nix/store/b-libfoo'],
      ['/nix/store/c-tool'],
      ['/nix/store/a-app'],
    ]);
  });

  it('with maxLayers = 2 puts the whole closure in one store layer', () => {
    assert.deepEqual(planLayers(diamond(), 2, 'popularity'), [
      ['/nix/store/a-app', '/nix/store/b-libfoo', '/nix/store/c-tool', '/nix/store/d-glibc'],
    ]);
  });

  it('counts transitive dependents, not only direct ones', () => {
    // chain: a → b → c → d, and e → d. d has 4 dependents, c 2, b 1.
    const p = (name: string, references: string[] = []) => ({
      path: `/nix/store/${name}`,
      references: references.map((r) => `/nix/store/${r}`),
      narSize: 1,
      narHash: 'sha256:0',
    });
    const graph = {
      roots: ['/nix/store/a', '/nix/store/e'],
      paths: [p('a', ['b']), p('b', ['c']), p('c', ['d']), p('d'), p('e', ['d'])],
    };
    assert.deepEqual(planLayers(graph, 5, 'popularity').slice(0, 3), [
      ['/nix/store/d'],
      ['/nix/store/c'],
      ['/nix/store/b'],
    ]);
  });

  it('returns no groups for an empty closure', () => {
    assert.deepEqual(planLayers({ roots: [], paths: [] }, 5, 'popularity'), []);
  });

  for (const bad of [1, 0, -3, 2.5, Number.NaN]) {
    it(`refuses maxLayers ${bad}, naming the input`, () => {
      assert.throws(() => planLayers(diamond(), bad, 'popularity'), /max-layers.*at least 2/);
    });
  }

  it('refuses a graph that refers outside itself', () => {
    const graph = diamond();
    graph.paths = graph.paths.filter((p) => p.path !== '/nix/store/d-glibc');
    assert.throws(() => planLayers(graph, 4, 'popularity'), /not in it/);
  });

  for (const seed of [1, 2, 3, 42, 1234]) {
    it(`keeps every rule on a random closure (seed ${seed})`, () => {
      const random = seededRandom(seed);
      const size = 1 + Math.floor(random() * 300);
      const graph = randomClosureGraph(random, size, random() * 0.2);
      for (const maxLayers of [2, 3, 10, 96, Math.min(125, size + 5)]) {
        const groups = planLayers(graph, maxLayers, 'popularity');
        assertValidPlan(graph, groups, maxLayers);
        const shuffled = { ...graph, paths: [...graph.paths].reverse() };
        assert.deepEqual(
          planLayers(shuffled, maxLayers, 'popularity'),
          groups,
          'independent of input order',
        );
      }
    });
  }

  it('ranks a path above everything that depends on it', () => {
    const graph = randomClosureGraph(seededRandom(7), 100, 0.05);
    const order = planLayers(graph, 125, 'popularity').map((g) => g[0] as string);
    const rank = new Map(order.map((p, i) => [p, i]));
    for (const info of graph.paths) {
      for (const ref of info.references) {
        assert.ok(
          (rank.get(ref) as number) < (rank.get(info.path) as number),
          `${ref} before ${info.path}`,
        );
      }
    }
  });
});
