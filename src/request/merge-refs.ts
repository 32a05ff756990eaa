import { InputError, quoteValue } from '../core/errors.ts';
import { parseImageName, type ImageName } from '../oci/reference.ts';

// The grammar of the merge input, apart from the merging itself (merge.ts) so that reading the
// inputs loads neither the registry client nor the schema library.

/** One platform's image to list in the index. */
export interface MergeRef {
  image: ImageName;
  digest: string;
}

/** `registry/repository@sha256:<hex>` lines (spaces, commas or newlines between them). */
export function parseMergeRefs(value: string, target: ImageName | undefined): MergeRef[] {
  const refs: MergeRef[] = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([^@]+)@(sha256:[0-9a-f]{64})$/.exec(raw);
    if (!m) {
      throw new InputError('merge', `${quoteValue(raw)} is not <image>@sha256:<64 hex digits>.`);
    }
    const image = parseImageName(m[1]!, 'merge');
    if (target && image.registry !== target.registry) {
      throw new InputError(
        'merge',
        `${quoteValue(raw)} is not in ${target.registry}; images are merged only within one registry.`,
      );
    }
    refs.push({ image, digest: m[2]! });
  }
  return refs;
}
