import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import {
  byteOrder
} from "./chunk-L7EKUPKB.js";

// src/image/layering/closure-index.ts
function indexClosure(graph) {
  const paths = graph.paths.map((p) => p.path).sort(byteOrder);
  const index = new Map(paths.map((p, i) => [p, i]));
  const sizes = new Array(paths.length).fill(0);
  const refs = paths.map(() => []);
  const referenced = new Uint8Array(paths.length);
  for (const info of graph.paths) {
    const from = index.get(info.path);
    sizes[from] = info.narSize;
    for (const ref of [...info.references].sort(byteOrder)) {
      const to = index.get(ref);
      if (to === void 0) {
        throw new NixeryError(
          `The closure graph is incomplete: ${info.path} refers to ${ref}, which is not in it`,
          "CLOSURE_INCOMPLETE"
        );
      }
      if (to !== from) {
        refs[from]?.push(to);
        referenced[to] = 1;
      }
    }
  }
  const roots = new Set(graph.roots.map((r) => index.get(r)).filter((i) => i !== void 0));
  referenced.forEach((r, i) => r === 0 && roots.add(i));
  const topo = topologicalOrder(paths, refs);
  const reach = reachability(paths.length, refs, topo);
  const dependents = new Array(paths.length).fill(0);
  for (const bits of reach)
    forEachBit(bits, (j) => dependents[j] = dependents[j] + 1);
  return { paths, sizes, refs, roots: [...roots].sort((a, b) => a - b), topo, reach, dependents };
}
function topologicalOrder(paths, refs) {
  const state = new Uint8Array(paths.length);
  const order = [];
  for (let start = 0; start < paths.length; start++) {
    if (state[start] !== 0) continue;
    const stack = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const children = refs[top[0]];
      if (top[1] < children.length) {
        const child = children[top[1]++];
        if (state[child] === 1) {
          throw new NixeryError(
            `The closure graph has a cycle through ${paths[child]}`,
            "CLOSURE_CYCLE"
          );
        }
        if (state[child] === 0) {
          state[child] = 1;
          stack.push([child, 0]);
        }
        continue;
      }
      state[top[0]] = 2;
      order.push(top[0]);
      stack.pop();
    }
  }
  return order;
}
function reachability(n, refs, topo) {
  const words = Math.ceil(n / 32);
  const reach = new Array(n);
  for (const node of topo) {
    const bits = new Uint32Array(words);
    for (const child of refs[node]) {
      const childBits = reach[child];
      for (let w = 0; w < words; w++) bits[w] = bits[w] | childBits[w];
      bits[child >>> 5] = bits[child >>> 5] | 1 << (child & 31);
    }
    reach[node] = bits;
  }
  return reach;
}
function hasBit(bits, i) {
  return (bits[i >>> 5] >>> (i & 31) & 1) === 1;
}
function forEachBit(bits, fn) {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      fn(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
function groupSize(index, group) {
  return group.reduce((sum, i) => sum + index.sizes[i], 0);
}

// src/image/layering/dominator.ts
var POPULAR = 2;
function dominatorGroups(index, budget) {
  const n = index.paths.length;
  const ROOT = n;
  const idom = new Int32Array(n + 1).fill(-1);
  const depth = new Int32Array(n + 1);
  idom[ROOT] = ROOT;
  const referrers = index.paths.map(() => []);
  index.refs.forEach((refs, from) => refs.forEach((to) => referrers[to]?.push(from)));
  const fromRoot = new Uint8Array(n);
  for (const r of index.roots) fromRoot[r] = 1;
  index.dependents.forEach((d, i) => d >= POPULAR && (fromRoot[i] = 1));
  const lca = (a, b) => {
    while (a !== b) {
      while (depth[a] > depth[b]) a = idom[a];
      while (depth[b] > depth[a]) b = idom[b];
      if (a !== b) {
        a = idom[a];
        b = idom[b];
      }
    }
    return a;
  };
  for (let k = index.topo.length - 1; k >= 0; k--) {
    const v = index.topo[k];
    let d = fromRoot[v] ? ROOT : -1;
    for (const p of referrers[v]) d = d === -1 ? p : lca(d, p);
    idom[v] = d === -1 ? ROOT : d;
    depth[v] = depth[idom[v]] + 1;
  }
  const layers = /* @__PURE__ */ new Map();
  const top = (v) => {
    while (idom[v] !== ROOT) v = idom[v];
    return v;
  };
  for (let v = 0; v < n; v++) {
    const t = top(v);
    const group = layers.get(t) ?? [];
    group.push(v);
    layers.set(t, group);
  }
  const rated = [...layers.entries()].map(([head, group]) => ({
    group,
    name: index.paths[head],
    rating: (index.dependents[head] + 1) * groupSize(index, group)
  })).sort((a, b) => b.rating - a.rating || byteOrder(a.name, b.name));
  if (rated.length <= budget) return rated.map((r) => r.group);
  return [
    ...rated.slice(0, budget - 1).map((r) => r.group),
    rated.slice(budget - 1).flatMap((r) => r.group)
  ];
}

// src/image/layering/size-first.ts
function sizeFirstGroups(index, budget) {
  const bySize = index.paths.map((_, i) => i).sort(
    (a, b) => index.sizes[b] - index.sizes[a] || byteOrder(index.paths[a], index.paths[b])
  );
  for (let anchors = Math.min(budget, bySize.length); anchors >= 0; anchors--) {
    const groups = groupByAnchors(index, bySize.slice(0, anchors), budget);
    if (groups) return groups;
  }
  throw new Error("unreachable: no anchors always gives one group");
}
function groupByAnchors(index, anchors, budget) {
  const isAnchor = new Set(anchors);
  const groups = /* @__PURE__ */ new Map();
  for (let p = 0; p < index.paths.length; p++) {
    if (isAnchor.has(p)) continue;
    const key = anchors.filter((a) => hasBit(index.reach[a], p)).join(",");
    const group = groups.get(key);
    if (group) group.push(p);
    else if (anchors.length + groups.size + 1 > budget) return void 0;
    else groups.set(key, [p]);
  }
  const rest = [...groups.entries()].map(([key, group]) => ({ users: key === "" ? 0 : key.split(",").length, key, group })).sort((a, b) => b.users - a.users || byteOrder(a.key, b.key));
  return [...anchors.map((a) => [a]), ...rest.map((r) => r.group)];
}

// src/image/layering/expected-upload.ts
var CHANGE_CHANCE = 0.05;
var ROOT_WEIGHT = 5;
var ANCHOR = 1.5;
var ATOMS = 3;
function expectedUploadGroups(index, budget, previous = []) {
  const n = index.paths.length;
  const roots = new Uint32Array(Math.ceil(n / 32));
  for (const r of index.roots) roots[r >>> 5] = roots[r >>> 5] | 1 << (r & 31);
  const extra = ROOT_WEIGHT - 1;
  const weighOf = (bits, other) => {
    let count = 0;
    for (let w = 0; w < bits.length; w++) {
      const x = bits[w] | (other ? other[w] : 0);
      count += bitCount(x) + extra * bitCount(x & roots[w]);
    }
    return count;
  };
  const chances = Float64Array.from(
    { length: n + extra * index.roots.length + 1 },
    (_, k) => 1 - (1 - CHANGE_CHANCE) ** k
  );
  const changeChance = (k) => chances[k];
  const groups = index.paths.map((_, i) => {
    const changedBy = Uint32Array.from(index.reach[i]);
    changedBy[i >>> 5] = changedBy[i >>> 5] | 1 << (i & 31);
    return {
      members: [i],
      size: index.sizes[i],
      changedBy,
      count: weighOf(changedBy),
      key: i,
      alive: true
    };
  });
  const into = Int32Array.from(groups, (_, i) => i);
  const join = (members) => {
    const head = Math.min(...members);
    const g = groups[head];
    for (const m of members) {
      if (m === head) continue;
      merge(g, groups[m]);
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
  const free = groups.filter((x) => x.alive && !x.kept);
  let rest = free.reduce((sum, g) => sum + g.size, 0);
  let left = budget - kept.length;
  for (const g of free.sort((x, y) => y.size - x.size || x.key - y.key)) {
    if (left <= 1 || g.size < ANCHOR * rest / left) break;
    g.alone = true;
    rest -= g.size;
    left--;
  }
  const cost = (a, b) => a.alone || b.alone ? Infinity : (a.size + b.size) * changeChance(weighOf(a.changedBy, b.changedBy)) - a.size * changeChance(a.count) - b.size * changeChance(b.count);
  mergeCheapest(index, groups, into, budget, cost, weighOf);
  return groups.filter((g) => g.alive).sort((x, y) => x.count - y.count || x.key - y.key).map((g) => g.members.sort((x, y) => x - y));
}
function withOwnLayers(index, kept, budget) {
  if (kept.length === 0) return kept;
  const taken = new Uint8Array(index.paths.length);
  for (const l of kept) for (const i of l) taken[i] = 1;
  const own = expectedUploadGroups(index, budget).filter((l) => l.every((i) => taken[i] === 0));
  const covered = [...kept, ...own].reduce((sum, l) => sum + l.length, 0);
  const all = covered === index.paths.length && kept.length + own.length <= budget;
  return [...kept, ...all ? own : largest(index, own, budget - kept.length - 1)];
}
function keptLayers(index, previous, budget) {
  const covered = previous.reduce((sum, l) => sum + l.length, 0);
  if (previous.length <= (covered === index.paths.length ? budget : budget - 1)) return previous;
  return largest(index, previous, budget - 1);
}
function largest(index, layers, count) {
  if (layers.length <= count) return layers;
  const bytes = (l) => l.reduce((sum, i) => sum + index.sizes[i], 0);
  const chosen = new Set(
    layers.map((l) => ({ l, size: bytes(l), key: Math.min(...l) })).sort((x, y) => y.size - x.size || x.key - y.key).slice(0, Math.max(count, 0)).map((x) => x.l)
  );
  return layers.filter((l) => chosen.has(l));
}
var NEAREST = 32;
function mergeCheapest(index, groups, into, budget, cost, weighOf) {
  let alive = groups.filter((g) => g.alive).length;
  if (alive <= budget) return;
  const find = (x) => {
    while (into[x] !== x) x = into[x] = into[into[x]];
    return x;
  };
  const heap = new PairHeap();
  const changedAt = new Int32Array(groups.length);
  const offer = (a, b, step2) => {
    const ga = groups[a];
    const gb = groups[b];
    heap.push(cost(ga, gb), Math.min(ga.key, gb.key), Math.max(ga.key, gb.key), a, b, step2);
  };
  index.refs.forEach((refs, a) => refs.forEach((b) => offer(find(a), find(b), 0)));
  const nearest = (order) => {
    const sorted = groups.map((_, i) => i).filter((i) => groups[i].alive && !groups[i].kept).sort((x, y) => order(groups[x], groups[y]));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j <= i + NEAREST && j < sorted.length; j++)
        offer(sorted[i], sorted[j], 0);
  };
  nearest((x, y) => x.size - y.size || x.key - y.key);
  nearest((x, y) => x.count - y.count || x.size - y.size || x.key - y.key);
  let step = 0;
  while (alive > budget) {
    const top = heap.pop();
    const a = find(top.a);
    const b = find(top.b);
    if (a === b) continue;
    if (a !== top.a || b !== top.b || changedAt[a] > top.at || changedAt[b] > top.at) {
      offer(a, b, step);
      continue;
    }
    const ga = groups[a];
    merge(ga, groups[b]);
    into[b] = a;
    ga.count = weighOf(ga.changedBy);
    alive--;
    changedAt[a] = ++step;
  }
}
var PairHeap = class {
  cost = new Float64Array(1024);
  ints = new Int32Array(1024 * 5);
  length = 0;
  push(cost, lo, hi, a, b, at) {
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
      const parent = i - 1 >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop() {
    if (this.length === 0) throw new Error("unreachable: no pair left to merge");
    const top = {
      a: this.ints[3],
      b: this.ints[4],
      at: this.ints[2]
    };
    this.length--;
    if (this.length > 0) {
      this.swap(0, this.length);
      let i = 0;
      for (; ; ) {
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
  write(i, cost, lo, hi, a, b, at) {
    this.cost[i] = cost;
    const o = i * 5;
    this.ints[o] = lo;
    this.ints[o + 1] = hi;
    this.ints[o + 2] = at;
    this.ints[o + 3] = a;
    this.ints[o + 4] = b;
  }
  less(i, j) {
    const ci = this.cost[i];
    const cj = this.cost[j];
    if (ci !== cj) return ci < cj;
    const oi = i * 5;
    const oj = j * 5;
    const li = this.ints[oi];
    const lj = this.ints[oj];
    if (li !== lj) return li < lj;
    return this.ints[oi + 1] < this.ints[oj + 1];
  }
  swap(i, j) {
    const c = this.cost[i];
    this.cost[i] = this.cost[j];
    this.cost[j] = c;
    for (let k = 0; k < 5; k++) {
      const t = this.ints[i * 5 + k];
      this.ints[i * 5 + k] = this.ints[j * 5 + k];
      this.ints[j * 5 + k] = t;
    }
  }
};
function merge(into, from) {
  into.members.push(...from.members);
  into.size += from.size;
  for (let w = 0; w < into.changedBy.length; w++) {
    into.changedBy[w] = into.changedBy[w] | from.changedBy[w];
  }
  into.key = Math.min(into.key, from.key);
  from.alive = false;
}
function bitCount(x) {
  x -= x >>> 1 & 1431655765;
  x = (x & 858993459) + (x >>> 2 & 858993459);
  return (x + (x >>> 4) & 252645135) * 16843009 >>> 24;
}

// src/image/layering/popularity.ts
function popularityGroups(index, budget) {
  const ranked = index.paths.map((_, i) => i).sort(
    (a, b) => index.dependents[b] - index.dependents[a] || byteOrder(index.paths[a], index.paths[b])
  );
  if (ranked.length <= budget) return ranked.map((i) => [i]);
  return [...ranked.slice(0, budget - 1).map((i) => [i]), ranked.slice(budget - 1)];
}

// src/image/layers.ts
var STRATEGIES = {
  "expected-upload": expectedUploadGroups,
  "size-first": sizeFirstGroups,
  dominator: dominatorGroups,
  popularity: popularityGroups
};
var LAYERING_STRATEGIES = Object.keys(STRATEGIES);
var DEFAULT_LAYERING = "expected-upload";
var MAX_LAYERS = { min: 1, max: 125, default: 96 };
function planImageLayers(graph, opts) {
  const { maxLayers, strategy = DEFAULT_LAYERING, previous } = opts;
  if (!Number.isInteger(maxLayers) || maxLayers < MAX_LAYERS.min || maxLayers > MAX_LAYERS.max) {
    throw new NixeryError(
      `${maxLayers} layers is not allowed: use a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max}`,
      "MAX_LAYERS_INVALID"
    );
  }
  const group = STRATEGIES[strategy];
  if (group === void 0) {
    throw new NixeryError(`unknown layering strategy ${strategy}`, "LAYERING_UNKNOWN");
  }
  const index = indexClosure(graph);
  if (maxLayers === 1) return { storeLayers: [], customisationStorePaths: index.paths };
  if (index.paths.length === 0) return { storeLayers: [], customisationStorePaths: [] };
  const groups = group(index, maxLayers - 1, previous && intactGroups(index, previous)).map(
    (g) => g.map((i) => index.paths[i]).sort(byteOrder)
  );
  return { storeLayers: groups.filter((g) => g.length > 0), customisationStorePaths: [] };
}
function intactGroups(index, previous) {
  const at = new Map(index.paths.map((p, i) => [p, i]));
  const taken = new Uint8Array(index.paths.length);
  const intact = [];
  for (const layer of previous) {
    const members = [...new Set(layer)].map((p) => at.get(p));
    if (members.length === 0 || members.some((i) => i === void 0 || taken[i] === 1)) continue;
    for (const i of members) taken[i] = 1;
    intact.push(members);
  }
  return intact;
}

export {
  LAYERING_STRATEGIES,
  MAX_LAYERS,
  planImageLayers
};
