/**
 * Nixery's grouping: a dominator tree with a popularity × size merge rating.
 *
 *        (root)             Paths used by at least two others ("popular") also hang off
 *        /    \             the root, so each becomes a top-level subtree of its own.
 *      app    glibc*        Dominator tree: glibc is reached from app by two routes, so
 *     /   \                 only the root dominates it; libfoo and tool are reached only
 *  libfoo  tool             through app, so app dominates them.
 *
 * Each child of the root and everything it dominates form one layer: [glibc] [app, libfoo,
 * tool]. A layer's merge rating is its root's popularity × the layer's size; when there are
 * more layers than the budget, the lowest rated ones are merged into one.
 */
import { byteOrder } from '../names.ts';
import { groupSize, type ClosureIndex } from './closure-index.ts';

/** Nixery's own threshold for an extra root edge; here popularity counts closure paths. */
const POPULAR = 2;

export function dominatorGroups(index: ClosureIndex, budget: number): number[][] {
  const n = index.paths.length;
  const ROOT = n;
  const idom = new Int32Array(n + 1).fill(-1);
  const depth = new Int32Array(n + 1);
  idom[ROOT] = ROOT;
  const referrers: number[][] = index.paths.map(() => []);
  index.refs.forEach((refs, from) => refs.forEach((to) => referrers[to]?.push(from)));
  const fromRoot = new Uint8Array(n);
  for (const r of index.roots) fromRoot[r] = 1;
  index.dependents.forEach((d, i) => d >= POPULAR && (fromRoot[i] = 1));

  const lca = (a: number, b: number): number => {
    while (a !== b) {
      while ((depth[a] as number) > (depth[b] as number)) a = idom[a] as number;
      while ((depth[b] as number) > (depth[a] as number)) b = idom[b] as number;
      if (a !== b) {
        a = idom[a] as number;
        b = idom[b] as number;
      }
    }
    return a;
  };
  // Referrers come before what they refer to in reversed topological order, so every
  // predecessor's dominator is known when a path is reached.
  for (let k = index.topo.length - 1; k >= 0; k--) {
    const v = index.topo[k] as number;
    let d = fromRoot[v] ? ROOT : -1;
    for (const p of referrers[v] as number[]) d = d === -1 ? p : lca(d, p);
    idom[v] = d === -1 ? ROOT : d;
    depth[v] = (depth[idom[v] as number] as number) + 1;
  }

  const layers = new Map<number, number[]>();
  const top = (v: number): number => {
    while (idom[v] !== ROOT) v = idom[v] as number;
    return v;
  };
  for (let v = 0; v < n; v++) {
    const t = top(v);
    const group = layers.get(t) ?? [];
    group.push(v);
    layers.set(t, group);
  }
  const rated = [...layers.entries()]
    .map(([head, group]) => ({
      group,
      name: index.paths[head] as string,
      rating: ((index.dependents[head] as number) + 1) * groupSize(index, group),
    }))
    .sort((a, b) => b.rating - a.rating || byteOrder(a.name, b.name));
  if (rated.length <= budget) return rated.map((r) => r.group);
  return [
    ...rated.slice(0, budget - 1).map((r) => r.group),
    rated.slice(budget - 1).flatMap((r) => r.group),
  ];
}
