/**
 * Size first, in the spirit of nixpkgs' auto-layer: the largest paths anchor layers of
 * their own, and every other path is grouped with those that are used by exactly the same
 * set of anchors.
 *
 *      app (1 MB)  ──►  libbig (60 MB) ──► glibc (30 MB)      anchors: libbig, glibc
 *        └──► libtiny (10 kB) ──► glibc                       groups by "used by":
 *                                                              {libbig} → none besides
 *   layers: [libbig] [glibc] [app, libtiny]                    {} → app, libtiny
 *
 * The layer count is anchors + distinct anchor sets; the most anchors that fit the budget
 * are taken. A change to a small package re-uploads its group, not a catch-all layer; a
 * change to a big one re-uploads only its own layer and the groups above it.
 */
import { byteOrder } from '../names.ts';
import { hasBit, type ClosureIndex } from './closure-index.ts';

export function sizeFirstGroups(index: ClosureIndex, budget: number): number[][] {
  const bySize = index.paths
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (index.sizes[b] as number) - (index.sizes[a] as number) ||
        byteOrder(index.paths[a] as string, index.paths[b] as string),
    );
  for (let anchors = Math.min(budget, bySize.length); anchors >= 0; anchors--) {
    const groups = groupByAnchors(index, bySize.slice(0, anchors), budget);
    if (groups) return groups;
  }
  throw new Error('unreachable: no anchors always gives one group');
}

/** The groups for a choice of anchors, or undefined if they exceed the budget. */
function groupByAnchors(
  index: ClosureIndex,
  anchors: number[],
  budget: number,
): number[][] | undefined {
  const isAnchor = new Set(anchors);
  const groups = new Map<string, number[]>();
  for (let p = 0; p < index.paths.length; p++) {
    if (isAnchor.has(p)) continue;
    const key = anchors.filter((a) => hasBit(index.reach[a] as Uint32Array, p)).join(',');
    const group = groups.get(key);
    if (group) group.push(p);
    else if (anchors.length + groups.size + 1 > budget) return undefined;
    else groups.set(key, [p]);
  }
  // Anchors first (largest first), then groups used by more anchors (closer to the base).
  const rest = [...groups.entries()]
    .map(([key, group]) => ({ users: key === '' ? 0 : key.split(',').length, key, group }))
    .sort((a, b) => b.users - a.users || byteOrder(a.key, b.key));
  return [...anchors.map((a) => [a]), ...rest.map((r) => r.group)];
}
