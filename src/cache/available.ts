/**
 * Whether an Actions cache service may be there, read from the environment alone, so that a
 * run without one never loads the cache SDK (and its Azure client): that load is most of the
 * action's start-up. When this says yes, the SDK makes the exact check itself.
 */
export function cacheServiceMayBeThere(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
