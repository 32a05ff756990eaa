import * as core from '@actions/core';
import { discardStoreCacheState, loadStoreCacheState } from './action/state.ts';
import { parseSigningKey } from './cache/verify-import.ts';
import { actionsLogger } from './action/logger.ts';
import { SecretSet } from './core/secrets.ts';

// The post step's one masker. The signing key is read from the input again, never from the
// state file: a secret is not written to disk.
const secrets = new SecretSet((s) => core.setSecret(s));

/**
 * The action's post step: saves the built closure to the Actions cache. It runs after the job's
 * other steps, so the upload never delays the push, and it runs even when the push failed, so a
 * retried job does not build again.
 */
async function post(): Promise<void> {
  const key = core.getInput('cache-signing-key').trim();
  // The whole key, and its base64 part alone (what a message quoting it would show).
  secrets.add(key, key.slice(key.indexOf(':') + 1));
  const state = await loadStoreCacheState();
  if (!state) {
    core.info('No store cache to save (nothing was built, or the cache is off).');
    return;
  }
  try {
    const { saveStorePaths } = await import('./cache/store-cache.ts');
    const signingKey = parseSigningKey(core.getInput('cache-signing-key'));
    const log = secrets.logger(actionsLogger);
    await log.group('Save Nix store cache', () =>
      saveStorePaths(state.key, state.closure, log, state.restored, { signingKey }),
    );
  } finally {
    await discardStoreCacheState();
  }
}

post().catch((err: unknown) => {
  // Caching is best-effort: a failure here warns and never fails the job.
  const message = err instanceof Error ? err.message : String(err);
  core.warning(`Store cache not saved: ${secrets.redact(message)}`);
});
