import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { NixeryError } from '../core/errors.ts';
import { cancellation } from '../core/cancellation.ts';
import type { Logger } from '../core/log.ts';
import { nixEnv } from './env.ts';

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

/** Shows an argument list the way a shell user would type it, for logs only. */
export function formatCommandLine(cmd: string, args: string[]): string {
  return [cmd, ...args]
    .map((a) => (/^[\w@%+=:,./!-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

/** The last `count` non-empty lines of a command's stderr, for error messages. */
export function tailLines(text: string, count = 30): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(-count).join('\n');
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
  opts.log?.debug(`$ ${formatCommandLine(cmd, args)}`);
  return new Promise<ExecResult>((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: nixEnv(opts.env ?? process.env),
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cancellation.trackChild(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    // A chunk may end inside a UTF-8 character; the decoder holds the rest back.
    const decoder = new StringDecoder('utf8');
    let partialLine = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (!opts.onStderrLine) return;
      const lines = (partialLine + decoder.write(chunk)).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) opts.onStderrLine(line);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        reject(
          new NixeryError(
            `Command '${cmd}' was not found: ${installHint(cmd)}`,
            'COMMAND_NOT_FOUND',
          ),
        );
      } else {
        reject(new NixeryError(`Could not run '${cmd}': ${err.message}`, 'COMMAND_FAILED'));
      }
    });
    child.on('close', (code, signal) => {
      if (partialLine && opts.onStderrLine) opts.onStderrLine(partialLine);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        // A process killed by a signal has no exit code; report it as a shell does.
        code: code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0),
      });
    });
  });
}
