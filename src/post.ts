import * as core from '@actions/core';
import { discardStoreCacheState, loadStoreCacheState } from './state.ts';
import { saveStorePaths } from './cache/store-cache.ts';
import { actionsLogger } from './log.ts';

/**
 * The action's post step: saves the built closure to the Actions cache. It runs after the job's
 * other steps, so the upload never delays the push, and it runs even when the push failed, so a
 * retried job does not build again.
 */
async function post(): Promise<void> {
  const state = await loadStoreCacheState();
  if (!state) {
    core.info('No store cache to save (nothing was built, or the cache is off).');
    return;
  }
  try {
    await core.group('Save Nix store cache', () =>
      saveStorePaths(state.key, state.closure, actionsLogger, state.restored),
    );
  } finally {
    await discardStoreCacheState();
  }
}

post().catch((err: unknown) => {
  // Caching is best-effort: a failure here warns and never fails the job.
  core.warning(`Store cache not saved: ${err instanceof Error ? err.message : String(err)}`);
});
