import { InputError, quoteValue } from '../core/errors.ts';
import type { OutputSpec } from '../output/write.ts';

const FORMS =
  'allowed forms are oci-layout:<directory> (an OCI image layout, for skopeo, umoci, podman) ' +
  'and docker-archive:<file> (a tar for `docker load`), separated by newlines or commas';
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * Parses the `output` input: entries separated by newlines or commas (so a path cannot hold a
 * comma). Paths are kept as written; the caller resolves relative ones against the workspace.
 * Repeated entries are dropped; two outputs writing the same path are refused.
 */
export function parseOutputSpec(value: string, inputName = 'output'): OutputSpec[] {
  const specs: OutputSpec[] = [];
  const seen = new Map<string, string>();
  for (const entry of value.split(/[\n,]/).map((s) => s.trim())) {
    if (entry === '') continue;
    const spec = parseEntry(entry, inputName);
    const path = spec.kind === 'oci-layout' ? spec.dir : spec.file;
    const previous = seen.get(path);
    if (previous === entry) continue;
    if (previous !== undefined) {
      throw new InputError(
        inputName,
        `${quoteValue(previous)} and ${quoteValue(entry)} write to the same path; give each output its own.`,
      );
    }
    seen.set(path, entry);
    specs.push(spec);
  }
  return specs;
}

function parseEntry(entry: string, inputName: string): OutputSpec {
  if (CONTROL_CHARS.test(entry)) {
    throw new InputError(inputName, `${quoteValue(entry)} holds control characters; ${FORMS}.`);
  }
  const colon = entry.indexOf(':');
  const kind = colon < 0 ? entry : entry.slice(0, colon);
  const path = colon < 0 ? '' : entry.slice(colon + 1).trim();
  if (kind !== 'oci-layout' && kind !== 'docker-archive') {
    throw new InputError(
      inputName,
      `${quoteValue(entry)} is not an output: unknown kind ${quoteValue(kind)}; ${FORMS}.`,
    );
  }
  if (path === '') {
    throw new InputError(inputName, `${quoteValue(entry)} names no path; ${FORMS}.`);
  }
  return kind === 'oci-layout' ? { kind, dir: path } : { kind, file: path };
}
