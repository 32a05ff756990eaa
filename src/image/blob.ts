import { Readable } from 'node:stream';
import { sha256Digest } from './digest.ts';

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

/** A layer adds the digest of its uncompressed tar and what it holds, for logs and caches. */
export interface Layer extends Blob {
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
