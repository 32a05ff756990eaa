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

const STRATEGIES: Record<LayeringStrategy, (index: ClosureIndex, budget: number) => number[][]> = {
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

/** The layer plan for an image of at most `maxLayers` layers (customisation layer included). */
export function planImageLayers(
  graph: ClosureGraph,
  opts: { maxLayers: number; strategy?: LayeringStrategy },
): LayerPlan {
  const { maxLayers, strategy = DEFAULT_LAYERING } = opts;
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
  const groups = group(index, maxLayers - 1).map((g) =>
    g.map((i) => index.paths[i] as string).sort(byteOrder),
  );
  return { storeLayers: groups.filter((g) => g.length > 0), customisationStorePaths: [] };
}
