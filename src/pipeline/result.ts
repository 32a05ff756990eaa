import type { Layer } from '../oci/blob.ts';
import type { PushResult } from '../registry/push.ts';
import type { WrittenOutput } from '../output/write.ts';
import type { StoreCacheState } from './steps/nix.ts';
import type { SupplyResult } from './steps/supply.ts';

/** What a run produced: the action's outputs and job summary are read from here. */
export interface PipelineResult {
  digest: string;
  /** Digest of the image config; empty for a merged index, which has none. */
  imageId: string;
  image?: string;
  tags: string[];
  layers: Layer[];
  push?: PushResult;
  /** Tags were pushed (by the push, or by a merge). */
  pushedTags: boolean;
  /** True when the store cache held exactly this build. */
  cacheHit: boolean;
  source: Record<string, string>;
  /** Layers known from the previous image, neither read nor compressed. */
  reusedLayers: number;
  /** Local copies written (oci-layout, docker-archive). */
  outputs: WrittenOutput[];
  /** Wall time of each phase, in order. */
  timings: { phase: string; ms: number }[];
  /** SBOM, provenance and changes (after a build; the index's SBOM after a merge). */
  supply?: SupplyResult;
}

export interface PipelineHooks {
  /** Registers a secret with the log masker; the CLI, which has none, passes a no-op. */
  maskSecret?: (secret: string) => void;
  /** Called once the packages are built, before layers: the post step saves the cache then. */
  onBuilt?: (storeCache: StoreCacheState | undefined) => void | Promise<void>;
}
