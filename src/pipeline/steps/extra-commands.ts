import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NixeryError } from '../../core/errors.ts';
import { startProcess } from '../../core/spawn.ts';
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
  // The script runs like a `run:` step, with the runner's environment.
  const { done } = startProcess('sh', ['-e', '-c', script], {
    env: process.env,
    cwd: root,
    group: true,
    shown: ['-e', '-c', '<extra-commands>'],
    log,
    onStdoutLine: (line) => log.info(line),
    onStderrLine: (line) => log.info(line),
  });
  const { code } = await done;
  if (code !== 0) {
    throw new NixeryError(`extra-commands failed with exit code ${code}.`, 'EXTRA_COMMANDS_FAILED');
  }
  return root;
}
