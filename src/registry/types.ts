import type { Readable } from 'node:stream';

// Structural copies of the image module's types: the registry client only needs these shapes,
// so it never learns where the bytes come from.

/** Bytes the registry stores by digest. `open()` may be called again and starts from byte 0. */
export interface Blob {
  mediaType: string;
  digest: string;
  size: number;
  open(): Readable;
}

/** A manifest exactly as it will be uploaded: its digest is the SHA-256 of `body`. */
export interface Manifest {
  mediaType: string;
  body: Buffer;
  digest: string;
}
