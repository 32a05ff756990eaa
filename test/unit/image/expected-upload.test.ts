import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClosureGraph, StorePathInfo } from '../../../src/image/graph.ts';
import { planImageLayers } from '../../../src/image/layers.ts';
import { seededRandom } from '../../helpers/image.ts';

const p = (name: string, narSize: number, references: string[] = []): StorePathInfo => ({
  path: `/nix/store/${name}`,
  references: references.map((r) => `/nix/store/${r}`),
  narSize,
  narHash: 'sha256:0',
});

/** The graph drawn at the top of layering/expected-upload.ts. */
const drawn = (): StorePathInfo[] => [
  p('a-app', 1_000, ['b-libfoo', 'c-tool', 'e-libbig']),
  p('b-libfoo', 10_000, ['d-glibc']),
  p('c-tool', 5_000, ['d-glibc']),
  p('d-glibc', 30_000_000),
  p('e-libbig', 60_000_000, ['d-glibc']),
];

/** A base, twelve data paths of 1 kB to 4.5 MB under `wide`, and one tiny top package. */
function wideImage(top: string): ClosureGraph {
  const data = Array.from({ length: 12 }, (_, i) =>
    p(`w${String(i).padStart(2, '0')}-data`, Math.round(1_000 * 2 ** (i * 1.1)), ['base']),
  );
  return {
    roots: [`/nix/store/${top}`, '/nix/store/wide'],
    paths: [
      p('base', 1_500_000),
      ...data,
      p('wide', 2_000, ['base', ...data.map((d) => d.path.slice(11))]),
      p(top, 300, ['base']),
    ],
  };
}

/**
 * A package set shaped like nixpkgs: every path uses the first (a libc), and up to three
 * others picked with a bias toward the old, widely used ones; sizes spread over 3 kB to 1 GB.
 */
function packageSet(seed: number, count: number): StorePathInfo[] {
  const random = seededRandom(seed);
  const name = (i: number) => `${String(i).padStart(5, '0')}-p${i}`;
  return Array.from({ length: count }, (_, i) => {
    const refs = new Set<string>(i > 0 ? [name(0)] : []);
    for (let k = 0; k < 3 && i > 1; k++) refs.add(name(Math.floor(random() ** 2 * i)));
    return p(name(i), Math.round(Math.exp(8 + 6 * random())), [...refs].sort());
  });
}

function closureOf(infos: StorePathInfo[], roots: string[]): ClosureGraph {
  const byPath = new Map(infos.map((x) => [x.path, x]));
  const seen = new Set<string>();
  const stack = [...roots];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(byPath.get(next) as StorePathInfo).references);
  }
  return {
    roots: [...roots].sort(),
    paths: [...seen].sort().map((x) => byPath.get(x) as StorePathInfo),
  };
}

const plan = (graph: ClosureGraph, maxLayers: number) =>
  planImageLayers(graph, { maxLayers, strategy: 'expected-upload' }).storeLayers;

/** Share of `b`'s bytes in layers that `a` has too. */
function shared(a: ClosureGraph, b: ClosureGraph, maxLayers: number): number {
  const sizes = new Map(b.paths.map((x) => [x.path, x.narSize]));
  const have = new Set(plan(a, maxLayers).map((l) => l.join('\n')));
  const layers = plan(b, maxLayers);
  const bytes = (l: string[]) => l.reduce((s, x) => s + (sizes.get(x) as number), 0);
  const total = layers.reduce((s, l) => s + bytes(l), 0);
  return layers.filter((l) => have.has(l.join('\n'))).reduce((s, l) => s + bytes(l), 0) / total;
}

describe('expected-upload layering', () => {
  it('keeps the big stable paths apart from the small volatile ones (the drawn graph)', () => {
    assert.deepEqual(plan({ roots: ['/nix/store/a-app'], paths: drawn() }, 4), [
      ['/nix/store/d-glibc'],
      ['/nix/store/e-libbig'],
      ['/nix/store/a-app', '/nix/store/b-libfoo', '/nix/store/c-tool'],
    ]);
  });

  it('a path far bigger than an even split of the budget keeps a layer of its own', () => {
    // python3 uses glibc and nothing else, so by chance of change alone the two would share a
    // layer; at 3 store layers python3 is over 1.5 × (156 MB ÷ 3) and stays alone in every image.
    const base = [
      p('a-glibc', 30_000_000),
      p('b-python3', 110_000_000, ['a-glibc']),
      p('c-gcclib', 8_000_000, ['a-glibc']),
      p('d-openssl', 6_000_000, ['a-glibc']),
    ];
    for (const [top, refs] of [
      ['x-tool', ['b-python3', 'c-gcclib']],
      ['y-web', ['b-python3', 'd-openssl']],
      ['z-both', ['b-python3', 'c-gcclib', 'd-openssl']],
    ] as const) {
      const graph = {
        roots: [`/nix/store/${top}`],
        paths: [...base, p(top, 2_000_000, [...refs])],
      };
      assert.ok(
        plan(graph, 4).some((l) => l.length === 1 && l[0] === '/nix/store/b-python3'),
        top,
      );
      // At 4 store layers, glibc is then over 1.5 × (46 MB left ÷ 3 layers left): alone too.
      const four = plan(graph, 5);
      assert.ok(
        four.some((l) => l.length === 1 && l[0] === '/nix/store/b-python3'),
        top,
      );
      assert.ok(
        four.some((l) => l.length === 1 && l[0] === '/nix/store/a-glibc'),
        top,
      );
      assert.ok(
        plan(graph, 3).some(
          (l) => l.includes('/nix/store/a-glibc') && l.includes('/nix/store/b-python3'),
        ),
        `${top}: at 2 store layers python3 is under the bar and joins glibc`,
      );
    }
  });

  it('with room for every path, gives each its own layer', () => {
    const layers = plan({ roots: ['/nix/store/a-app'], paths: drawn() }, 96);
    assert.equal(layers.length, 5);
    assert.deepEqual(layers[0], ['/nix/store/d-glibc'], 'the most stable path first');
  });

  it('two images one tiny package apart share ≥ 0.9 of the bytes at 4 layers, ≥ 0.95 at 96', () => {
    for (const [maxLayers, least] of [
      [4, 0.9],
      [96, 0.95],
    ] as const) {
      const ratio = shared(wideImage('greet'), wideImage('greet-alt'), maxLayers);
      assert.ok(ratio >= least, `${maxLayers} layers: ${ratio.toFixed(3)} shared`);
    }
  });

  it('adding a package leaves the layers of the rest alone', () => {
    const before = wideImage('greet');
    const after: ClosureGraph = {
      roots: [...before.roots, '/nix/store/extra'],
      paths: [...before.paths, p('extra-lib', 40_000, ['base']), p('extra', 800, ['extra-lib'])],
    };
    for (const maxLayers of [8, 96]) {
      const kept = shared(after, before, maxLayers);
      assert.ok(kept >= 0.9, `${maxLayers} layers: ${kept.toFixed(3)} of the old bytes kept`);
    }
  });

  it('a new version of a top package changes only the layer that holds it', () => {
    const before = { roots: ['/nix/store/a-app'], paths: drawn() };
    const after = {
      roots: ['/nix/store/a2-app'],
      paths: [p('a2-app', 1_000, ['b-libfoo', 'c-tool', 'e-libbig']), ...drawn().slice(1)],
    };
    const old = new Set(plan(before, 4).map((l) => l.join('\n')));
    const changed = plan(after, 4).filter((l) => !old.has(l.join('\n')));
    assert.deepEqual(changed, [['/nix/store/a2-app', '/nix/store/b-libfoo', '/nix/store/c-tool']]);
  });

  it('a new version of a library re-uploads its users, not the big paths beside it', () => {
    // libfoo and app, which uses it, get new names; glibc and libbig do not reach libfoo.
    const before = { roots: ['/nix/store/a-app'], paths: drawn() };
    const after = {
      roots: ['/nix/store/a2-app'],
      paths: [
        p('a2-app', 1_000, ['b2-libfoo', 'c-tool', 'e-libbig']),
        p('b2-libfoo', 10_000, ['d-glibc']),
        ...drawn().slice(2),
      ],
    };
    for (const maxLayers of [3, 4]) {
      const old = new Set(plan(before, maxLayers).map((l) => l.join('\n')));
      const changed = plan(after, maxLayers).filter((l) => !old.has(l.join('\n')));
      assert.equal(changed.length, 1, `${maxLayers} layers: ${JSON.stringify(changed)}`);
      assert.ok(
        !changed[0]?.includes('/nix/store/e-libbig'),
        `${maxLayers} layers: libbig re-uploaded`,
      );
    }
  });

  describe('on package sets with more paths than layers', () => {
    const infos = packageSet(7, 600);
    const tops = infos.slice(400).map((x) => x.path);
    const roots = tops.filter((_, i) => i % 25 === 0);
    const image = closureOf(infos, roots);
    const withTiny = (name: string): ClosureGraph => ({
      roots: [...image.roots, `/nix/store/${name}`].sort(),
      paths: [...image.paths, p(name, 2_000, [infos[0]?.path.slice(11) as string])],
    });

    it('is the same plan whatever order the graph lists its paths in, every time', () => {
      for (const maxLayers of [4, 24, 96]) {
        const first = plan(image, maxLayers);
        assert.ok(first.length <= maxLayers - 1, `${first.length} store layers`);
        assert.deepEqual(plan({ ...image, paths: [...image.paths].reverse() }, maxLayers), first);
        assert.deepEqual(plan(image, maxLayers), first);
      }
    });

    it('uses the whole budget when there are more paths than layers', () => {
      assert.ok(image.paths.length > 100, `${image.paths.length} paths`);
      for (const maxLayers of [4, 24, 96])
        assert.equal(plan(image, maxLayers).length, maxLayers - 1);
    });

    it('adding a package keeps ≥ 0.9 of the old bytes in unchanged layers at 96', () => {
      const after = closureOf(infos, [...roots, tops[7] as string]);
      assert.ok(after.paths.length > image.paths.length, 'the package brings new paths');
      const kept = shared(after, image, 96);
      assert.ok(kept >= 0.9, `${kept.toFixed(3)} kept`);
    });

    it('two images one tiny package apart differ in one layer at 96 and share ≥ 0.85 at 24', () => {
      const a = withTiny('zz-greet');
      const b = withTiny('zz-greet-alt');
      const old = new Set(plan(a, 96).map((l) => l.join('\n')));
      assert.equal(plan(b, 96).filter((l) => !old.has(l.join('\n'))).length, 1);
      const ratio = shared(a, b, 24);
      assert.ok(ratio >= 0.85, `${ratio.toFixed(3)} shared`);
    });

    it('plans 6000 paths in a few CPU seconds (only likely pairs are costed)', () => {
      const big = packageSet(3, 6000);
      const graph = closureOf(
        big,
        big.slice(3000).map((x) => x.path),
      );
      const started = process.cpuUsage();
      const layers = plan(graph, 96);
      const used = process.cpuUsage(started);
      const seconds = (used.user + used.system) / 1e6;
      assert.equal(layers.length, 95);
      // Costing every pair, as the planner once did, took 75 CPU s on this graph; now about 1.
      assert.ok(seconds < 15, `${seconds.toFixed(1)} CPU s`);
    });
  });

  describe("with the previous image's layers as a prior", () => {
    const infos = packageSet(11, 600);
    const tops = infos.slice(400).map((x) => x.path);
    const image = closureOf(
      infos,
      tops.filter((_, i) => i % 25 === 0),
    );
    const planWith = (graph: ClosureGraph, maxLayers: number, previous?: string[][]) =>
      planImageLayers(graph, { maxLayers, strategy: 'expected-upload', previous }).storeLayers;
    /** A new version of `target`: it and every path that reaches it get new names. */
    const bumped = (graph: ClosureGraph, target: string): ClosureGraph => {
      const changed = new Set([target]);
      for (let grew = true; grew;) {
        grew = false;
        for (const x of graph.paths)
          if (!changed.has(x.path) && x.references.some((r) => changed.has(r))) {
            changed.add(x.path);
            grew = true;
          }
      }
      const rename = (x: string) =>
        changed.has(x) ? x.replace('/nix/store/', '/nix/store/v2') : x;
      return {
        roots: graph.roots.map(rename),
        paths: graph.paths.map((x) => ({
          ...x,
          path: rename(x.path),
          references: x.references.map(rename),
        })),
      };
    };
    const valid = (graph: ClosureGraph, layers: string[][], maxLayers: number) => {
      const all = layers.flat();
      assert.deepEqual([...all].sort(), graph.paths.map((x) => x.path).sort(), 'every path once');
      assert.ok(layers.length + 1 <= maxLayers, `${layers.length} + 1 layers`);
      for (const l of layers) assert.ok(l.length > 0, 'no empty layer');
    };

    it('without a prior, or with an empty one, plans exactly as before', () => {
      for (const maxLayers of [4, 8, 24, 96]) {
        assert.deepEqual(planWith(image, maxLayers, []), plan(image, maxLayers));
        assert.deepEqual(planWith(image, maxLayers, undefined), plan(image, maxLayers));
      }
    });

    it('an unchanged image keeps every previous layer, even one this plan would not make', () => {
      for (const maxLayers of [4, 8, 24, 96]) {
        const layers = plan(image, maxLayers);
        assert.deepEqual(planWith(image, maxLayers, layers), layers);
        // Two previous layers swapped one path each: still kept as they were.
        const [a, b] = [layers[0] as string[], layers[layers.length - 1] as string[]];
        const odd = [
          [...a.slice(1), b[0] as string].sort(),
          [...b.slice(1), a[0] as string].sort(),
          ...layers.slice(1, -1),
        ];
        const again = planWith(image, maxLayers, odd).map((l) => l.join('\n'));
        for (const l of odd) assert.ok(again.includes(l.join('\n')), `${maxLayers}: kept`);
      }
    });

    it('after a bump, keeps every layer whose paths did not change, within the budget', () => {
      const base = image.paths.find((x) => x.path.endsWith('-p3'))?.path as string;
      const after = bumped(image, base);
      for (const maxLayers of [4, 8, 24, 96]) {
        const before = plan(image, maxLayers);
        const now = new Set(after.paths.map((x) => x.path));
        const intact = before.filter((l) => l.every((x) => now.has(x)));
        assert.ok(intact.length < before.length, 'the bump breaks some layers');
        const layers = planWith(after, maxLayers, before);
        valid(after, layers, maxLayers);
        const keys = new Set(layers.map((l) => l.join('\n')));
        for (const l of intact) assert.ok(keys.has(l.join('\n')), `${maxLayers}: intact kept`);
        // Planned alone, the new image keeps fewer of the old layers' bytes.
        const sizes = new Map(image.paths.map((x) => [x.path, x.narSize]));
        const keptBytes = (ls: string[][]) => {
          const old = new Set(before.map((l) => l.join('\n')));
          return ls
            .filter((l) => old.has(l.join('\n')))
            .reduce((s, l) => s + l.reduce((t, x) => t + (sizes.get(x) as number), 0), 0);
        };
        assert.ok(keptBytes(layers) >= keptBytes(plan(after, maxLayers)), `${maxLayers}`);
      }
    });

    it('more previous layers than the budget: the largest kept, the budget respected', () => {
      const fine = plan(image, 96);
      for (const maxLayers of [4, 8, 24]) {
        const layers = planWith(image, maxLayers, fine);
        valid(image, layers, maxLayers);
        const keys = new Set(layers.map((l) => l.join('\n')));
        assert.ok(fine.filter((l) => keys.has(l.join('\n'))).length >= maxLayers - 2);
      }
    });

    it('one package added to a full plan: only the smallest previous layer is regrouped', () => {
      // p411 brings three new paths; the image alone would regroup some of the old ones.
      const added = closureOf(infos, [...image.roots, '/nix/store/00411-p411']);
      assert.equal(added.paths.length, image.paths.length + 3);
      for (const maxLayers of [4, 8, 24, 96]) {
        const before = plan(image, maxLayers);
        assert.equal(before.length, maxLayers - 1, 'the plan fills the budget');
        const layers = planWith(added, maxLayers, before);
        valid(added, layers, maxLayers);
        const keys = new Set(layers.map((l) => l.join('\n')));
        const lost = before.filter((l) => !keys.has(l.join('\n')));
        assert.equal(lost.length, 1, `${maxLayers}: one layer regrouped`);
        const bytes = (l: string[]) =>
          l.reduce((s, x) => s + (image.paths.find((y) => y.path === x)?.narSize as number), 0);
        assert.equal(bytes(lost[0] as string[]), Math.min(...before.map(bytes)), `${maxLayers}`);
      }
    });

    it('a false prior changes only the grouping: unknown paths, overlaps, duplicates', () => {
      const layers = plan(image, 8);
      const lies = [
        ['/nix/store/00000-nowhere'],
        [...(layers[0] as string[]), '/nix/store/00000-nowhere'],
        [layers[1]?.[0] as string, layers[1]?.[0] as string],
        ...layers.slice(1),
        [],
      ];
      for (const maxLayers of [2, 4, 8, 96])
        valid(image, planWith(image, maxLayers, lies), maxLayers);
    });
  });
});
