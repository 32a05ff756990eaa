import { Readable } from 'node:stream';
import { sha256Digest } from '../core/digest.ts';

/**
 * What the pusher sees of any blob (config, layer): enough to ask the registry about it and
 * to send it. `open()` can be called again after a failed upload and starts from byte 0,
 * so a retry re-opens rather than rewinding a consumed stream.
 */
export interface Blob {
  mediaType: string;
  /** `sha256:<hex>` of the bytes `open()` yields. */
  digest: string;
  size: number;
  open(): Readable;
  /** OCI descriptor annotations (Docker manifests leave them out). */
  annotations?: Record<string, string>;
}

/**
 * A layer, after go-containerregistry's `v1.Layer`: digest, size and diffId are known up front
 * (a layer from the layer cache, or one already written) or only once its bytes have been
 * produced by a first `open()` read to the end (a streamed layer). Until then `computed` is
 * false and reading any of the three throws a NixeryError with code LAYER_NOT_COMPUTED.
 */
export interface Layer extends Blob {
  /** False until digest, size, diffId (and annotations) can be read; absent when known up front. */
  readonly computed?: boolean;
  /** `sha256:<hex>` of the uncompressed tar (the config's `rootfs.diff_ids` entry). */
  diffId: string;
  storePaths: string[];
  description: string;
  /** The layer cache key (see layer-cache.ts), for layers made of store paths only. */
  contentKey?: string;
}

/** A blob held in memory (configs, manifests, test fixtures). */
export function bufferBlob(mediaType: string, bytes: Buffer): Blob & { bytes: Buffer } {
  return {
    mediaType,
    bytes,
    digest: sha256Digest(bytes),
    size: bytes.length,
    open: () => Readable.from([bytes], { objectMode: false }),
  };
}

/** Whether a layer's digest, size and diffId can be read now. */
export function isComputed(layer: Pick<Layer, 'computed'>): boolean {
  return layer.computed !== false;
}
