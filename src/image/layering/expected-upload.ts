/**
 * Grouping that minimises the bytes the next push is expected to upload.
 *
 * The model. A store path's name hashes everything in its closure, so a path gets a new
 * name when it or anything it reaches changes. Before the next push, say each store path
 * changes with the same small chance q (CHANGE_CHANCE), independently. A layer is uploaded
 * again when any path of its "changed-by" set U changes (the closures of its paths, the
 * paths themselves included), so the bytes the next push is expected to upload are
 *
 *     Σ over layers L of  size(L) × (1 − (1 − q)^|U(L)|)
 *
 * where a top-level path (a requested package) counts ROOT_WEIGHT times in |U|.
 *
 *          app  (1 kB)        U(app) = all 5 paths, app top-level: chance ≈ 9q
 *         /   \
 *     libfoo  libbig          U(libbig) = {libbig, glibc}           chance ≈ 2q
 *     (10 kB) (60 MB)
 *         \   /
 *         glibc  (30 MB)      U(glibc) = {glibc}                    chance = q
 *
 * Alone, every path is its own layer and pays only for its own closure. Merging layers A
 * and B makes each pay for the other's closure too:
 *
 *     cost(A + B) = (size(A) + size(B)) × P(U(A) ∪ U(B)) − size(A) × P(U(A)) − size(B) × P(U(B))
 *
 * so small volatile paths (app, libfoo) merge with each other almost for free, while a big
 * stable base (glibc) merged with anything volatile would be re-uploaded with it. Because a
 * layer's chance saturates, a layer that changes nearly every time takes more small paths
 * cheaply, and big stable paths keep layers of their own: they are also what sibling images
 * share. Over the budget, the cheapest merge is made until the plan fits (ties by path
 * name, so the result does not depend on how Nix listed the graph). With 3 store layers the
 * plan above is [glibc] [libbig] [app, libfoo] (with a tool beside libfoo, it joins them).
 *
 * Stability: a merge's cost depends only on the two groups (and which paths are top-level),
 * not on the rest of the image. Adding a package leaves the costs between the old paths as
 * they were, so the old merges are
 * made in the same order and the new paths mostly join the volatile layers; two images that
 * differ in one small package share all layers but the one that holds it.
 */
import { type ClosureIndex } from './closure-index.ts';

/** q: the chance that one store path changes before the next push (set by measurement). */
const CHANGE_CHANCE = 0.05;
/**
 * A top-level path (one nothing in the image refers to: a requested package) counts as this
 * many paths: packages are added, removed and updated far more often than what they use.
 * Set by measurement (BENCHMARKS.md), as CHANGE_CHANCE is.
 */
const ROOT_WEIGHT = 5;

interface Group {
  members: number[];
  size: number;
  /** Changed-by set: the closures of the members, the members included. */
  changedBy: Uint32Array;
  /** The weight of changedBy (see weighOf). */
  count: number;
  /** Smallest member index: the group's name for ties (indices are in path-name order). */
  key: number;
  alive: boolean;
}

export function expectedUploadGroups(index: ClosureIndex, budget: number): number[][] {
  const n = index.paths.length;
  const roots = new Uint32Array(Math.ceil(n / 32));
  for (const r of index.roots) roots[r >>> 5] = (roots[r >>> 5] as number) | (1 << (r & 31));
  const extra = ROOT_WEIGHT - 1;
  // The weight of a changed-by set (or of the union of two): paths, top-level ones counted more.
  const weighOf = (bits: Uint32Array, other?: Uint32Array): number => {
    let count = 0;
    for (let w = 0; w < bits.length; w++) {
      const x = (bits[w] as number) | (other ? (other[w] as number) : 0);
      count += bitCount(x) + extra * bitCount(x & (roots[w] as number));
    }
    return count;
  };
  // changeChance[k]: the chance that a layer whose changed-by set weighs k changes.
  const chances = Float64Array.from(
    { length: n + extra * index.roots.length + 1 },
    (_, k) => 1 - (1 - CHANGE_CHANCE) ** k,
  );
  const changeChance = (k: number) => chances[k] as number;
  const groups: Group[] = index.paths.map((_, i) => {
    const changedBy = Uint32Array.from(index.reach[i] as Uint32Array);
    changedBy[i >>> 5] = (changedBy[i >>> 5] as number) | (1 << (i & 31));
    return {
      members: [i],
      size: index.sizes[i] as number,
      changedBy,
      count: weighOf(changedBy),
      key: i,
      alive: true,
    };
  });
  const cost = (a: Group, b: Group): number =>
    (a.size + b.size) * changeChance(weighOf(a.changedBy, b.changedBy)) -
    a.size * changeChance(a.count) -
    b.size * changeChance(b.count);
  mergeCheapest(groups, budget, cost, weighOf);
  return groups
    .filter((g) => g.alive)
    .sort((x, y) => x.count - y.count || x.key - y.key)
    .map((g) => g.members.sort((x, y) => x - y));
}

/**
 * Greedy agglomeration: while more groups are alive than the budget, merge the pair of least
 * cost. Each group remembers its cheapest partner, so a merge only re-examines the groups
 * whose partner took part in it.
 */
function mergeCheapest(
  groups: Group[],
  budget: number,
  cost: (a: Group, b: Group) => number,
  weighOf: (bits: Uint32Array) => number,
): void {
  const n = groups.length;
  let ids = groups.map((_, i) => i);
  if (ids.length <= budget) return;
  const best = new Int32Array(n).fill(-1);
  const bestCost = new Float64Array(n).fill(Infinity);
  const g = (i: number) => groups[i] as Group;
  // Ties go to the pair with the smallest names, so plans never depend on input order.
  const before = (c1: number, a1: number, b1: number, c2: number, a2: number, b2: number) => {
    if (c1 !== c2) return c1 < c2;
    const [x1, y1] = pairKey(g(a1), g(b1));
    const [x2, y2] = pairKey(g(a2), g(b2));
    return x1 !== x2 ? x1 < x2 : y1 < y2;
  };
  const offer = (a: number, b: number): void => {
    const c = cost(g(a), g(b));
    const current = best[a] as number;
    if (current === -1 || before(c, a, b, bestCost[a] as number, a, current)) {
      best[a] = b;
      bestCost[a] = c;
    }
  };
  const findBest = (a: number): void => {
    best[a] = -1;
    bestCost[a] = Infinity;
    for (const b of ids) if (b !== a) offer(a, b);
  };
  for (const a of ids) findBest(a);
  while (ids.length > budget) {
    let a = ids[0] as number;
    for (const i of ids) {
      const [ci, bi, ca, ba] = [bestCost[i], best[i], bestCost[a], best[a]] as number[];
      if (before(ci as number, i, bi as number, ca as number, a, ba as number)) a = i;
    }
    const b = best[a] as number;
    merge(g(a), g(b));
    g(a).count = weighOf(g(a).changedBy);
    ids = ids.filter((i) => i !== b);
    findBest(a);
    for (const k of ids) {
      if (k === a) continue;
      if (best[k] === a || best[k] === b) findBest(k);
      else offer(k, a);
    }
  }
}

function merge(into: Group, from: Group): void {
  into.members.push(...from.members);
  into.size += from.size;
  for (let w = 0; w < into.changedBy.length; w++) {
    into.changedBy[w] = (into.changedBy[w] as number) | (from.changedBy[w] as number);
  }
  into.key = Math.min(into.key, from.key);
  from.alive = false;
}

function pairKey(a: Group, b: Group): [number, number] {
  return a.key < b.key ? [a.key, b.key] : [b.key, a.key];
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
