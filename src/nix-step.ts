import type { Request } from './request.ts';
import type { Logger } from './log.ts';
import { ensureNix } from './nix/install.ts';
import { nixConfigEnv } from './nix/conf.ts';
import { checkStoreAccess, type StoreAccess } from './nix/store-access.ts';
import { evaluatePackages, realisePackages, type NixBuildResult } from './nix/build.ts';
import { storeCacheKey, type StoreCacheKey } from './cache/key.ts';
import { restoreStorePaths, type RestoreResult } from './cache/store-cache.ts';

/** What the post step (or the CLI) needs to save the store cache after a build. */
export interface StoreCacheState {
  key: StoreCacheKey;
  closure: string[];
  restored: RestoreResult;
}

export interface NixStepResult {
  built: NixBuildResult;
  cacheHit: boolean;
  storeCache?: StoreCacheState;
}

/**
 * Nix from start to finish: make sure it is there, resolve the packages, restore the store cache
 * keyed by exactly what will be built, then build. Evaluating first means a missing package
 * fails before any download, and the cache key names derivations, never a moving channel.
 */
export async function runNixStep(req: Request, log: Logger): Promise<NixStepResult> {
  const nix = await ensureNix({
    mode: req.nix.install,
    installerUrl: req.nix.installerUrl,
    installerSha256: req.nix.installerSha256,
    log,
  });
  log.info(`Nix ${nix.version} in ${nix.binDir}${nix.installed ? ' (installed now)' : ''}`);
  // Before evaluating: a store Nix cannot use fails here, with what to change.
  const access = await checkStoreAccess({
    binDir: nix.binDir,
    env: nixConfigEnv(req.nix.conf, process.env),
    userConf: req.nix.conf,
    log,
  });
  const env = nixConfigEnv([...access.extraConf, ...req.nix.conf], process.env);
  const buildRequest = {
    packages: req.packages,
    contents: req.contents,
    pkgSource: req.pkgSource,
    system: req.system,
    nixpkgsUrl: req.nix.nixpkgsUrl,
    env,
    log,
  };
  const evaluated = await evaluatePackages(buildRequest);

  let storeCache: StoreCacheState | undefined;
  if (req.cache.enabled && storeCacheUsable(access, log)) {
    const key = storeCacheKey({
      system: evaluated.system,
      source: sourceIdentity(evaluated.source),
      packages: evaluated.targets,
      suffix: req.cache.keySuffix,
    });
    const restored = await restoreStorePaths(key, log, { signingKey: req.cache.signingKey });
    storeCache = { key, closure: [], restored };
  }
  const built = await realisePackages(evaluated, buildRequest);
  if (storeCache) storeCache.closure = built.closure.paths.map((p) => p.path);
  return { built, cacheHit: storeCache?.restored.hit === 'exact', storeCache };
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

/** The most precise pin a source reported: a git rev, a narHash, a fetched store path. */
function sourceIdentity(source: Record<string, string>): string {
  return (
    source.rev ??
    source.narHash ??
    source.storePath ??
    source.dir ??
    JSON.stringify(Object.entries(source).sort())
  );
}
