import { NixeryError } from '../core/errors.ts';
import { sha256Hex } from '../core/digest.ts';

/** The Actions cache key of a closure archive, and the prefixes tried when it is missing. */
export interface StoreCacheKey {
  key: string;
  restoreKeys: string[];
}

/** What is known before evaluation: what the user asked for. */
export interface StoreCacheScope {
  /** Nix system, e.g. `x86_64-linux`: archives never cross systems. */
  system: string;
  /** Package names as requested (order and repeats do not matter). */
  packages: string[];
  /** Extra packages for the image's contents. */
  contents?: string[];
  /** The package source as written (`nixpkgs!nixos-25.05`, with its tarball URL). */
  source: string;
  /** The user's `cache-key`: a new one starts a fresh cache. */
  suffix?: string;
}

/** What evaluation found: the pinned source and exactly what will be built. */
export interface StoreCacheResolved {
  /** The most precise pin of the source (narHash, rev): never a moving channel. */
  pin: string;
  /** `<drv>!<output>` of everything built. */
  targets: string[];
}

// v2: the package list and cache-key lead, so that a moved channel still restores.
const prefix = 'nixery-store-v2';
// 64 bits of each hash keep keys short and readable; collisions only cost a wasted restore.
const hashLength = 16;
// Bounded so that a key stays far below @actions/cache's 512-character limit.
const systemPattern = /^[A-Za-z0-9_.-]{1,64}$/;

function shortHash(value: unknown): string {
  // JSON keeps the boundaries between names and parts unambiguous.
  return sha256Hex(JSON.stringify(value)).slice(0, hashLength);
}

const sorted = (names: string[] = []) => [...new Set(names)].sort();

/**
 * `nixery-store-v2-<system>-<request>-<source>-` where `<request>` hashes the sorted package
 * and contents lists and `cache-key`, and `<source>` the source as written. Both are known
 * before evaluation, so the cache can be restored first and the source's tree (in the entry)
 * spares the download.
 */
function prefixes(scope: StoreCacheScope): { request: string; source: string } {
  if (!systemPattern.test(scope.system)) {
    throw new NixeryError(
      `Store cache key: system ${JSON.stringify(scope.system)} must be 1 to 64 letters, digits, '_', '.' or '-'`,
      'CACHE_KEY_INVALID',
    );
  }
  if (scope.source === '') {
    throw new NixeryError('Store cache key: the package source is empty', 'CACHE_KEY_INVALID');
  }
  const request = `${prefix}-${scope.system}-${shortHash([sorted(scope.packages), sorted(scope.contents), scope.suffix ?? ''])}-`;
  return { request, source: `${request}${shortHash(scope.source)}-` };
}

/**
 * The lookup made before evaluation: the newest entry for the same request and source as
 * written, else the newest for the same request from any source (after a channel moved, or the
 * pin changed, most store paths are still the same). `key` itself never exists.
 */
export function storeCacheLookup(scope: StoreCacheScope): StoreCacheKey {
  const { request, source } = prefixes(scope);
  return { key: source, restoreKeys: [source, request] };
}

/**
 * The entry's own key: the lookup prefix, then a hash of the source's pin and the derivations
 * built. A new revision or another derivation is a new entry; the same build is the same key.
 */
export function storeCacheKey(scope: StoreCacheScope, resolved: StoreCacheResolved): StoreCacheKey {
  const lookup = storeCacheLookup(scope);
  return {
    key: `${lookup.key}${shortHash([resolved.pin, sorted(resolved.targets)])}`,
    restoreKeys: lookup.restoreKeys,
  };
}
