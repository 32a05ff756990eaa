import * as core from '@actions/core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { StoreCacheState } from './nix-step.ts';

/**
 * Main → post state, typed. The closure can list thousands of store paths, more than an
 * environment variable holds (the runner passes state as STATE_* variables), so the state
 * names a file in RUNNER_TEMP instead of holding the list.
 */
const STATE_NAME = 'store-cache-file';

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
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'nixery-action-state-'));
  const file = join(dir, 'store-cache.json');
  await writeFile(file, JSON.stringify(state));
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
