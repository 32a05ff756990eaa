/**
 * nixpkgs' "popularity contest" (dockerTools.buildLayeredImage before auto-layer):
 *
 *            app            popularity = how many closure paths depend on it, directly
 *           /   \           or not:   glibc 3, libfoo 1, tool 1, app 0
 *       libfoo  tool
 *           \   /           3 store layers → the top 2 paths alone, the rest together:
 *           glibc             [glibc] [libfoo] [app, tool]   (ties by path name)
 *
 * The most depended-on paths change least often, so they get their own layers; whatever
 * is left shares one catch-all layer, which is large and changes with any package.
 */
import { byteOrder } from '../names.ts';
import type { ClosureIndex } from './closure-index.ts';

export function popularityGroups(index: ClosureIndex, budget: number): number[][] {
  const ranked = index.paths
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (index.dependents[b] as number) - (index.dependents[a] as number) ||
        byteOrder(index.paths[a] as string, index.paths[b] as string),
    );
  if (ranked.length <= budget) return ranked.map((i) => [i]);
  return [...ranked.slice(0, budget - 1).map((i) => [i]), ranked.slice(budget - 1)];
}
