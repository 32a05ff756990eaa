import * as core from '@actions/core';
import { loadStoreCacheState } from './state.ts';
import { actionsLogger } from './log.ts';

/**
 * The action's post step: saves the built closure to the Actions cache. It runs after the job's
 * other steps, so the upload never delays the push, and it runs even when the push failed, so a
 * retried job does not build again.
 */
async function post(): Promise<void> {
  const state = await loadStoreCacheState();
  if (!state) {
    core.info('Nothing was built: no store cache to save.');
    return;
  }
  const { saveStorePaths } = await import('./cache/store-cache.ts');
  await core.group('Save Nix store cache', () =>
    saveStorePaths(state.key, state.closure, actionsLogger, state.restored),
  );
}

post().catch((err: unknown) => {
  // Caching is best-effort: a failure here warns and never fails the job.
  core.warning(`Store cache not saved: ${err instanceof Error ? err.message : String(err)}`);
});
