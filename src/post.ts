import * as core from '@actions/core';

/**
 * The action's post step. It has nothing to save until the store cache exists; it still runs so
 * that action.yml's contract (main + post) is stable for workflows pinned to this version.
 */
async function post(): Promise<void> {
  core.debug('post step: nothing to do');
}

post().catch((err: unknown) => {
  // Caching is best-effort: a failure here warns and never fails the job.
  core.warning(err instanceof Error ? err.message : String(err));
});
