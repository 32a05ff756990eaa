/**
 * Layering strategies over image families: bytes pushed for a family of images, bytes
 * pushed again after one package is bumped, and the largest layer's share of an image.
 * A layer is identified by its set of store paths (tar and compression are deterministic,
 * so equal sets are equal blobs, which a registry stores once); sizes are NAR sizes.
 */
import type { ClosureGraph, StorePathInfo } from '../../src/image/graph.ts';
import { LAYERING_STRATEGIES, planImageLayers } from '../../src/image/layers.ts';
import { buildPackages } from '../../src/nix/build.ts';
import { parsePkgSource } from '../../src/nix/source.ts';
import { seededRandom } from '../../test/helpers/image.ts';
import { testPkgSource } from '../../test/helpers/pkgs.ts';

export const name = 'layering';
export const title = 'Layer grouping on image families';

interface Universe {
  infos: Map<string, StorePathInfo>;
  /** Packages a user may ask for (the "top level"). */
  packages: string[];
}

/**
 * A package set modelled on nixpkgs: a few huge paths everything uses (glibc, gcc-lib,
 * openssl, …), libraries whose use follows a power law (each new path picks references in
 * proportion to how often they are already used), and log-normal sizes (median ~300 kB).
 */
function universe(seed: number, count = 4000): Universe {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const names: string[] = [];
  const refs: string[][] = [];
  const sizes: number[] = [];
  const weight: number[] = [];
  const base = ['glibc', 'gcc-lib', 'openssl', 'zlib', 'bash', 'coreutils', 'ncurses', 'python3'];
  const baseSizes = [30e6, 8e6, 6e6, 0.2e6, 1.5e6, 16e6, 3e6, 110e6];
  for (let i = 0; i < count; i++) {
    const label = i < base.length ? base[i] : `p${i}`;
    names.push(`/nix/store/${i.toString(36).padStart(6, '0')}-${label}`);
    sizes.push(
      i < base.length ? (baseSizes[i] as number) : Math.round(Math.exp(12.6 + 1.6 * gauss())),
    );
    const own = new Set<string>();
    if (i > 0) own.add(names[0] as string);
    const fanout = i < base.length ? Math.min(i, 2) : Math.floor(Math.exp(1.2 * random() * 2));
    const total = weight.reduce((a, b) => a + b, 0);
    for (let k = 0; k < fanout && i > 1; k++) {
      let pick = random() * total;
      let j = 0;
      while (j < i - 1 && (pick -= weight[j] as number) > 0) j++;
      own.add(names[j] as string);
    }
    own.delete(names[i] as string);
    refs.push([...own]);
    weight.push(1);
    for (const r of own) weight[names.indexOf(r)] = (weight[names.indexOf(r)] as number) + 1;
  }
  const infos = new Map<string, StorePathInfo>();
  names.forEach((n, i) =>
    infos.set(n, {
      path: n,
      references: (refs[i] as string[]).sort(),
      narSize: sizes[i] as number,
      narHash: `sha256:${i}`,
    }),
  );
  return { infos, packages: names.slice(Math.floor(count / 2)) };
}

function closureOf(infos: Map<string, StorePathInfo>, roots: string[]): ClosureGraph {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const p = stack.pop() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(infos.get(p) as StorePathInfo).references);
  }
  return { roots, paths: [...seen].sort().map((p) => infos.get(p) as StorePathInfo) };
}

/** A new version of `target`: it and everything that reaches it get new store paths. */
function bump(u: Universe, target: string): Map<string, StorePathInfo> {
  const changed = new Set([target]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of u.infos.values()) {
      if (!changed.has(info.path) && info.references.some((r) => changed.has(r))) {
        changed.add(info.path);
        grew = true;
      }
    }
  }
  const rename = (p: string) =>
    changed.has(p) ? p.replace('/nix/store/', '/nix/store/bumped-') : p;
  const out = new Map<string, StorePathInfo>();
  for (const info of u.infos.values()) {
    out.set(rename(info.path), {
      ...info,
      path: rename(info.path),
      references: info.references.map(rename).sort(),
    });
  }
  return out;
}

interface FamilyResult {
  pushed: number;
  repushed: number;
  largestShare: number;
  layers: number;
}

function family(
  images: ClosureGraph[],
  bumped: ClosureGraph[],
  strategy: (typeof LAYERING_STRATEGIES)[number],
  maxLayers: number,
): FamilyResult {
  const key = (layer: string[]) => layer.join('\n');
  const sizeOf = (graph: ClosureGraph) => new Map(graph.paths.map((p) => [p.path, p.narSize]));
  const pushedLayers = new Map<string, number>();
  let largestShare = 0;
  let layers = 0;
  for (const graph of images) {
    const sizes = sizeOf(graph);
    const plan = planImageLayers(graph, { maxLayers, strategy });
    const total = graph.paths.reduce((s, p) => s + p.narSize, 0);
    for (const layer of plan.storeLayers) {
      const size = layer.reduce((s, p) => s + (sizes.get(p) as number), 0);
      pushedLayers.set(key(layer), size);
      largestShare = Math.max(largestShare, size / total);
    }
    layers += plan.storeLayers.length;
  }
  let repushed = 0;
  const after = new Set<string>();
  for (const graph of bumped) {
    const sizes = sizeOf(graph);
    for (const layer of planImageLayers(graph, { maxLayers, strategy }).storeLayers) {
      const k = key(layer);
      if (pushedLayers.has(k) || after.has(k)) continue;
      after.add(k);
      repushed += layer.reduce((s, p) => s + (sizes.get(p) as number), 0);
    }
  }
  const pushed = [...pushedLayers.values()].reduce((a, b) => a + b, 0);
  return { pushed, repushed, largestShare, layers: layers / images.length };
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Image lists over the real test package set (test/pkgs), built by real Nix; `many-deps`
 * pulls in the set's blob paths of assorted sizes. The bump renames `dep-01` and what
 * depends on it, as a new version of that library would.
 */
const REAL_LISTS = [
  ['shell', 'coreutils'],
  ['shell', 'coreutils', 'hello'],
  ['shell', 'coreutils', 'many-deps'],
  ['shell', 'coreutils', 'moreutils', 'nano'],
  ['shell', 'coreutils', 'many-deps', 'haskellPackages.stylish-haskell'],
  ['shell', 'coreutils', 'bashInteractive', 'awkward'],
  ['shell', 'hello', 'many-deps', 'moreutils'],
];

async function realFamily(): Promise<string[]> {
  const infos = new Map<string, StorePathInfo>();
  const roots: string[][] = [];
  for (const packages of REAL_LISTS) {
    const built = await buildPackages({
      packages,
      contents: [],
      pkgSource: parsePkgSource(testPkgSource),
    });
    for (const p of built.closure.paths) infos.set(p.path, p);
    roots.push(built.closure.roots);
  }
  const target = [...infos.keys()].find((p) => p.endsWith('-dep-01'));
  if (target === undefined) throw new Error('the test package set has no dep-01 path');
  const u: Universe = { infos, packages: [] };
  const bumpedInfos = bump(u, target);
  const rename = (p: string) =>
    bumpedInfos.has(p) ? p : p.replace('/nix/store/', '/nix/store/bumped-');
  const images = roots.map((r) => closureOf(infos, r));
  const bumped = roots.map((r) => closureOf(bumpedInfos, r.map(rename)));
  const rows: string[] = [];
  for (const maxLayers of [8, 4]) {
    for (const strategy of LAYERING_STRATEGIES) {
      const r = family(images, bumped, strategy, maxLayers);
      rows.push(
        `| ${maxLayers} | ${strategy} | ${mb(r.pushed)} | ${mb(r.repushed)} | ${(100 * r.largestShare).toFixed(0)} % | ${r.layers.toFixed(1)} |`,
      );
    }
  }
  return [
    `A real family: ${REAL_LISTS.length} images from the test package set (test/pkgs) built by Nix:`,
    `${infos.size} distinct store paths in all; lists: ${REAL_LISTS.map((l) => l.join(' ')).join('; ')}.`,
    'The bump is a new `dep-01` (shared by half of the blobs). Small max-layers values, because the closures are small.',
    '',
    '| max-layers | strategy | pushed (family) | re-pushed after bump | largest layer share | store layers per image |',
    '|---|---|---|---|---|---|',
    ...rows,
  ];
}

export async function run(): Promise<string> {
  const rows: string[] = [];
  const totals = new Map<string, { pushed: number; repushed: number }>();
  for (const seed of [1, 2, 3]) {
    const u = universe(seed);
    const random = seededRandom(seed * 7919);
    // Ten images from overlapping lists: a shared core of three packages plus 3–12 more.
    const core = Array.from(
      { length: 3 },
      () => u.packages[Math.floor(random() * u.packages.length)] as string,
    );
    const lists = Array.from({ length: 10 }, () => [
      ...core,
      ...Array.from(
        { length: 3 + Math.floor(random() * 10) },
        () => u.packages[Math.floor(random() * u.packages.length)] as string,
      ),
    ]);
    // Bump a library used by some but not all images: a mid-popularity path of the core.
    const coreClosure = closureOf(u.infos, core).paths.filter(
      (p) => p.references.length > 0 && !p.path.endsWith('glibc'),
    );
    const target = coreClosure[Math.floor(coreClosure.length / 2)]?.path as string;
    const bumpedInfos = bump(u, target);
    const rename = (p: string) =>
      bumpedInfos.has(p) ? p : p.replace('/nix/store/', '/nix/store/bumped-');
    const images = lists.map((l) => closureOf(u.infos, [...new Set(l)]));
    const bumped = lists.map((l) => closureOf(bumpedInfos, [...new Set(l.map(rename))]));
    for (const maxLayers of [96, 24]) {
      for (const strategy of LAYERING_STRATEGIES) {
        const r = family(images, bumped, strategy, maxLayers);
        const t = totals.get(`${strategy}@${maxLayers}`) ?? { pushed: 0, repushed: 0 };
        t.pushed += r.pushed;
        t.repushed += r.repushed;
        totals.set(`${strategy}@${maxLayers}`, t);
        rows.push(
          `| ${seed} | ${maxLayers} | ${strategy} | ${mb(r.pushed)} | ${mb(r.repushed)} | ${(100 * r.largestShare).toFixed(0)} % | ${r.layers.toFixed(1)} |`,
        );
      }
    }
  }
  const summary = [...totals.entries()].map(
    ([k, t]) => `| ${k.replace('@', ' | ')} | ${mb(t.pushed)} | ${mb(t.repushed)} |`,
  );
  return [
    'Synthetic package sets modelled on nixpkgs (4000 paths; eight huge shared bases such as',
    'glibc and python3; power-law reference counts; log-normal sizes, median ≈ 300 kB), three',
    'seeds. Each family is ten images from overlapping package lists (a shared core of three',
    'packages plus 3–12 others); then one library in the core is bumped, which changes it and',
    'every path depending on it. A registry stores a layer once, so "pushed" counts each',
    'distinct layer once; "re-pushed" counts layers of the bumped family that were not there',
    'before. Largest layer share is the worst image of the family.',
    '',
    '| seed | max-layers | strategy | pushed (family) | re-pushed after bump | largest layer share | store layers per image |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Totals over the three seeds:',
    '',
    '| strategy | max-layers | pushed | re-pushed |',
    '|---|---|---|---|',
    ...summary,
    '',
    ...(await realFamily()),
  ].join('\n');
}
