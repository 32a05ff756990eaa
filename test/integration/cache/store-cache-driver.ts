/**
 * Runs store-cache calls in a process of their own, the way an action step runs: the
 * environment (service URL, token, TMPDIR, workspace) is fixed when the process starts, and
 * calls with different environments can run side by side.
 *
 *   node --import tsx store-cache-driver.ts '[{"op":"restore","key":…}, …]'
 *
 * Operations: `restore` {key}; `save` {key, closure, restored?}; `save-file` {key, file} saves
 * a copy of `file` as the archive with @actions/cache alone, to plant a bad archive.
 * The last stdout line is `RESULT <json>`: each call's return value and every line logged.
 */
import * as cache from '@actions/cache';
import { cp } from 'node:fs/promises';
import type { StoreCacheKey } from '../../../src/cache/key.ts';
import {
  restoreStorePaths,
  saveStorePaths,
  inArchiveFolder,
  STORE_ARCHIVE_NAME,
  type RestoreResult,
} from '../../../src/cache/store-cache.ts';
import type { CacheTrust } from '../../../src/cache/verify-import.ts';
import { memoryLogger } from '../../helpers/logger.ts';

export type DriverCall =
  | { op: 'restore'; key: StoreCacheKey; trust?: CacheTrust }
  | {
      op: 'save';
      key: StoreCacheKey;
      closure: string[];
      restored?: RestoreResult;
      trust?: CacheTrust;
    }
  // `file` is copied to the archive path whole: a file, or a binary cache folder.
  | { op: 'save-file'; key: StoreCacheKey; file: string };

const calls = JSON.parse(process.argv[2] ?? '[]') as DriverCall[];
const log = memoryLogger();
const results: unknown[] = [];
for (const call of calls) {
  if (call.op === 'restore') results.push(await restoreStorePaths(call.key, log, call.trust));
  else if (call.op === 'save') {
    results.push(await saveStorePaths(call.key, call.closure, log, call.restored, call.trust));
  } else {
    const { file, key } = call;
    const id = await inArchiveFolder(async (archive) => {
      await cp(file, archive, { recursive: true });
      return cache.saveCache([STORE_ARCHIVE_NAME], key.key);
    });
    results.push(id);
  }
}
process.stdout.write(`\nRESULT ${JSON.stringify({ results, lines: log.lines })}\n`);
