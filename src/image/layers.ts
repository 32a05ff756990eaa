/**
 * Grouping the closure into layers. Four strategies (see layering/): `expected-upload` (the
 * default, chosen by measurement: BENCHMARKS.md), `size-first` (after nixpkgs' auto-layer),
 * `dominator` (Nixery) and `popularity` (nixpkgs' popularity contest). Every one keeps the image within `max-layers`, the
 * customisation layer included, and puts every closure path in exactly one layer.
 */
import { NixeryError } from '../core/errors.ts';
import type { ClosureGraph } from './graph.ts';
import { indexClosure, type ClosureIndex } from './layering/closure-index.ts';
import { dominatorGroups } from './layering/dominator.ts';
import { expectedUploadGroups } from './layering/expected-upload.ts';
import { popularityGroups } from './layering/popularity.ts';
import { sizeFirstGroups } from './layering/size-first.ts';
import { byteOrder } from './names.ts';

export type LayeringStrategy = 'expected-upload' | 'size-first' | 'dominator' | 'popularity';

/** A strategy groups the indexed closure into at most `budget` groups; only expected-upload uses a prior. */
type Grouping = (index: ClosureIndex, budget: number, previous?: number[][]) => number[][];

const STRATEGIES: Record<LayeringStrategy, Grouping> = {
  'expected-upload': expectedUploadGroups,
  'size-first': sizeFirstGroups,
  dominator: dominatorGroups,
  popularity: popularityGroups,
};

export const LAYERING_STRATEGIES = Object.keys(STRATEGIES) as LayeringStrategy[];
export const DEFAULT_LAYERING: LayeringStrategy = 'expected-upload';
/** Docker refuses images of more than about 125 layers; 96 leaves room for images built FROM ours. */
export const MAX_LAYERS = { min: 1, max: 125, default: 96 } as const;

export interface LayerPlan {
  /** Store layers, bottom first; each a sorted list of store paths. */
  storeLayers: string[][];
  /**
   * Store paths written into the customisation layer itself: the whole closure when
   * max-layers is 1, otherwise none.
   */
  customisationStorePaths: string[];
}

/**
 * The layer plan for an image of at most `maxLayers` layers (customisation layer included).
 * `previous` is the store layers of the image this one replaces (what the tag names now):
 * expected-upload keeps each of its layers whose paths are all still in the closure as it was,
 * so the layer is the same blob and is not uploaded again. It is only a hint: paths not in the
 * closure make their layer count as broken, and every closure path is still planned once.
 */
export function planImageLayers(
  graph: ClosureGraph,
  opts: { maxLayers: number; strategy?: LayeringStrategy; previous?: string[][] },
): LayerPlan {
  const { maxLayers, strategy = DEFAULT_LAYERING, previous } = opts;
  if (!Number.isInteger(maxLayers) || maxLayers < MAX_LAYERS.min || maxLayers > MAX_LAYERS.max) {
    throw new NixeryError(
      `${maxLayers} layers is not allowed: use a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max}`,
      'MAX_LAYERS_INVALID',
    );
  }
  const group = STRATEGIES[strategy];
  if (group === undefined) {
    throw new NixeryError(`unknown layering strategy ${strategy}`, 'LAYERING_UNKNOWN');
  }
  const index = indexClosure(graph);
  if (maxLayers === 1) return { storeLayers: [], customisationStorePaths: index.paths };
  if (index.paths.length === 0) return { storeLayers: [], customisationStorePaths: [] };
  const groups = group(index, maxLayers - 1, previous && intactGroups(index, previous)).map((g) =>
    g.map((i) => index.paths[i] as string).sort(byteOrder),
  );
  return { storeLayers: groups.filter((g) => g.length > 0), customisationStorePaths: [] };
}

/**
 * The previous layers whose paths are all in this closure, as index groups; a layer that
 * shares a path with one taken before it is dropped (a prior is not trusted to be disjoint).
 */
function intactGroups(index: ClosureIndex, previous: string[][]): number[][] {
  const at = new Map(index.paths.map((p, i) => [p, i]));
  const taken = new Uint8Array(index.paths.length);
  const intact: number[][] = [];
  for (const layer of previous) {
    const members = [...new Set(layer)].map((p) => at.get(p));
    if (members.length === 0 || members.some((i) => i === undefined || taken[i] === 1)) continue;
    for (const i of members as number[]) taken[i] = 1;
    intact.push(members as number[]);
  }
  return intact;
}
