import { InputError, quoteValue } from '../core/errors.ts';
import type { NixpkgsConfig } from '../nix/build.ts';

/**
 * The `nixpkgs-config` input: a JSON object handed to the package set as its `config`, as data
 * (--argstr, then builtins.fromJSON), never as Nix code. Only booleans and lists of strings are
 * taken: that covers allowUnfree, allowBroken, allowUnsupportedSystem, allowAliases,
 * permittedInsecurePackages and the like, and keeps functions (predicates, overlays) out.
 */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_KEYS = 64;
const MAX_LIST = 500;
const MAX_STRING = 200;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function parseNixpkgsConfig(text: string, input = 'nixpkgs-config'): NixpkgsConfig {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new InputError(input, 'is not JSON; write an object, e.g. {"allowUnfree": true}.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(input, 'must be a JSON object, e.g. {"allowUnfree": true}.');
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_KEYS) {
    throw new InputError(input, `has ${entries.length} settings; at most ${MAX_KEYS} are allowed.`);
  }
  const config: NixpkgsConfig = {};
  for (const [key, v] of entries) {
    if (!KEY.test(key)) {
      throw new InputError(input, `${quoteValue(key)} is not a nixpkgs config name.`);
    }
    if (typeof v === 'boolean') {
      config[key] = v;
    } else if (
      Array.isArray(v) &&
      v.length <= MAX_LIST &&
      v.every((s) => typeof s === 'string' && s.length <= MAX_STRING && !CONTROL.test(s))
    ) {
      config[key] = v as string[];
    } else {
      throw new InputError(
        input,
        `${key} must be true, false or a list of strings (such as permittedInsecurePackages: ["openssl-1.1.1w"]).`,
      );
    }
  }
  return config;
}
