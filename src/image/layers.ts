/**
 * Grouping the closure into layers. Four strategies (see layering/): `expected-upload` (the
 * default, chosen by measurement: BENCHMARKS.md), `size-first` (after nixpkgs' auto-layer),
 * `dominator` (Nixery) and `popularity` (nixpkgs' popularity contest). Every one keeps the image within `max-layers`, the
 * customisation layer included, and puts every closure path in exactly one layer.
 */
import { InputError, quoteValue } from '../core/errors.ts';
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

export function parseLayering(value: string): LayeringStrategy {
  const v = value.trim() || DEFAULT_LAYERING;
  if (!(LAYERING_STRATEGIES as string[]).includes(v)) {
    throw new InputError(
      'layering',
      `${quoteValue(value)} is not a layering strategy; allowed: ${LAYERING_STRATEGIES.join(', ')}.`,
    );
  }
  return v as LayeringStrategy;
}

export function parseMaxLayers(value: string): number {
  const v = value.trim() || String(MAX_LAYERS.default);
  if (!/^\d+$/.test(v) || Number(v) < MAX_LAYERS.min || Number(v) > MAX_LAYERS.max) {
    throw new InputError(
      'max-layers',
      `${quoteValue(value)} is not a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max} (layers in the image, the customisation layer included).`,
    );
  }
  return Number(v);
}

/** The layer plan for an image of at most `maxLayers` layers (customisation layer included). */
export function planImageLayers(
  graph: ClosureGraph,
  opts: { maxLayers: number; strategy?: LayeringStrategy },
): LayerPlan {
  const { maxLayers, strategy = DEFAULT_LAYERING } = opts;
  if (!Number.isInteger(maxLayers) || maxLayers < MAX_LAYERS.min || maxLayers > MAX_LAYERS.max) {
    throw new InputError(
      'max-layers',
      `must be a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max}, got ${maxLayers}`,
    );
  }
  const group = STRATEGIES[strategy];
  if (group === undefined) throw new InputError('layering', `unknown strategy ${strategy}`);
  const index = indexClosure(graph);
  if (maxLayers === 1) return { storeLayers: [], customisationStorePaths: index.paths };
  if (index.paths.length === 0) return { storeLayers: [], customisationStorePaths: [] };
  const groups = group(index, maxLayers - 1).map((g) =>
    g.map((i) => index.paths[i] as string).sort(byteOrder),
  );
  return { storeLayers: groups.filter((g) => g.length > 0), customisationStorePaths: [] };
}

/**
 * The store layers alone, for callers that keep the customisation layer apart
 * (maxLayers ≥ 2).
 */
export function planLayers(
  graph: ClosureGraph,
  maxLayers: number,
  strategy: LayeringStrategy = DEFAULT_LAYERING,
): string[][] {
  if (!Number.isInteger(maxLayers) || maxLayers < 2) {
    throw new InputError(
      'max-layers',
      `must be a whole number of at least 2 (one store layer and the customisation layer), got ${maxLayers}`,
    );
  }
  return planImageLayers(graph, { maxLayers, strategy }).storeLayers;
}
