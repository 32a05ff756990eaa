import { InputError, quoteValue } from '../core/errors.ts';

/**
 * The grammar of image labels (config `Labels`) and manifest annotations: the user's
 * `key=value` lines, in the format docker/metadata-action writes to its `labels` and
 * `annotations` outputs, and of the `created` setting. The defaults they go over are made in
 * pipeline/labels.ts.
 */

export interface KeyValues {
  values: Record<string, string>;
  /** Lines that were understood but do not apply to this image, with the reason. */
  ignored: { line: string; reason: string }[];
}

export interface ParseKeyValueOptions {
  /**
   * Read metadata-action's annotation levels: `manifest:` and unprefixed lines apply to the
   * image manifest; `index:`, `manifest-descriptor:` and `index-descriptor:` (and
   * platform-qualified forms like `manifest[linux/amd64]:`) are ignored with a reason.
   */
  annotationLevels?: boolean;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_KEY_CHARS = /[\s\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const LEVEL_PREFIX = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[^\]]*\])?:/;
const MAX_ENTRIES = 1000;

/** Newline-separated `key=value` lines; blank lines are skipped, a repeated key keeps its last value. */
export function parseKeyValueLines(
  text: string,
  inputName: string,
  opts: ParseKeyValueOptions = {},
): KeyValues {
  const values = new Map<string, string>();
  const ignored: KeyValues['ignored'] = [];
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > MAX_ENTRIES) {
    throw new InputError(
      inputName,
      `has ${lines.length} lines; at most ${MAX_ENTRIES} are allowed.`,
    );
  }
  for (const line of lines) {
    let entry = line;
    if (opts.annotationLevels) {
      const level = LEVEL_PREFIX.exec(line);
      if (level) {
        if (level[1] !== 'manifest' || level[2] !== undefined) {
          ignored.push({ line, reason: levelReason(level[1]!, level[2]) });
          continue;
        }
        entry = line.slice(level[0].length);
      }
    }
    const eq = entry.indexOf('=');
    if (eq < 0) {
      throw new InputError(inputName, `${quoteValue(line)} is not a key=value line.`);
    }
    const key = entry.slice(0, eq);
    const value = entry.slice(eq + 1);
    if (key === '' || BAD_KEY_CHARS.test(key)) {
      throw new InputError(
        inputName,
        `${quoteValue(line)} has ${key === '' ? 'an empty key' : `the key ${quoteValue(key)}`}; ` +
          'a key is one or more characters without spaces or control characters (e.g. org.opencontainers.image.title=tools).',
      );
    }
    if (CONTROL_CHARS.test(value)) {
      throw new InputError(inputName, `the value of ${quoteValue(key)} holds control characters.`);
    }
    values.set(key, value);
  }
  // fromEntries defines own properties, so even a key named "__proto__" stays a plain entry.
  return { values: Object.fromEntries(values), ignored };
}

function levelReason(level: string, platform: string | undefined): string {
  if (platform !== undefined) {
    return `platform-qualified annotations (${level}${platform}) are not supported; use "manifest:" or no prefix`;
  }
  return level === 'index' || level === 'index-descriptor'
    ? `this image has no index to annotate (${level}:)`
    : `descriptor annotations (${level}:) are not written; use "manifest:" or no prefix`;
}

export type CreatedMode = 'fixed' | 'now';

/** The created-time setting: `fixed` (reproducible, the default) or `now`. */
export function parseCreatedMode(value: string, inputName = 'created'): CreatedMode {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'fixed') return 'fixed';
  if (v === 'now') return 'now';
  throw new InputError(
    inputName,
    `${quoteValue(value)} is not allowed; use "fixed" (the epoch, or SOURCE_DATE_EPOCH when set: reproducible) or "now".`,
  );
}
