import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cancellation } from './cancellation.ts';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Scratch files never sit at a shared, predictable path: another local user could create that
 * path first (and the action fails with EACCES) or plant a symlink there (and the action writes
 * through it, or reads a swapped file). Every scratch file lives in a folder of its own run.
 */

/** RUNNER_TEMP on a runner (the runner's own folder, emptied after each job), else the OS temp dir. */
export function scratchBase(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.RUNNER_TEMP;
  return base && isAbsolute(base) ? base : tmpdir();
}

/**
 * A fresh folder only this user can enter. mkdtemp picks an unpredictable name and creates it
 * with mkdir, which fails on anything already there (a planted symlink included), so nothing
 * made beforehand can become this folder. The mode is set again in case a default ACL widened it.
 */
export async function makeScratchDir(
  prefix: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const dir = await mkdtemp(join(scratchBase(env), `${prefix}-`));
  await chmod(dir, 0o700);
  return dir;
}

/**
 * Runs `fn` with a fresh scratch folder and removes the folder afterwards, or on a cancel (the
 * process exits before a `finally` would run).
 */
export async function withScratchDir<T>(
  prefix: string,
  fn: (dir: string) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const dir = await makeScratchDir(prefix, env);
  const remove = () => rm(dir, { recursive: true, force: true });
  const forget = cancellation.onCleanup(remove);
  try {
    return await fn(dir);
  } finally {
    forget();
    await remove().catch(() => undefined);
  }
}
