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
 * Only likely merges are costed (a path with its references and referrers, and with its
 * nearest neighbours by size and by changed-by weight), so planning grows with the graph's
 * edges, not with the square of its paths.
 *
 * Stability: a merge's cost depends only on the two groups (and which paths are top-level),
 * not on the rest of the image. Adding a package leaves the costs between the old paths as
 * they were, so the old merges are made in about the same order and the new paths mostly
 * join the volatile layers; two images that differ in one small package share all layers but
 * the one that holds it.
 *
 * The prior: the layers of the image the tag names now, when the action could read them.
 * A previous layer whose paths are all still in the closure (none changed, none removed) is
 * kept as it was, so it is the same blob and is not uploaded again; with more of them than
 * the budget leaves, the largest. In the room left, the layers this image would have without
 * a prior that hold none of the kept paths are kept too, largest first (a package new here
 * is then grouped as in the siblings that already have it); the paths left, new or from a
 * broken layer, are planned as above in the layers left. Measured (BENCHMARKS.md): 35.2 %
 * under size-first, 23 of 120 cases worse than the best other, against 24.4 % and 25 without
 * a prior; the gain is in adding and removing a package, where the plan alone regroups the
 * image (adding one keeps 0.93–0.98 of the previous bytes in unchanged layers at 8 layers,
 * against 0–0.56 alone); after a bump it changes little, as most layers then hold a changed
 * path. Not kept: only the previous layers, not this image's own: 34.9 %, 23 cases, but a
 * new package already in sibling images is then re-pushed in a grouping of its own (test
 * set, 8 layers: 82.7 MB against 24.1 without a prior); and the previous and own layers
 * together, largest first: 35.4 %, 23 cases, but an own layer then displaces an unchanged
 * previous one, which is uploaded again in another grouping.
 *
 * What the model does not see: the other images of a family. A registry keeps one copy of
 * a layer, so shared paths grouped the same way in every image are pushed once. Merging
 * single paths by chance of change, a shared library joins whichever partner is cheapest in
 * this image, a different one in each sibling, and after a new version of a base most images
 * use, each sibling re-pushes it in a blob of its own. Two rules outside the model help.
 *
 * Atoms: the merging starts from size-first's groups for ATOMS × the budget, its largest
 * paths alone and every other path with those the same set of them uses. Whether a big path
 * uses p is a question about that path's closure, so in every image that holds the same big
 * paths a shared part is cut at the same places; only the paths none of them uses (the
 * image's own packages and what only they use) form a group of this image's own:
 *
 *     image A:  python3 ─► libx ─► glibc ◄─ liba ◄─ appA   atoms: [python3] [glibc]
 *     image B:  python3 ─► libx ─► glibc ◄─ appB                  [libx]  (both images)
 *                                                           A: [appA, liba]  B: [appB]
 *
 * (say the budget leaves room for two anchors, python3 and glibc, the largest). From single
 * paths, libx would go with liba in A and with appB in B. The merges then join whole atoms,
 * by the model's cost.
 *
 * Anchors: an atom of at least ANCHOR × (closure ÷ budget) bytes is never merged (then the
 * next, against what is left), so the huge bases are the same one-path blob in every image
 * that has them:
 *
 *     python3 (110 MB) ──► glibc (30 MB) ◄── gcc-lib, openssl, the image's own paths
 *
 *     by the model alone, 3 store layers:  [glibc, python3]  [gcc-lib]  [openssl, app]
 *     python3 over 1.5 × 156 MB ÷ 3:       [python3]  [glibc, gcc-lib]  [openssl, app]
 *
 * Where this still loses (BENCHMARKS.md): after a new version of a base at 4 to 48 layers,
 * where size-first's or dominator's fixed cuts keep more of the shared part the same blob in
 * every sibling; and on the small test set at 4 and 8 layers, where dominator keeps a package
 * with the paths only it uses in one layer that every image with the package shares.
 *
 * Measured and not kept, as each raised the benchmark's total or its count of cases worse
 * than another strategy: a chance of change for layers whose paths different requested
 * packages use; a term for a sibling image missing some of those paths; a penalty on merging
 * two groups in proportion to the smaller one, or on merging two paths several requested
 * packages use; nearest-neighbour pairs among private paths only; size-first's anchor groups
 * as fixed layers, with this grouping only the rest; and picking, by this model or by
 * re-planning the image without each package, among this plan and the other strategies'.
 *
 * Also measured and not kept, before the atoms (the benchmark at 20.5 % under size-first, 29
 * of 120 cases worse than the best other). Where this lost most, after a new version of a
 * base, little was lost by mixing paths that change with paths that do not (0–10 MB at 96
 * and 48 layers); the loss was shared paths in a different layer in each sibling image (222
 * MB against dominator's 134 at 48 layers, seed 1), spread over many paths of 1–5 MB. Each
 * of these lost more than it gained (the atoms, tried last, did not):
 * - size-first's anchors and their "used by" groups taking up to half (or 70 %) of the
 *   budget, this grouping splitting what no anchor uses over the rest: 18.7 %, 35 worse
 *   (16.4 %, 32); with those groups never merged, 16.6 % and 9.1 %;
 * - once the budget is met, also making every merge cheaper than the next power of 2 (or
 *   of 4) above the last one's cost, so images of one family stop at the same level:
 *   14.6 %, 40 worse (5.5 %, 46);
 * - merging a group only with the group of its immediate dominator, or with another group
 *   directly under the roots (costed as is, or ×3): 13.7 %, 35 worse (10.2 %, 36);
 * - keeping alone, besides the big paths, the paths of highest (dependents + 1) × size (the
 *   rating dominator keeps alone) for 10 % of the budget: 19.9 %, 30 worse (25 %: 18.1 %);
 * - NEAREST 0, 8 or 128 instead of 32: 16.5 % / 18.5 % / 20.3 %, 30–31 worse;
 * - CHANGE_CHANCE 0.03 or 0.1: 17.9 %, 34 worse / 14.8 %, 24 worse; ROOT_WEIGHT 2, 7,
 *   10, 15 or 25: 18.2 %, 35 / 19.7 %, 31 / 20.0 %, 27 / 19.6 %, 27 / 19.3 %, 28 (10 is
 *   as good on seeds 4–6, 25.0 % against 24.3 %, 11 of 90 cases worse against 12, but too
 *   close to the 20 % target on the measured seeds to change for two cases).
 *
 * And with the atoms (24.4 %, 25 cases worse): atoms from dominator's groups for 3 or 4 × the
 * budget, or one per top-level subtree: 20.3 %, 21 / 22.2 %, 20 / 19.5 %, 31 (on seeds 4–6,
 * 23.3 %, 10 and 26.4 %, 12 of 90, against 27.9 %, 8); atoms where size-first's and
 * dominator's groups agree: 23.2 %, 24; the group no anchor uses split by dominator subtree:
 * 20.8 %, 25; and a cost for merging groups that different requested packages use, λ × q ×
 * each side's bytes × the share of the packages only the other side serves: λ = 1, 19.4 %,
 * 29; λ = 4, 14.1 %, 31.
 */
import { type ClosureIndex } from './closure-index.ts';
import { sizeFirstGroups } from './size-first.ts';

/** q: the chance that one store path changes before the next push (set by measurement). */
const CHANGE_CHANCE = 0.05;
/**
 * A top-level path (one nothing in the image refers to: a requested package) counts as this
 * many paths: packages are added, removed and updated far more often than what they use.
 * Set by measurement (BENCHMARKS.md), as CHANGE_CHANCE is.
 */
const ROOT_WEIGHT = 5;
/**
 * The largest group is never merged if it holds at least ANCHOR × (closure size ÷ budget)
 * bytes; then the next largest, against what is left and the layers left, and so on. Such
 * paths are the big bases (python3, glibc, …) that every image of a family holds: alone, the
 * layer is the same blob in every image, while merged with whatever else this image has it
 * would be a different blob from sibling to sibling, pushed once per combination after a new
 * version. Set by measurement (BENCHMARKS.md, with ATOMS = 3): 1.0, 1.2, 1.5, 1.8, 2.5 and
 * never leave 27, 26, 25, 29, 31 and 34 of the 120 cases worse than the best other strategy,
 * re-pushing 22.7, 22.9, 24.4, 24.2, 23.5 and 22.9 % less than size-first.
 */
const ANCHOR = 1.5;

/**
 * The merging starts from size-first's groups for ATOMS × the budget (see the top of the
 * file), not from single paths, unless the image has fewer paths than that. Set by
 * measurement (BENCHMARKS.md, with ANCHOR = 1.5): 2, 2.5, 3, 3.5 and 4 re-push 22.1, 24.8,
 * 24.4, 24.8 and 21.7 % less than size-first, 24, 22, 25, 24 and 25 of the 120 cases worse
 * than the best other (single paths, as before: 20.5 %, 29 cases, with ANCHOR = 1.8); on
 * seeds 4–6, which the benchmark does not show, 2.5, 3 and 3.5 give 26.9, 27.9 and 28.3 %, 10,
 * 8 and 9 of 90 cases worse (single paths: 24.3 %, 12). 3 is the middle of that flat stretch.
 */
const ATOMS = 3;

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
  /** A group big enough to keep a layer of its own (see ANCHOR). */
  alone?: boolean;
  /** A layer kept as it was: the previous image's, or this image's own (see withOwnLayers). */
  kept?: boolean;
}

/**
 * `previous`: the previous image's layers whose paths are all in this closure (index groups,
 * disjoint). Each is kept as one group, never merged, so it is the same blob as before; the
 * other paths are planned as without a prior, in the layers the kept ones leave.
 */
export function expectedUploadGroups(
  index: ClosureIndex,
  budget: number,
  previous: number[][] = [],
): number[][] {
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
  // Union-find over group indices: a merged group lives on under its smallest member.
  const into = Int32Array.from(groups, (_, i) => i);
  // Makes these paths one group, headed by the smallest index.
  const join = (members: number[]): Group => {
    const head = Math.min(...members);
    const g = groups[head] as Group;
    for (const m of members) {
      if (m === head) continue;
      merge(g, groups[m] as Group);
      into[m] = head;
    }
    g.count = weighOf(g.changedBy);
    return g;
  };
  const inKept = new Uint8Array(n);
  const kept = withOwnLayers(index, keptLayers(index, previous, budget), budget);
  for (const layer of kept) {
    for (const m of layer) inKept[m] = 1;
    const g = join(layer);
    g.alone = g.kept = true;
  }
  if (ATOMS * budget < n) {
    for (const whole of sizeFirstGroups(index, ATOMS * budget)) {
      const atom = whole.filter((m) => inKept[m] === 0);
      if (atom.length > 0) join(atom);
    }
  }
  // Largest first, each group far bigger than an even split of what is left over the layers
  // left keeps a layer of its own; at least one layer stays for everything else.
  const free = groups.filter((x) => x.alive && !x.kept);
  let rest = free.reduce((sum, g) => sum + g.size, 0);
  let left = budget - kept.length;
  for (const g of free.sort((x, y) => y.size - x.size || x.key - y.key)) {
    if (left <= 1 || g.size < (ANCHOR * rest) / left) break;
    g.alone = true;
    rest -= g.size;
    left--;
  }
  const cost = (a: Group, b: Group): number =>
    a.alone || b.alone
      ? Infinity
      : (a.size + b.size) * changeChance(weighOf(a.changedBy, b.changedBy)) -
        a.size * changeChance(a.count) -
        b.size * changeChance(b.count);
  mergeCheapest(index, groups, into, budget, cost, weighOf);
  return groups
    .filter((g) => g.alive)
    .sort((x, y) => x.count - y.count || x.key - y.key)
    .map((g) => g.members.sort((x, y) => x - y));
}

/**
 * The kept previous layers, and then, in the room they leave, the layers this image would
 * have without a prior that hold none of their paths, largest first: a new package's paths
 * are then grouped as in the sibling images that already have it, so those layers are blobs
 * the registry has too.
 */
function withOwnLayers(index: ClosureIndex, kept: number[][], budget: number): number[][] {
  if (kept.length === 0) return kept;
  const taken = new Uint8Array(index.paths.length);
  for (const l of kept) for (const i of l) taken[i] = 1;
  const own = expectedUploadGroups(index, budget).filter((l) => l.every((i) => taken[i] === 0));
  const covered = [...kept, ...own].reduce((sum, l) => sum + l.length, 0);
  // Unless they all fit and leave no path over, one layer stays for the paths left.
  const all = covered === index.paths.length && kept.length + own.length <= budget;
  return [...kept, ...(all ? own : largest(index, own, budget - kept.length - 1))];
}

/**
 * The previous layers to keep, fitted to the budget: all of them if they leave a layer for
 * the paths they do not hold (or hold every path), else the largest that do, the others'
 * paths planned anew (a smaller layer costs less to upload again).
 */
function keptLayers(index: ClosureIndex, previous: number[][], budget: number): number[][] {
  const covered = previous.reduce((sum, l) => sum + l.length, 0);
  if (previous.length <= (covered === index.paths.length ? budget : budget - 1)) return previous;
  return largest(index, previous, budget - 1);
}

/** The `count` largest of these layers by bytes (ties by smallest path), in their order. */
function largest(index: ClosureIndex, layers: number[][], count: number): number[][] {
  if (layers.length <= count) return layers;
  const bytes = (l: number[]) => l.reduce((sum, i) => sum + (index.sizes[i] as number), 0);
  const chosen = new Set(
    layers
      .map((l) => ({ l, size: bytes(l), key: Math.min(...l) }))
      .sort((x, y) => y.size - x.size || x.key - y.key)
      .slice(0, Math.max(count, 0))
      .map((x) => x.l),
  );
  return layers.filter((l) => chosen.has(l));
}

/**
 * Each group starts with candidate partners: the paths it refers to and that refer to it, and
 * its NEAREST neighbours in two orders, by size and by changed-by weight (then size). The
 * cheap merges are found there: a path and what it uses share most of their changed-by sets,
 * and two small paths cost little together whatever they are. That is O(references + n)
 * pairs instead of all n² / 2. Set by measurement: with 32, the plans on BENCHMARKS.md's
 * families are as good as with every pair tried, and 6000 paths take 1 CPU second, not 75.
 */
const NEAREST = 32;

/**
 * Greedy agglomeration: while more groups are alive than the budget, merge the candidate pair
 * of least cost (ties to the pair with the smallest names, so plans never depend on input
 * order). Pairs wait in one heap. A merged group inherits both groups' pairs: a pair whose
 * group has changed since it was costed is costed again when it comes up and goes back, so a
 * merge costs a few heap operations, not a pass over every other group.
 */
function mergeCheapest(
  index: ClosureIndex,
  groups: Group[],
  into: Int32Array,
  budget: number,
  cost: (a: Group, b: Group) => number,
  weighOf: (bits: Uint32Array) => number,
): void {
  let alive = groups.filter((g) => g.alive).length;
  if (alive <= budget) return;
  const find = (x: number): number => {
    while (into[x] !== x) x = into[x] = into[into[x] as number] as number;
    return x;
  };
  const heap = new PairHeap();
  // changedAt[i]: the merge step at which group i last changed; older pairs with it are stale.
  const changedAt = new Int32Array(groups.length);
  const offer = (a: number, b: number, step: number) => {
    const ga = groups[a] as Group;
    const gb = groups[b] as Group;
    heap.push(cost(ga, gb), Math.min(ga.key, gb.key), Math.max(ga.key, gb.key), a, b, step);
  };
  index.refs.forEach((refs, a) => refs.forEach((b) => offer(find(a), find(b), 0)));
  const nearest = (order: (x: Group, y: Group) => number) => {
    const sorted = groups
      .map((_, i) => i)
      .filter((i) => (groups[i] as Group).alive && !(groups[i] as Group).kept)
      .sort((x, y) => order(groups[x] as Group, groups[y] as Group));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j <= i + NEAREST && j < sorted.length; j++)
        offer(sorted[i] as number, sorted[j] as number, 0);
  };
  nearest((x, y) => x.size - y.size || x.key - y.key);
  nearest((x, y) => x.count - y.count || x.size - y.size || x.key - y.key);
  let step = 0;
  while (alive > budget) {
    const top = heap.pop();
    const a = find(top.a);
    const b = find(top.b);
    if (a === b) continue;
    if (
      a !== top.a ||
      b !== top.b ||
      (changedAt[a] as number) > top.at ||
      (changedAt[b] as number) > top.at
    ) {
      offer(a, b, step);
      continue;
    }
    const ga = groups[a] as Group;
    merge(ga, groups[b] as Group);
    into[b] = a;
    ga.count = weighOf(ga.changedBy);
    alive--;
    changedAt[a] = ++step;
  }
}

/** A binary min-heap of candidate pairs in typed arrays (millions of pairs for big closures). */
class PairHeap {
  private cost = new Float64Array(1024);
  private ints = new Int32Array(1024 * 5);
  private length = 0;

  push(cost: number, lo: number, hi: number, a: number, b: number, at: number): void {
    if (this.length === this.cost.length) {
      const grownCost = new Float64Array(this.cost.length * 2);
      grownCost.set(this.cost);
      this.cost = grownCost;
      const grownInts = new Int32Array(this.ints.length * 2);
      grownInts.set(this.ints);
      this.ints = grownInts;
    }
    let i = this.length++;
    this.write(i, cost, lo, hi, a, b, at);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { a: number; b: number; at: number } {
    if (this.length === 0) throw new Error('unreachable: no pair left to merge');
    const top = {
      a: this.ints[3] as number,
      b: this.ints[4] as number,
      at: this.ints[2] as number,
    };
    this.length--;
    if (this.length > 0) {
      this.swap(0, this.length);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.length && this.less(l, m)) m = l;
        if (r < this.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private write(i: number, cost: number, lo: number, hi: number, a: number, b: number, at: number) {
    this.cost[i] = cost;
    const o = i * 5;
    // Five words a pair: the two group keys (for ties), the step it was offered at, a, b.
    this.ints[o] = lo;
    this.ints[o + 1] = hi;
    this.ints[o + 2] = at;
    this.ints[o + 3] = a;
    this.ints[o + 4] = b;
  }

  private less(i: number, j: number): boolean {
    const ci = this.cost[i] as number;
    const cj = this.cost[j] as number;
    if (ci !== cj) return ci < cj;
    const oi = i * 5;
    const oj = j * 5;
    const li = this.ints[oi] as number;
    const lj = this.ints[oj] as number;
    if (li !== lj) return li < lj;
    return (this.ints[oi + 1] as number) < (this.ints[oj + 1] as number);
  }

  private swap(i: number, j: number): void {
    const c = this.cost[i] as number;
    this.cost[i] = this.cost[j] as number;
    this.cost[j] = c;
    for (let k = 0; k < 5; k++) {
      const t = this.ints[i * 5 + k] as number;
      this.ints[i * 5 + k] = this.ints[j * 5 + k] as number;
      this.ints[j * 5 + k] = t;
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

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
