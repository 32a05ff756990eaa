import { InputError, quoteValue } from '../core/errors.ts';

/**
 * The user's extra Nix settings (the `nix-conf` input). Only settings that tune fetching and
 * building are accepted: settings such as `store`, `build-hook` or `post-build-hook` would
 * change where results go or run programs, and the action depends on neither changing.
 */
export const ALLOWED_NIX_SETTINGS: ReadonlySet<string> = new Set([
  'access-tokens',
  'allow-import-from-derivation',
  // Remote builders (Nix's own distributed builds); ssh keys come from files, see remote.ts.
  'builders',
  'builders-use-substitutes',
  'build-users-group',
  'connect-timeout',
  'cores',
  'download-attempts',
  'experimental-features',
  'extra-experimental-features',
  'extra-substituters',
  'extra-system-features',
  'extra-trusted-public-keys',
  'fallback',
  'http-connections',
  'keep-derivations',
  'keep-outputs',
  'max-jobs',
  'max-silent-time',
  'narinfo-cache-negative-ttl',
  'narinfo-cache-positive-ttl',
  'netrc-file',
  'require-sigs',
  'sandbox',
  'sandbox-fallback',
  'stalled-download-timeout',
  'substituters',
  'system-features',
  'tarball-ttl',
  'timeout',
  'trusted-public-keys',
]);

/** Settings whose values are credentials: returned as secrets, for the entry point to mask. */
const SECRET_SETTINGS: ReadonlySet<string> = new Set(['access-tokens']);

// Tab is allowed as a separator; every other control character is refused, since NIX_CONFIG
// is newline-separated and a stray character could start a setting the user never wrote.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0a-\x1f\x7f]/;

export interface NixConf {
  /** Normalised `key = value` lines. */
  settings: string[];
  /** Credentials seen (each access-tokens value whole, and each token in it). */
  secrets: string[];
}

/**
 * Parses `key = value` lines (blank lines and `#` comments skipped) into normalised
 * `key = value` strings, and returns the credentials it saw; nothing is masked here.
 */
export function parseNixConf(text: string, inputName = 'nix-conf'): NixConf {
  const settings: string[] = [];
  const secrets: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const where = `line ${index + 1}`;
    if (CONTROL_CHARS.test(raw)) {
      throw new InputError(inputName, `${where} holds a control character; use plain text`);
    }
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq < 0) {
      // Only the first word is shown: the rest may be a credential written without its "=".
      const firstWord = line.split(/\s+/)[0] ?? '';
      throw new InputError(
        inputName,
        `${where} (starting ${quoteValue(firstWord, 40)}) is not of the form "key = value"`,
      );
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!ALLOWED_NIX_SETTINGS.has(key)) {
      throw new InputError(
        inputName,
        `${where}: the Nix setting ${quoteValue(key)} is not allowed here. Allowed: ${[
          ...ALLOWED_NIX_SETTINGS,
        ].join(', ')}`,
      );
    }
    if (SECRET_SETTINGS.has(key)) secrets.push(...settingSecrets(value));
    settings.push(`${key} = ${value}`);
  });
  return { settings, secrets };
}

/** A whole credential value and each token in it (`host=token host2=token2`). */
function settingSecrets(value: string): string[] {
  if (value === '') return [];
  const tokens = value.split(/\s+/).map((entry) => entry.slice(entry.indexOf('=') + 1));
  return [value, ...tokens.filter((t) => t !== '')];
}
