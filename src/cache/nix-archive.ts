import { open } from 'node:fs/promises';
import { NixeryError } from '../core/errors.ts';
import { startProcess } from '../core/spawn.ts';
import type { Logger } from '../core/log.ts';
import { nixEnv } from '../nix/env.ts';
import { runCommand, tailLines } from '../nix/exec.ts';

/**
 * Closures read from the store, in the order Nix imports them. The store cache itself travels
 * as a verified binary cache (verify-import.ts); `nix-store --export`/`--import`, which checks
 * no signature, is kept here only as the baseline the store-cache-verify benchmark measures.
 */

/**
 * Every path of the closure of `paths`, dependencies before their users (the order
 * `nix-store --import` registers them in). Fails when a path is not valid.
 */
export async function closureInImportOrder(paths: string[], log: Logger): Promise<string[]> {
  const invalid = await runCommand(
    'nix-store',
    ['--check-validity', '--print-invalid', ...[...paths].sort()],
    { log },
  );
  const invalidPaths = invalid.stdout.split('\n').filter((l) => l !== '');
  if (invalid.code !== 0 || invalidPaths.length > 0) {
    throw new NixeryError(
      `Store paths are not valid, not caching them: ${invalidPaths.join(', ') || tailLines(invalid.stderr)}`,
      'STORE_PATH_INVALID',
    );
  }
  // `--requisites` lists a closure in topological order; sorted input keeps it deterministic.
  const closure = await runCommand('nix-store', ['--query', '--requisites', ...[...paths].sort()], {
    log,
  });
  if (closure.code !== 0) {
    throw new NixeryError(
      `nix-store --query --requisites failed:\n${tailLines(closure.stderr)}`,
      'NIX_STORE_FAILED',
    );
  }
  return closure.stdout.split('\n').filter((l) => l !== '');
}

/** Writes `nix-store --export <paths>` into `file`; the caller orders the paths. */
export async function exportPaths(paths: string[], file: string, log: Logger): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await runWithFile('nix-store', ['--export', ...paths], { stdout: handle.fd }, log);
  } finally {
    await handle.close();
  }
}

/** Runs `nix-store --import < file` and returns the store paths it named. */
export async function importArchive(file: string, log: Logger): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const stdout = await runWithFile('nix-store', ['--import'], { stdin: handle.fd }, log);
    return stdout.split('\n').filter((l) => l !== '');
  } finally {
    await handle.close();
  }
}

/**
 * `runCommand` collects stdout in memory and closes stdin; an archive can be gigabytes, so here
 * the child reads or writes the file descriptor directly.
 */
async function runWithFile(
  cmd: string,
  args: string[],
  fds: { stdin?: number; stdout?: number },
  log: Logger,
): Promise<string> {
  // Paths make export command lines long; the first few say enough.
  const shown = args.length > 4 ? [...args.slice(0, 4), `… (${args.length - 4} more)`] : args;
  const { done } = startProcess(cmd, args, {
    env: nixEnv(),
    stdin: fds.stdin ?? 'ignore',
    stdout: fds.stdout ?? 'capture',
    log,
    shown,
  });
  const result = await done;
  if (result.code === 0) return result.stdout;
  const why = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  throw new NixeryError(
    `${cmd} ${args[0]} ${why}:\n${tailLines(result.stderr)}`,
    'NIX_STORE_FAILED',
  );
}
