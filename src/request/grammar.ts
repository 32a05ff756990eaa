/**
 * The small grammars the inputs share: booleans, whole numbers, package and tag lists, Nix
 * systems, hashes, file paths, URL templates, and the size limits every input is held to.
 * Pure functions; each throws an InputError naming the input and the offending entry.
 */
import { InputError, quoteValue } from '../core/errors.ts';
import { validateTag } from '../oci/reference.ts';
import { INSTALL_MODES, type InstallMode } from '../nix/install.ts';
import { INPUTS, type InputReader } from './inputs.ts';
import { MAX_TAR_ID } from '../oci/limits.ts';
import type { ProvenanceMode } from '../supply/provenance.ts';

// Tar headers hold ids in six octal digits.
export const MAX_ID = MAX_TAR_ID;

const MAX_PACKAGES = 500;
const MAX_PACKAGE_NAME = 200;
// An attribute path: identifiers joined by dots. Quoted Nix attribute names are not supported:
// keeping names to this alphabet means nothing a user types can look like Nix syntax.
const PACKAGE_NAME = /^[A-Za-z_][A-Za-z0-9_'+-]*(\.[A-Za-z0-9_][A-Za-z0-9_'+-]*)*$/;

// Inputs are checked for size before anything else runs: a runaway value (a whole file pasted
// into an input) fails at once with a message instead of deep inside Nix or the registry.
const MAX_INPUT_BYTES = 64 * 1024;
const MAX_SCRIPT_BYTES = 1024 * 1024;
const MAX_TOTAL_INPUT_BYTES = 2 * 1024 * 1024;

export function checkInputSizes(read: InputReader): void {
  let total = 0;
  for (const name of Object.keys(INPUTS)) {
    const size = Buffer.byteLength(read(name));
    total += size;
    const limit = name === 'extra-commands' ? MAX_SCRIPT_BYTES : MAX_INPUT_BYTES;
    if (size > limit) {
      throw new InputError(name, `is ${size} bytes long; at most ${limit} bytes are allowed.`);
    }
  }
  if (total > MAX_TOTAL_INPUT_BYTES) {
    throw new InputError(
      'inputs',
      `together are ${total} bytes; at most ${MAX_TOTAL_INPUT_BYTES} bytes are allowed.`,
    );
  }
}

export function parseSystem(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (!/^[a-z0-9_]+-[a-z0-9_]+$/.test(v)) {
    throw new InputError(
      'system',
      `${quoteValue(v)} is not a Nix system; use e.g. "x86_64-linux" or "aarch64-linux".`,
    );
  }
  return v;
}

export function parseSha256(value: string, input: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  if (!/^[0-9a-f]{64}$/.test(v)) {
    throw new InputError(input, `${quoteValue(value)} is not a hex SHA-256 (64 hex digits).`);
  }
  return v;
}

export function parseUrlTemplate(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value.replaceAll('{ref}', 'ref'));
  } catch {
    url = undefined;
  }
  if (!url || !['https:', 'http:', 'file:'].includes(url.protocol) || !value.includes('{ref}')) {
    throw new InputError(
      'nixpkgs-url',
      `${quoteValue(value)} must be an https://, http:// or file:// URL containing {ref}.`,
    );
  }
  return value;
}

/** A file path for Nix or ssh: one line, and no spaces (ssh options are split on them). */
export function parseFilePath(value: string, input: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/[\s]/.test(v) || /[^\x21-\x7e]/.test(v) || v.startsWith('-')) {
    throw new InputError(input, `${quoteValue(v)} must be a file path without spaces.`);
  }
  return v;
}

export function parseCacheKey(value: string): string {
  const v = value.trim();
  if (v.length > 100 || /[,\s]/.test(v) || /[^\x21-\x7e]/.test(v)) {
    throw new InputError(
      'cache-key',
      `${quoteValue(v)} must be at most 100 printable characters without spaces or commas.`,
    );
  }
  return v;
}

/** Splits on spaces, commas, newlines and "/"; sorts and de-duplicates so order never matters. */
export function parsePackageList(value: string, input: string): string[] {
  return [...new Set(splitPackageNames(value, input))].sort();
}

/** Splits on spaces, commas, newlines and "/" and checks each name; keeps the order written. */
export function splitPackageNames(value: string, input: string): string[] {
  const names = value.split(/[\s,/]+/).filter((s) => s.length > 0);
  if (names.length > MAX_PACKAGES) {
    throw new InputError(
      input,
      `names ${names.length} packages; at most ${MAX_PACKAGES} are allowed.`,
    );
  }
  for (const name of names) {
    if (name.length > MAX_PACKAGE_NAME || !PACKAGE_NAME.test(name)) {
      throw new InputError(
        input,
        `${quoteValue(name)} is not a Nix attribute path. Use names like "git", "xorg.xev" or "python3Packages.numpy" (letters, digits, _ ' + - and dots; at most ${MAX_PACKAGE_NAME} characters).`,
      );
    }
  }
  return names;
}

/** Splits on spaces, commas and newlines; keeps the first occurrence order, drops repeats. */
export function parseTags(value: string): string[] {
  const tags = [...new Set(value.split(/[\s,]+/).filter((s) => s.length > 0))];
  if (tags.length === 0) throw new InputError('tags', 'is empty; give at least one tag.');
  return tags.map((t) => validateTag(t, 'tags'));
}

export function parseBoolean(value: string, input: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(input, `${quoteValue(value)} is not a boolean; use "true" or "false".`);
}

export function parseInteger(value: string, input: string, min: number, max: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(
      input,
      `${quoteValue(value)} is not a whole number from ${min} to ${max}.`,
    );
  }
  return Number(v);
}

export function parseInstallMode(value: string, inputName = 'install-nix'): InstallMode {
  const mode = value.trim().toLowerCase();
  if ((INSTALL_MODES as readonly string[]).includes(mode)) return mode as InstallMode;
  throw new InputError(
    inputName,
    `${quoteValue(value)} is not one of: ${INSTALL_MODES.join(', ')}`,
  );
}

export function parseProvenanceMode(value: string, input: string): ProvenanceMode {
  const v = value.trim() || 'auto';
  if (v === 'auto' || v === 'true' || v === 'false') return v;
  throw new InputError(
    input,
    `${quoteValue(v)} is not allowed; use auto (sign when the job may ask for an OIDC token), true or false.`,
  );
}
