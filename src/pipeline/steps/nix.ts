import type { Request } from '../../request/request.ts';
import type { Logger } from '../../core/log.ts';
import { errorCode, NixeryError } from '../../core/errors.ts';
import { ensureNix, findNix } from '../../nix/install.ts';
import { nixConfigEnv } from '../../nix/conf.ts';
import { checkStoreAccess, type StoreAccess } from '../../nix/store-access.ts';
import { remoteBuildEnv } from '../../nix/remote.ts';
import { formatPkgSource, needsFlakes } from '../../nix/source.ts';
import {
  evaluatePackages,
  outputsValid,
  pinnedFlakeRef,
  realisePackages,
  type EvaluatedPackages,
  type NixBuildResult,
} from '../../nix/build.ts';
import {
  storeCacheKey,
  storeCacheLookup,
  type StoreCacheKey,
  type StoreCacheScope,
} from '../../cache/key.ts';
import type { RestoreResult } from '../../cache/store-cache.ts';
import { cacheServiceMayBeThere } from '../../cache/available.ts';
import {
  addPin,
  narHashOf,
  readLocalPin,
  reusablePin,
  saveLocalPin,
  tarballTtl,
  type SourcePin,
} from '../../cache/source-pin.ts';

/** What the post step (or the CLI) needs to save the store cache after a build. */
export interface StoreCacheState {
  key: StoreCacheKey;
  closure: string[];
  restored: RestoreResult;
}

export interface NixStepResult {
  kind: 'built';
  evaluated: EvaluatedPackages;
  built: NixBuildResult;
  cacheHit: boolean;
  storeCache?: StoreCacheState;
}

/** The registry already holds what these packages would make: nothing was restored or built. */
export interface NixStepUnchanged<T> {
  kind: 'unchanged';
  evaluated: EvaluatedPackages;
  found: T;
  /** The store cache was restored (a pinnable source is restored before evaluating). */
  cacheHit: boolean;
}

/**
 * Asked once the packages are evaluated, before the store cache is restored or anything is
 * built: something found makes the rest of the step unnecessary.
 */
export type UnchangedCheck<T> = (evaluated: EvaluatedPackages) => Promise<T | undefined>;

/** Flakes came with Nix 2.4: older versions get a clear error, not a parse failure. */
export function requireFlakeSupport(version: string, source: string): void {
  const [major = 0, minor = 0] = version.split('.').map((n) => Number.parseInt(n, 10));
  if (major < 2 || (major === 2 && minor < 4)) {
    throw new NixeryError(
      `${source} needs Nix 2.4 or later (flakes); this is Nix ${version}. Use a newer Nix, or a nixpkgs! or git! source.`,
      'NIX_TOO_OLD_FOR_FLAKES',
    );
  }
}

/**
 * The Nix system of this machine as Node sees it, for the cache lookup made before Nix is asked
 * anything (`x86_64-linux`, `aarch64-darwin`). Should Nix think otherwise, the lookup only
 * misses: the entry's own key names the derivations, which name their system.
 */
function nodeSystem(): string {
  const arch = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686' }[process.arch as string];
  return `${arch ?? process.arch}-${process.platform}`;
}

/** The source as written, with what it is fetched from: what a pin and a cache scope name. */
function sourceText(req: Request): string {
  const text = formatPkgSource(req.pkgSource);
  return req.pkgSource.kind === 'nixpkgs' ? `${text} ${req.nix.nixpkgsUrl}` : text;
}

/**
 * Nix from start to finish: make sure it is there, restore the store cache (the newest entry
 * for the same packages and system: the source's tree comes with it, so evaluation downloads
 * nothing), resolve the packages, then build. The entry's own key names the source's pin and
 * the derivations, never a moving channel.
 */
export async function runNixStep<T = never>(
  req: Request,
  log: Logger,
  unchanged?: UnchangedCheck<T>,
): Promise<NixStepResult | NixStepUnchanged<T>> {
  // Before evaluating: a store Nix cannot use fails here, with what to change.
  const storeAccess = (binDir: string) =>
    checkStoreAccess({
      binDir,
      env: nixConfigEnv(req.nix.conf, process.env),
      userConf: req.nix.conf,
      log,
    });
  // A Nix already there (and not to be installed anyway) is asked for its version and about
  // its store at once: two probes of tens of milliseconds each, neither needing the other.
  const present = req.nix.install === 'true' ? undefined : findNix();
  const early = present === undefined ? undefined : storeAccess(present);
  early?.catch(() => undefined); // met below, once the Nix found is known to be that one
  const nix = await ensureNix({
    mode: req.nix.install,
    installerUrl: req.nix.installerUrl,
    installerSha256: req.nix.installerSha256,
    log,
  });
  log.info(`Nix ${nix.version} in ${nix.binDir}${nix.installed ? ' (installed now)' : ''}`);
  if (needsFlakes(req.pkgSource)) requireFlakeSupport(nix.version, formatPkgSource(req.pkgSource));
  const access = await (early && nix.binDir === present ? early : storeAccess(nix.binDir));
  const env = await remoteBuildEnv(
    req.nix.remote,
    nixConfigEnv([...access.extraConf, ...req.nix.conf], process.env),
  );
  const buildRequest = {
    packages: req.packages,
    contents: req.contents,
    pkgSource: req.pkgSource,
    system: req.system,
    nixpkgsUrl: req.nix.nixpkgsUrl,
    nixpkgsConfig: req.nix.nixpkgsConfig,
    flakeLock: req.nix.flakeLock,
    env,
    log,
  };

  let scope: StoreCacheScope | undefined;
  let restored: RestoreResult | undefined;
  let pin: SourcePin | undefined;
  let evaluated: EvaluatedPackages | undefined;
  let checked = false;
  if (req.cache.enabled && storeCacheUsable(access, log)) {
    scope = {
      system: req.system ?? nodeSystem(),
      packages: req.packages,
      contents: req.contents,
      source: sourceText(req),
      suffix: req.cache.keySuffix,
    };
    // A tarball source is evaluated before the restore only with a tree this runner still
    // has; otherwise the cache entry brings the tree (and its pin), so restore first.
    const localPin =
      pinnable(req.pkgSource) && cacheServiceMayBeThere()
        ? await readLocalPin(scope.source, tarballTtl(req.nix.conf), log)
        : undefined;
    if ((!pinnable(req.pkgSource) || localPin) && cacheServiceMayBeThere()) {
      // Nothing to learn from the cache before evaluating: evaluate, and restore only when
      // some output is missing (a persistent runner often has them all).
      pin = localPin;
      evaluated = await evaluateWithPin(buildRequest, localPin, log);
      const found = await unchanged?.(evaluated);
      if (found !== undefined) return { kind: 'unchanged', evaluated, found, cacheHit: false };
      checked = true;
      if (await outputsValid(evaluated, buildRequest)) {
        log.info('Every store path to build is already valid: the store cache is not restored.');
        restored = { hit: 'none', imported: 0 };
      }
    }
    if (!restored) {
      let imported: string[] = [];
      restored = await restoreFromCache(
        storeCacheLookup(scope),
        log,
        { signingKey: req.cache.signingKey },
        (p) => (imported = p),
      );
      pin = (await reusablePin(imported, scope.source, tarballTtl(req.nix.conf), log)) ?? pin;
    }
  }
  evaluated ??= await evaluateWithPin(buildRequest, pin, log);

  let storeCache: StoreCacheState | undefined;
  if (scope && restored) {
    const key = storeCacheKey(scope, {
      pin: sourceIdentity(evaluated.source),
      targets: evaluated.targets,
    });
    const hit =
      restored.key === undefined ? 'none' : restored.key === key.key ? 'exact' : 'partial';
    log.info(`Store cache key ${key.key}: ${hit === 'exact' ? 'restored exactly' : `${hit} hit`}.`);
    storeCache = {
      key,
      closure: [],
      restored: { hit, key: restored.key, imported: restored.imported },
    };
  }
  if (!checked) {
    const found = await unchanged?.(evaluated);
    const cacheHit = storeCache?.restored.hit === 'exact';
    if (found !== undefined) return { kind: 'unchanged', evaluated, found, cacheHit };
  }
  const built = await realisePackages(evaluated, buildRequest);
  if (storeCache) {
    const pinPath = await pinFor(req, evaluated, pin, log);
    storeCache.closure = [
      ...new Set([
        ...built.closure.paths.map((p) => p.path),
        ...evaluated.sourceTrees,
        ...(pinPath ? [pinPath] : []),
      ]),
    ];
  }
  return {
    kind: 'built',
    evaluated,
    built,
    cacheHit: storeCache?.restored.hit === 'exact',
    storeCache,
  };
}

/**
 * Restores the store cache when a cache service may be there; otherwise the cache SDK is not
 * even loaded.
 */
async function restoreFromCache(
  ...args: Parameters<typeof import('../../cache/store-cache.ts').restoreStorePaths>
): Promise<RestoreResult> {
  if (!cacheServiceMayBeThere()) {
    args[1].info('The Actions cache service is not available: store paths are not restored.');
    return { hit: 'none', imported: 0 };
  }
  const { restoreStorePaths } = await import('../../cache/store-cache.ts');
  return restoreStorePaths(...args);
}

/**
 * A daemon takes no settings from an untrusted user: it would not trust the cache-signing-key
 * for the import (verify-import.ts), so every locally built path would be refused, and
 * downloading the entry would be wasted.
 */
function storeCacheUsable(access: StoreAccess, log: Logger): boolean {
  if (access.trusted) return true;
  log.warning(
    `Store cache off: the nix-daemon does not trust user ${access.user}, so it would refuse the ` +
      `cached store paths (it trusts no key of this cache). To use the cache, add ${access.user} to ` +
      `trusted-users in the daemon's nix.conf ("trusted-users = root ${access.user}") and ` +
      'restart the daemon.',
  );
  return false;
}

/**
 * Evaluates with the cached pin; should Nix refuse it (the tree was not in the store after all
 * and the tarball it downloaded has another hash), evaluates once more without it.
 */
async function evaluateWithPin(
  req: Parameters<typeof evaluatePackages>[0],
  pin: SourcePin | undefined,
  log: Logger,
): Promise<EvaluatedPackages> {
  if (!pin) return evaluatePackages(req);
  try {
    return await evaluatePackages({ ...req, sourceNarHash: pin.narHash });
  } catch (err) {
    if (errorCode(err) !== 'NIX_EVAL_FAILED') throw err;
    log.warning(`Evaluation with the cached source pin failed; fetching the source again.`);
    return evaluatePackages(req);
  }
}

/** Tarball sources, which a cached pin (their narHash) lets Nix find without downloading. */
function pinnable(s: Request['pkgSource']): boolean {
  return s.kind === 'nixpkgs' || (s.kind === 'flake' && pinnedFlakeRef(s.ref, 'x') !== s.ref);
}

/** The pin saved with the entry: for tarball sources Nix can find by hash. */
async function pinFor(
  req: Request,
  evaluated: EvaluatedPackages,
  reused: SourcePin | undefined,
  log: Logger,
): Promise<string | undefined> {
  if (!pinnable(req.pkgSource)) return undefined;
  const storePath = evaluated.source.storePath;
  const narHash =
    evaluated.source.narHash ?? (storePath ? await narHashOf(storePath, log) : undefined);
  if (!narHash) return undefined;
  const source = sourceText(req);
  const resolvedAt =
    reused && reused.narHash === narHash ? reused.resolvedAt : new Date().toISOString();
  if (storePath) await saveLocalPin({ source, narHash, resolvedAt }, storePath, log);
  return addPin({ source, narHash, resolvedAt }, log);
}

/** The most precise pin a source reported: a narHash, a git rev, a fetched store path. */
function sourceIdentity(source: Record<string, string>): string {
  return (
    source.narHash ??
    source.rev ??
    source.storePath ??
    source.dir ??
    JSON.stringify(Object.entries(source).sort())
  );
}
