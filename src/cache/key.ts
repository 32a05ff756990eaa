import { createHash } from 'node:crypto';
import { NixeryError } from '../errors.ts';

/** The Actions cache key of a closure archive, and the prefixes tried when it is missing. */
export interface StoreCacheKey {
  key: string;
  restoreKeys: string[];
}

export interface StoreCacheKeyParts {
  /** Nix system, e.g. `x86_64-linux`: archives never cross systems. */
  system: string;
  /** The resolved package source, e.g. `nixpkgs@<rev>` or a narHash: never a moving channel. */
  source: string;
  packages: string[];
  /** Anything else that changes the closure (image options, a format version). */
  suffix?: string;
}

const prefix = 'nixery-store';
// 64 bits of each hash keep keys short and readable; collisions only cost a wasted restore.
const hashLength = 16;
// Bounded so that a key stays far below @actions/cache's 512-character limit.
const systemPattern = /^[A-Za-z0-9_.-]{1,64}$/;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, hashLength);
}

/**
 * `nixery-store-<system>-<source hash>-<packages hash>`. Packages are sorted and de-duplicated
 * so that their order never busts the cache. The restore key keeps system and source: a closure
 * built from the same package set shares most store paths with ours.
 */
export function storeCacheKey(parts: StoreCacheKeyParts): StoreCacheKey {
  if (!systemPattern.test(parts.system)) {
    throw new NixeryError(
      `Store cache key: system ${JSON.stringify(parts.system)} must be 1 to 64 letters, digits, '_', '.' or '-'`,
      'CACHE_KEY_INVALID',
    );
  }
  if (parts.source === '') {
    throw new NixeryError('Store cache key: the package source is empty', 'CACHE_KEY_INVALID');
  }
  const packages = [...new Set(parts.packages)].sort();
  // JSON keeps the boundaries between names and suffix unambiguous.
  const packagesHash = shortHash(JSON.stringify([packages, parts.suffix ?? '']));
  const restoreKey = `${prefix}-${parts.system}-${shortHash(parts.source)}-`;
  return { key: `${restoreKey}${packagesHash}`, restoreKeys: [restoreKey] };
}
