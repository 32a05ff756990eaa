import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { NixeryError } from '../../core/errors.ts';
import { cancellation } from '../../core/cancellation.ts';
import type { Logger } from '../../core/log.ts';

/**
 * Runs the user's `extra-commands` with `sh -e -c` in an empty folder that becomes the root of
 * the customisation layer, as dockerTools' extraCommands do. This input is code by design (it
 * is written by the workflow's author, like a `run:` step); no other input ever reaches a shell.
 */
export async function runExtraCommands(
  script: string,
  workDir: string,
  log: Logger,
): Promise<string> {
  const root = join(workDir, 'extra-root');
  await mkdir(root, { recursive: true });
  log.info('running extra-commands in the customisation layer root');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('sh', ['-e', '-c', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a cancel stops what the script started too.
      detached: true,
    });
    cancellation.trackChild(child, { group: true });
    child.stdout.on('data', (d: Buffer) => log.info(d.toString().trimEnd()));
    child.stderr.on('data', (d: Buffer) => log.info(d.toString().trimEnd()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new NixeryError(`extra-commands failed with exit code ${code}.`, 'EXTRA_COMMANDS_FAILED');
  }
  return root;
}
