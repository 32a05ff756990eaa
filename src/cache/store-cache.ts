import * as cache from '@actions/cache';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatBytes, type Logger } from '../log.ts';
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
  /** Store paths named by `nix-store --import` (already valid ones included). */
  imported: number;
}

/**
 * Where the archive lives while it is saved or restored. @actions/cache hashes the path list
 * into the entry's version, so it must be the same path in every run.
 */
export function storeArchivePath(): string {
  return join(tmpdir(), 'nixery-action-store', 'binary-cache');
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

export async function restoreStorePaths(
  key: StoreCacheKey,
  log: Logger,
  trust: CacheTrust = {},
): Promise<RestoreResult> {
  const none: RestoreResult = { hit: 'none', imported: 0 };
  if (!serviceAvailable(log, 'restored')) return none;
  const archive = storeArchivePath();
  try {
    await rm(archive, { recursive: true, force: true });
    await mkdir(dirname(archive), { recursive: true });
    const matched = await cache.restoreCache([archive], key.key, key.restoreKeys);
    if (matched === undefined) {
      log.info(`No store cache entry restored for ${key.key}.`);
      return none;
    }
    const hit = matched === key.key ? 'exact' : 'partial';
    const size = await folderSize(archive);
    log.info(`Importing ${formatBytes(size)} of store paths from cache entry ${matched} (${hit}).`);
    const paths = await importVerified(archive, trust, log);
    log.info(`Imported ${paths.length} store paths.`);
    return { hit, key: matched, imported: paths.length };
  } catch (err) {
    log.warning(`Store cache not restored, building without it: ${messageOf(err)}`);
    return none;
  } finally {
    await rm(archive, { recursive: true, force: true }).catch(() => undefined);
  }
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
  const archive = storeArchivePath();
  try {
    await mkdir(dirname(archive), { recursive: true });
    await rm(archive, { recursive: true, force: true });
    const paths = await exportVerifiable(
      await closureInImportOrder(closure, log),
      archive,
      trust,
      log,
    );
    if (paths.length === 0) return false;
    const size = await folderSize(archive);
    log.info(`Saving ${paths.length} store paths (${formatBytes(size)}) as ${key.key}.`);
    const id = await cache.saveCache([archive], key.key);
    // -1: @actions/cache already said why (an existing entry is an info line, errors warn).
    if (id === -1) {
      log.info(`Store cache entry ${key.key} was not saved.`);
      return false;
    }
    log.info(`Saved store cache entry ${key.key}.`);
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === cache.ReserveCacheError.name) {
      log.info(`Store cache entry ${key.key} already exists: ${err.message}`);
    } else {
      log.warning(`Store cache not saved: ${messageOf(err)}`);
    }
    return false;
  } finally {
    await rm(archive, { recursive: true, force: true }).catch(() => undefined);
  }
}
