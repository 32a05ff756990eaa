/**
 * The one way the action starts a program: an argument array (never a shell, except for
 * `extra-commands`, which is shell code by design and says so), the command line logged, the
 * child tracked so that a cancel stops it, a missing program reported with how to install
 * it, and captured output capped so that a runaway child cannot fill the memory.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { cancellation } from './cancellation.ts';
import { NixeryError } from './errors.ts';
import type { Logger } from './log.ts';

/** More stdout than this is an error, not a truncated answer. */
export const MAX_CAPTURED_STDOUT = 256 * 2 ** 20;
/** Of stderr only the end is kept: it is read for error messages. */
export const MAX_CAPTURED_STDERR = 2 ** 20;

export interface SpawnOptions {
  /** The child's whole environment: callers pass an allowlisted one (nix/env.ts). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** A file descriptor to read from, or 'pipe' for the caller to write; default: nothing. */
  stdin?: 'ignore' | 'pipe' | number;
  /** A file descriptor to write to, 'pipe' for the caller to read; default: captured. */
  stdout?: 'capture' | 'pipe' | number;
  /** Its own process group, so that a cancel stops what it started too. */
  group?: boolean;
  log?: Logger;
  /** The command line as logged, when the whole one would say too much. */
  shown?: string[];
  /** Install advice for a program that is not there. */
  installHint?: string;
  /** Each complete line of stdout (only when stdout is captured) or stderr, as it arrives. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** The stdout cap (default MAX_CAPTURED_STDOUT). */
  maxStdout?: number;
  /** Written to stdin, which is then closed (instead of `stdin`). */
  input?: string;
  /** Past this many milliseconds the child is killed and `done` rejects (COMMAND_TIMED_OUT). */
  timeoutMs?: number;
}

export interface ProcessResult {
  /** The exit code; a process killed by a signal gets 128 + its number, as a shell says. */
  code: number;
  signal: NodeJS.Signals | null;
  /** Captured stdout ('' when stdout went elsewhere). */
  stdout: string;
  /** The end of stderr (at most MAX_CAPTURED_STDERR bytes). */
  stderr: string;
}

export interface StartedProcess {
  child: ChildProcess;
  /** Settles when the child has exited and its output is read; rejects if it could not run. */
  done: Promise<ProcessResult>;
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

/** Splits a byte stream into lines, holding back a partial line and a split UTF-8 character. */
function lineSplitter(onLine: (line: string) => void) {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  return {
    write(chunk: Buffer) {
      const lines = (partial + decoder.write(chunk)).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      if (partial) onLine(partial);
      partial = '';
    },
  };
}

export function startProcess(cmd: string, args: string[], o: SpawnOptions = {}): StartedProcess {
  o.log?.debug(`$ ${formatCommandLine(cmd, o.shown ?? args)}`);
  const capture = (o.stdout ?? 'capture') === 'capture';
  const stdio: StdioOptions = [
    o.input !== undefined ? 'pipe' : (o.stdin ?? 'ignore'),
    capture ? 'pipe' : (o.stdout as 'pipe' | number),
    'pipe',
  ];
  const child = spawn(cmd, args, { env: o.env, cwd: o.cwd, stdio, detached: o.group === true });
  cancellation.trackChild(child, { group: o.group === true });
  if (o.input !== undefined) {
    // A child that exits without reading its input closes the pipe: not an error here.
    child.stdin?.on('error', () => {});
    child.stdin?.end(o.input);
  }
  const done = new Promise<ProcessResult>((resolve, reject) => {
    const stdout: Buffer[] = [];
    const maxStdout = o.maxStdout ?? MAX_CAPTURED_STDOUT;
    let stdoutBytes = 0;
    // Chunks kept in a list and cut back only past twice the cap: copying stays linear.
    let stderr: Buffer[] = [];
    let stderrBytes = 0;
    const outLines = o.onStdoutLine ? lineSplitter(o.onStdoutLine) : undefined;
    const errLines = o.onStderrLine ? lineSplitter(o.onStderrLine) : undefined;
    let failure: NixeryError | undefined;
    const timer =
      o.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            failure ??= new NixeryError(
              `${cmd} did not finish within ${o.timeoutMs! / 1000} s; it was stopped`,
              'COMMAND_TIMED_OUT',
            );
            child.kill('SIGKILL');
          }, o.timeoutMs);
    if (capture) {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdoutBytes += chunk.length;
        if (stdoutBytes > maxStdout) {
          failure ??= new NixeryError(
            `${cmd} wrote more than ${maxStdout} bytes of output; it was stopped`,
            'COMMAND_OUTPUT_TOO_LARGE',
          );
          child.kill('SIGTERM');
          return;
        }
        stdout.push(chunk);
        outLines?.write(chunk);
      });
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      stderrBytes += chunk.length;
      if (stderrBytes > 2 * MAX_CAPTURED_STDERR) {
        stderr = [Buffer.concat(stderr).subarray(-MAX_CAPTURED_STDERR)];
        stderrBytes = MAX_CAPTURED_STDERR;
      }
      errLines?.write(chunk);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new NixeryError(
              `Command '${cmd}' was not found: ${o.installHint ?? `install ${cmd} and put it on PATH`}`,
              'COMMAND_NOT_FOUND',
            )
          : new NixeryError(`Could not run '${cmd}': ${err.message}`, 'COMMAND_FAILED'),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      outLines?.end();
      errLines?.end();
      if (failure) {
        reject(failure);
        return;
      }
      resolve({
        code: code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0),
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).subarray(-MAX_CAPTURED_STDERR).toString('utf8'),
      });
    });
  });
  return { child, done };
}
