/**
 * Grouping store paths into layers ("popularity contest", as nixpkgs' dockerTools does it).
 *
 *            app            popularity = how many closure paths depend on it, directly
 *           /   \           or not:   glibc 3, libfoo 1, tool 1, app 0
 *       libfoo  tool
 *           \   /           planLayers(graph, 4) → top 4 - 2 = 2 paths alone:
 *           glibc             [glibc] [libfoo] [app, tool]
 *                             (ties by path name; the rest share one final layer)
 *
 * At most maxLayers - 1 store layers come out, leaving one for the customisation layer.
 * The most depended-on paths change least often between images, so giving them their own
 * layers lets registries and pulls share them.
 */
import { InputError, NixeryError } from '../errors.ts';
import type { ClosureGraph } from './graph.ts';
import { byteOrder } from './names.ts';

export function planLayers(graph: ClosureGraph, maxLayers: number): string[][] {
  if (!Number.isInteger(maxLayers) || maxLayers < 2) {
    throw new InputError(
      'max-layers',
      `must be a whole number of at least 2 (one store layer and the customisation layer), got ${maxLayers}`,
    );
  }
  const paths = graph.paths.map((p) => p.path).sort(byteOrder);
  const popularity = dependentCounts(graph, paths);
  const ranked = paths
    .map((path, i) => ({ path, popularity: popularity[i] ?? 0 }))
    .sort((a, b) => b.popularity - a.popularity || byteOrder(a.path, b.path));

  const alone = ranked.slice(0, maxLayers - 2).map((r) => [r.path]);
  const rest = ranked
    .slice(maxLayers - 2)
    .map((r) => r.path)
    .sort(byteOrder);
  return rest.length > 0 ? [...alone, rest] : alone;
}

/**
 * For each path (index into `paths`), how many other paths reach it through references.
 * Reachability is kept as one bit set per path, filled in post-order over the DAG: store
 * references never form cycles apart from self-references, which the graph excludes.
 */
function dependentCounts(graph: ClosureGraph, paths: string[]): number[] {
  const index = new Map(paths.map((p, i) => [p, i]));
  const words = Math.ceil(paths.length / 32);
  const refs: number[][] = paths.map(() => []);
  for (const info of graph.paths) {
    const from = index.get(info.path) as number;
    for (const ref of info.references) {
      const to = index.get(ref);
      if (to === undefined) {
        throw new NixeryError(
          `The closure graph is incomplete: ${info.path} refers to ${ref}, which is not in it`,
          'CLOSURE_INCOMPLETE',
        );
      }
      if (to !== from) refs[from]?.push(to);
    }
  }

  const reach: (Uint32Array | undefined)[] = new Array(paths.length);
  const onStack = new Uint8Array(paths.length);
  const visit = (start: number): void => {
    // Iterative post-order walk: deep closures would overflow the call stack.
    const stack: [node: number, next: number][] = [[start, 0]];
    onStack[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const children = refs[node] as number[];
      if (next < children.length) {
        top[1]++;
        const child = children[next] as number;
        if (reach[child]) continue;
        if (onStack[child]) {
          throw new NixeryError(
            `The closure graph has a cycle through ${paths[child]}`,
            'CLOSURE_CYCLE',
          );
        }
        onStack[child] = 1;
        stack.push([child, 0]);
        continue;
      }
      const bits = new Uint32Array(words);
      for (const child of children) {
        const childBits = reach[child] as Uint32Array;
        for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (childBits[w] as number);
        bits[child >>> 5] = (bits[child >>> 5] as number) | (1 << (child & 31));
      }
      reach[node] = bits;
      onStack[node] = 0;
      stack.pop();
    }
  };

  const counts = new Array<number>(paths.length).fill(0);
  for (let i = 0; i < paths.length; i++) {
    if (!reach[i]) visit(i);
    const bits = reach[i] as Uint32Array;
    for (let j = 0; j < paths.length; j++) {
      if (((bits[j >>> 5] as number) >>> (j & 31)) & 1) counts[j] = (counts[j] as number) + 1;
    }
  }
  return counts;
}
