import type { Request } from './request.ts';
import type { Logger } from './log.ts';
import { ensureNix } from './nix/install.ts';
import { nixConfigEnv } from './nix/conf.ts';
import {
  evaluatePackages,
  outputsValid,
  realisePackages,
  type NixBuildResult,
} from './nix/build.ts';
import { cacheServiceMayBeThere } from './cache/available.ts';
import { storeCacheKey, type StoreCacheKey } from './cache/key.ts';
import type { RestoreResult } from './cache/store-cache.ts';

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
  const env = nixConfigEnv(req.nix.conf, process.env);
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
  if (req.cache.enabled) {
    const key = storeCacheKey({
      system: evaluated.system,
      source: sourceIdentity(evaluated.source),
      packages: evaluated.targets,
      suffix: req.cache.keySuffix,
    });
    storeCache = {
      key,
      closure: [],
      restored: await restoreIfNeeded(key, evaluated, buildRequest),
    };
  }
  const built = await realisePackages(evaluated, buildRequest);
  if (storeCache) storeCache.closure = built.closure.paths.map((p) => p.path);
  return { built, cacheHit: storeCache?.restored.hit === 'exact', storeCache };
}

/**
 * Restores the store cache unless there is nothing it could add: when every output is already
 * valid, or when no cache service is there (then the cache SDK is not even loaded).
 */
async function restoreIfNeeded(
  key: StoreCacheKey,
  evaluated: Parameters<typeof outputsValid>[0],
  req: Parameters<typeof outputsValid>[1] & { log: Logger },
): Promise<RestoreResult> {
  const none: RestoreResult = { hit: 'none', imported: 0 };
  if (!cacheServiceMayBeThere()) {
    req.log.info('The Actions cache service is not available: store paths are not restored.');
    return none;
  }
  if (await outputsValid(evaluated, req)) {
    req.log.info('Every store path to build is already valid: the store cache is not restored.');
    return none;
  }
  const { restoreStorePaths } = await import('./cache/store-cache.ts');
  return restoreStorePaths(key, req.log);
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
