import * as core from '@actions/core';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod';
import type { StoreCacheState } from '../pipeline/steps/nix.ts';
import { makeScratchDir } from '../core/scratch.ts';

/**
 * Main → post state, typed. The closure can list thousands of store paths, more than an
 * environment variable holds (the runner passes state as STATE_* variables), so the state
 * names a file in RUNNER_TEMP instead of holding the list.
 */
const STATE_NAME = 'store-cache-file';
const STATE_DIR_PREFIX = 'nixery-action-state';

const storeCacheSchema = z.object({
  key: z.object({ key: z.string().min(1), restoreKeys: z.array(z.string()) }),
  closure: z.array(z.string().startsWith('/')),
  restored: z.object({
    hit: z.enum(['exact', 'partial', 'none']),
    key: z.string().optional(),
    imported: z.number(),
  }),
});

export async function saveStoreCacheState(state: StoreCacheState): Promise<void> {
  const dir = await makeScratchDir(STATE_DIR_PREFIX);
  const file = join(dir, 'store-cache.json');
  await writeFile(file, JSON.stringify(state), { flag: 'wx', mode: 0o600 });
  core.saveState(STATE_NAME, file);
}

/** The state main left, or undefined when main never got as far as building. */
export async function loadStoreCacheState(): Promise<StoreCacheState | undefined> {
  const file = core.getState(STATE_NAME);
  if (!file) return undefined;
  const parsed = storeCacheSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`post step state in ${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** Removes the folder main left for the post step (outside a runner nothing else would). */
export async function discardStoreCacheState(): Promise<void> {
  const file = core.getState(STATE_NAME);
  if (!file || !basename(dirname(file)).startsWith(`${STATE_DIR_PREFIX}-`)) return;
  await rm(dirname(file), { recursive: true, force: true });
}
