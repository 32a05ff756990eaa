import * as cache from '@actions/cache';
import { join } from 'node:path';
import { formatBytes, type Logger } from '../core/log.ts';
import { withScratchDir } from '../core/scratch.ts';
import type { StoreCacheKey } from './key.ts';
import { closureInImportOrder } from './nix-archive.ts';
import { exportVerifiable, folderSize, importVerified, type CacheTrust } from './verify-import.ts';

/**
 * The Nix store closure of an image, kept in the Actions cache between runs as one archive
 * per key (the service allows about 200 uploads a minute: never one entry per store path).
 *
 * Caching is best-effort: every failure is a warning and the build goes on. @actions/cache
 * swallows service errors itself (it warns through @actions/core and reports a miss), so a
 * failed restore looks like a miss here.
 */

export interface RestoreResult {
  hit: 'exact' | 'partial' | 'none';
  /** The key of the entry that was restored. */
  key?: string;
  /** Store paths the verified import named (already valid ones included). */
  imported: number;
}

/**
 * The archive's path as given to @actions/cache. Two things constrain it. The service hashes
 * the path list into the entry's version, so the string must be the same in every run. And
 * tar stores each path relative to GITHUB_WORKSPACE (`-P -C $GITHUB_WORKSPACE`) and extracts it
 * there, so where the path resolves must be the same too. A fixed absolute path in the temp dir
 * meets both but is shared with every local user (pre-created, or a planted symlink). So the
 * string is relative, and @actions/cache runs with its working directory, GITHUB_WORKSPACE and
 * RUNNER_TEMP (its own scratch) all set to a fresh folder private to this run: the string and
 * the tar entry are always this name, and the bytes always land in the private folder.
 */
// A folder: the closure is a Nix binary cache (verify-import.ts).
export const STORE_ARCHIVE_NAME = 'nixery-store-cache';

/**
 * Runs `fn` with a fresh private folder (removed after) holding the archive path, and with
 * @actions/cache pointed at that folder. Calls do not overlap: the action and the post step call
 * the cache one operation at a time, so changing the working directory for the call is safe.
 */
export async function inArchiveFolder<T>(fn: (archive: string) => Promise<T>): Promise<T> {
  return withScratchDir('nixery-store-cache', async (dir) => {
    const cwd = process.cwd();
    const saved = {
      GITHUB_WORKSPACE: process.env.GITHUB_WORKSPACE,
      RUNNER_TEMP: process.env.RUNNER_TEMP,
    };
    process.chdir(dir);
    process.env.GITHUB_WORKSPACE = dir;
    process.env.RUNNER_TEMP = dir;
    try {
      return await fn(join(dir, STORE_ARCHIVE_NAME));
    } finally {
      process.chdir(cwd);
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
}

function serviceAvailable(log: Logger, action: string): boolean {
  if (cache.isFeatureAvailable()) return true;
  log.info(
    `The Actions cache service is not available (not on GitHub Actions, or a GitHub Enterprise ` +
      `Server without it): store paths are not ${action}.`,
  );
  return false;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Restores the newest matching entry and imports it. `onImported` receives the imported paths:
 * the entry carries the source's tree and pin besides the closure (src/cache/source-pin.ts).
 */
export async function restoreStorePaths(
  key: StoreCacheKey,
  log: Logger,
  trust: CacheTrust = {},
  onImported?: (paths: string[]) => void,
): Promise<RestoreResult> {
  const none: RestoreResult = { hit: 'none', imported: 0 };
  if (!serviceAvailable(log, 'restored')) return none;
  try {
    return await inArchiveFolder((archive) => restoreInto(archive, key, log, trust, onImported));
  } catch (err) {
    log.warning(`Store cache not restored, building without it: ${messageOf(err)}`);
    return none;
  }
}

async function restoreInto(
  archive: string,
  key: StoreCacheKey,
  log: Logger,
  trust: CacheTrust,
  onImported?: (paths: string[]) => void,
): Promise<RestoreResult> {
  const none: RestoreResult = { hit: 'none', imported: 0 };
  const matched = await cache.restoreCache([STORE_ARCHIVE_NAME], key.key, key.restoreKeys);
  if (matched === undefined) {
    log.info(`No store cache entry restored for ${key.key}.`);
    return none;
  }
  const hit = matched === key.key ? 'exact' : 'partial';
  const size = await folderSize(archive);
  log.info(`Importing ${formatBytes(size)} of store paths from cache entry ${matched} (${hit}).`);
  const paths = await importVerified(archive, trust, log);
  log.info(`Imported ${paths.length} store paths.`);
  onImported?.(paths);
  return { hit, key: matched, imported: paths.length };
}

/**
 * Saves the closure under `key.key` unless that very entry was just restored (entries are
 * immutable: an exact hit already holds everything). Returns whether an entry was written.
 */
export async function saveStorePaths(
  key: StoreCacheKey,
  closure: string[],
  log: Logger,
  restored?: RestoreResult,
  trust: CacheTrust = {},
): Promise<boolean> {
  if (restored?.hit === 'exact' && restored.key === key.key) {
    log.info(`Store cache entry ${key.key} was restored exactly; not saving it again.`);
    return false;
  }
  if (closure.length === 0) {
    log.info('No store paths to cache.');
    return false;
  }
  if (!serviceAvailable(log, 'saved')) return false;
  try {
    return await inArchiveFolder((archive) => saveFrom(archive, key, closure, log, trust));
  } catch (err) {
    if (err instanceof Error && err.name === cache.ReserveCacheError.name) {
      log.info(`Store cache entry ${key.key} already exists: ${err.message}`);
    } else {
      log.warning(`Store cache not saved: ${messageOf(err)}`);
    }
    return false;
  }
}

async function saveFrom(
  archive: string,
  key: StoreCacheKey,
  closure: string[],
  log: Logger,
  trust: CacheTrust,
): Promise<boolean> {
  const paths = await exportVerifiable(
    await closureInImportOrder(closure, log),
    archive,
    trust,
    log,
  );
  if (paths.length === 0) return false;
  const size = await folderSize(archive);
  log.info(`Saving ${paths.length} store paths (${formatBytes(size)}) as ${key.key}.`);
  const id = await cache.saveCache([STORE_ARCHIVE_NAME], key.key);
  // -1: @actions/cache already said why (an existing entry is an info line, errors warn).
  if (id === -1) {
    log.info(`Store cache entry ${key.key} was not saved.`);
    return false;
  }
  log.info(`Saved store cache entry ${key.key}.`);
  return true;
}
