/**
 * Image families for the layering benchmark: a synthetic package set modelled on nixpkgs,
 * closures, the changes a family goes through (a new version of a path, a package added or
 * removed), and what a registry receives. A layer is identified by its set of store paths
 * (tar and compression are deterministic, so equal sets are equal blobs, which a registry
 * stores once); sizes are NAR sizes.
 */
import type { ClosureGraph, StorePathInfo } from '../../src/image/graph.ts';
import { planImageLayers, type LayeringStrategy } from '../../src/image/layers.ts';
import { seededRandom } from '../../test/helpers/image.ts';

export type Infos = Map<string, StorePathInfo>;

export interface Universe {
  infos: Infos;
  /** Packages a user may ask for (the "top level"). */
  packages: string[];
}

/**
 * A package set modelled on nixpkgs: a few huge paths everything uses (glibc, gcc-lib,
 * openssl, …), libraries whose use follows a power law (each new path picks references in
 * proportion to how often they are already used), and log-normal sizes (median ~300 kB).
 */
export function universe(seed: number, count = 4000): Universe {
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
  const infos: Infos = new Map();
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

export function closureOf(infos: Infos, roots: string[]): ClosureGraph {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const p = stack.pop() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(infos.get(p) as StorePathInfo).references);
  }
  return { roots: [...roots], paths: [...seen].sort().map((p) => infos.get(p) as StorePathInfo) };
}

/**
 * A new version of `target`: it and everything that reaches it get new store paths. Returns
 * the new set and how to rename a path of the old one.
 */
export function bump(
  infos: Infos,
  target: string,
): { infos: Infos; rename: (p: string) => string } {
  const changed = new Set([target]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of infos.values()) {
      if (!changed.has(info.path) && info.references.some((r) => changed.has(r))) {
        changed.add(info.path);
        grew = true;
      }
    }
  }
  const rename = (p: string) =>
    changed.has(p) ? p.replace('/nix/store/', '/nix/store/bumped-') : p;
  const out: Infos = new Map();
  for (const info of infos.values()) {
    out.set(rename(info.path), {
      ...info,
      path: rename(info.path),
      references: info.references.map(rename).sort(),
    });
  }
  return { infos: out, rename };
}

/** How many paths of the set reach each path (its dependents). */
export function dependentCounts(infos: Infos, within: ClosureGraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const info of within.paths) {
    for (const p of closureOf(infos, [info.path]).paths) {
      if (p.path !== info.path) counts.set(p.path, (counts.get(p.path) ?? 0) + 1);
    }
  }
  return counts;
}

export interface Layer {
  key: string;
  size: number;
}

const plans = new WeakMap<ClosureGraph, Map<string, Layer[]>>();
const graphIds = new WeakMap<ClosureGraph, number>();
let graphCount = 0;
const graphId = (g: ClosureGraph) => graphIds.get(g) ?? (graphIds.set(g, ++graphCount), graphCount);

/**
 * An image's store layers under a strategy (memoised: families share images). With `prior`,
 * the image replaces that one under the same tag: the planner gets its layers (planned
 * without a prior) as the previous grouping, as the action reads them from the registry.
 */
export function layersOf(
  graph: ClosureGraph,
  strategy: LayeringStrategy,
  maxLayers: number,
  prior?: ClosureGraph,
): Layer[] {
  const byPlan = plans.get(graph) ?? new Map<string, Layer[]>();
  plans.set(graph, byPlan);
  const id = `${strategy}@${maxLayers}${prior ? `<${graphId(prior)}` : ''}`;
  const known = byPlan.get(id);
  if (known) return known;
  const sizes = new Map(graph.paths.map((p) => [p.path, p.narSize]));
  const previous = prior && layersOf(prior, strategy, maxLayers).map((l) => l.key.split('\n'));
  const plan = planImageLayers(graph, { maxLayers, strategy, previous });
  const layers = plan.storeLayers.map((paths) => ({
    key: paths.join('\n'),
    size: paths.reduce((s, p) => s + (sizes.get(p) as number), 0),
  }));
  byPlan.set(id, layers);
  return layers;
}

export interface ChangeResult {
  /** Bytes of the distinct layers of the family before the change. */
  pushed: number;
  /** Bytes of the distinct layers after the change that were not there before. */
  repushed: number;
  /** Worst image: share of its bytes before the change in layers it still has after. */
  kept: number;
}

/**
 * A family before and after a change, image by image (before[i] became after[i]). With
 * `prior`, after[i] is pushed to before[i]'s tag and planned with its layers as the prior.
 */
export function measureChange(
  before: ClosureGraph[],
  after: ClosureGraph[],
  strategy: LayeringStrategy,
  maxLayers: number,
  prior = false,
): ChangeResult {
  const next = (i: number) =>
    layersOf(after[i] as ClosureGraph, strategy, maxLayers, prior ? before[i] : undefined);
  const pushedLayers = new Map<string, number>();
  for (const g of before)
    for (const l of layersOf(g, strategy, maxLayers)) pushedLayers.set(l.key, l.size);
  const again = new Map<string, number>();
  for (let i = 0; i < after.length; i++) {
    for (const l of next(i)) if (!pushedLayers.has(l.key)) again.set(l.key, l.size);
  }
  let kept = 1;
  before.forEach((g, i) => {
    const still = new Set(next(i).map((l) => l.key));
    const layers = layersOf(g, strategy, maxLayers);
    const total = layers.reduce((s, l) => s + l.size, 0);
    const same = layers.filter((l) => still.has(l.key)).reduce((s, l) => s + l.size, 0);
    if (total > 0) kept = Math.min(kept, same / total);
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { pushed: sum(pushedLayers), repushed: sum(again), kept };
}
