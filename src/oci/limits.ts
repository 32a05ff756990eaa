import { NixeryError } from '../core/errors.ts';

/** Limits of the formats, each written once. */

// Registries refuse manifests (and many refuse configs) over 4 MiB: fail before pushing, and
// refuse to read a larger one.
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/** tar-stream writes uid/gid as six octal digits; larger ids would be silently clamped. */
export const MAX_TAR_ID = 0o777777;

export function checkDocumentSize(what: string, size: number): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new NixeryError(
      `The ${what} is ${size} bytes; registries accept at most ${MAX_DOCUMENT_BYTES}. Use fewer labels, annotations or layers.`,
      'DOCUMENT_TOO_LARGE',
    );
  }
}
