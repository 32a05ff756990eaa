import type { Logger } from '../core/log.ts';
import { startProcess } from '../core/spawn.ts';
import { nixEnv } from './env.ts';

export { formatCommandLine, tailLines } from '../core/spawn.ts';

export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface ExecOptions {
  /**
   * The environment to take the child's from (default: this process's). Only allowlisted
   * variables pass (env.ts): every command run here is Nix or its installer.
   */
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  cwd?: string;
  /** Called with each complete stderr line as it arrives (build progress). */
  onStderrLine?: (line: string) => void;
}

const installHints: Record<string, string> = {
  nix: 'install Nix (https://nixos.org/download, or on Debian: apt-get install -y nix-bin)',
  git: 'install git (on Debian: apt-get install -y git)',
};

function installHint(cmd: string): string {
  if (cmd.startsWith('nix')) return installHints.nix!;
  return installHints[cmd] ?? `install ${cmd} and put it on PATH`;
}

/**
 * Runs a program with an argument array (never through a shell) and collects its output.
 * A non-zero exit is returned, not thrown: callers know what a failure means for them.
 */
export async function runCommand(
  cmd: string,
  args: string[],
  opts: ExecOptions = {},
): Promise<ExecResult> {
  const { done } = startProcess(cmd, args, {
    env: nixEnv(opts.env ?? process.env),
    cwd: opts.cwd,
    log: opts.log,
    installHint: installHint(cmd),
    onStderrLine: opts.onStderrLine,
  });
  const { stdout, stderr, code } = await done;
  return { stdout, stderr, code };
}
