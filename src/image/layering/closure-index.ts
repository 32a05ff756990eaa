/**
 * The closure graph as numbered nodes, with what every grouping strategy asks of it:
 * references by index, a topological order, reachability bit sets and dependent counts.
 * Paths are numbered in byte order of their names, so everything derived is independent of
 * the order Nix listed them in.
 */
import { NixeryError } from '../../core/errors.ts';
import type { ClosureGraph } from '../graph.ts';
import { byteOrder } from '../names.ts';

export interface ClosureIndex {
  paths: string[];
  sizes: number[];
  /** refs[i]: indices path i refers to (never itself). */
  refs: number[][];
  /** Indices of the closure's roots (paths no other path refers to, plus graph.roots). */
  roots: number[];
  /** Every index, each after all the paths it refers to (dependencies first). */
  topo: number[];
  /** reach[i]: bit set of the paths i reaches through references, itself excluded. */
  reach: Uint32Array[];
  /** dependents[i]: how many paths reach i. */
  dependents: number[];
}

export function indexClosure(graph: ClosureGraph): ClosureIndex {
  const paths = graph.paths.map((p) => p.path).sort(byteOrder);
  const index = new Map(paths.map((p, i) => [p, i]));
  const sizes = new Array<number>(paths.length).fill(0);
  const refs: number[][] = paths.map(() => []);
  const referenced = new Uint8Array(paths.length);
  for (const info of graph.paths) {
    const from = index.get(info.path) as number;
    sizes[from] = info.narSize;
    for (const ref of [...info.references].sort(byteOrder)) {
      const to = index.get(ref);
      if (to === undefined) {
        throw new NixeryError(
          `The closure graph is incomplete: ${info.path} refers to ${ref}, which is not in it`,
          'CLOSURE_INCOMPLETE',
        );
      }
      if (to !== from) {
        refs[from]?.push(to);
        referenced[to] = 1;
      }
    }
  }
  const roots = new Set(graph.roots.map((r) => index.get(r)).filter((i) => i !== undefined));
  referenced.forEach((r, i) => r === 0 && roots.add(i));
  const topo = topologicalOrder(paths, refs);
  const reach = reachability(paths.length, refs, topo);
  const dependents = new Array<number>(paths.length).fill(0);
  for (const bits of reach)
    forEachBit(bits, (j) => (dependents[j] = (dependents[j] as number) + 1));
  return { paths, sizes, refs, roots: [...roots].sort((a, b) => a - b), topo, reach, dependents };
}

/** Iterative post-order (deep closures would overflow the call stack); refuses cycles. */
function topologicalOrder(paths: string[], refs: number[][]): number[] {
  const state = new Uint8Array(paths.length); // 0 new, 1 on the stack, 2 done
  const order: number[] = [];
  for (let start = 0; start < paths.length; start++) {
    if (state[start] !== 0) continue;
    const stack: [node: number, next: number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const children = refs[top[0]] as number[];
      if (top[1] < children.length) {
        const child = children[top[1]++] as number;
        if (state[child] === 1) {
          throw new NixeryError(
            `The closure graph has a cycle through ${paths[child]}`,
            'CLOSURE_CYCLE',
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

function reachability(n: number, refs: number[][], topo: number[]): Uint32Array[] {
  const words = Math.ceil(n / 32);
  const reach: Uint32Array[] = new Array(n);
  for (const node of topo) {
    const bits = new Uint32Array(words);
    for (const child of refs[node] as number[]) {
      const childBits = reach[child] as Uint32Array;
      for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (childBits[w] as number);
      bits[child >>> 5] = (bits[child >>> 5] as number) | (1 << (child & 31));
    }
    reach[node] = bits;
  }
  return reach;
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return (((bits[i >>> 5] as number) >>> (i & 31)) & 1) === 1;
}

export function forEachBit(bits: Uint32Array, fn: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] as number;
    while (word !== 0) {
      const low = word & -word;
      fn(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** Sums sizes of a group of indices. */
export function groupSize(index: ClosureIndex, group: number[]): number {
  return group.reduce((sum, i) => sum + (index.sizes[i] as number), 0);
}
