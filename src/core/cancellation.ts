import type { ChildProcess } from 'node:child_process';
import { NixeryError } from './errors.ts';

/**
 * What a cancelled run still does before it exits. A runner cancels a job with SIGINT, then
 * SIGTERM about 7.5 s later, then SIGKILL 2.5 s after that; within that time the run:
 *   1. stops its child processes (Nix builds, archive exports), so none outlives it;
 *   2. lets a tag loop that had started finish, or rolls it back once the grace time is over,
 *      so that no tag set is left moved half-way (a loop that had not started never starts);
 *   3. removes its scratch folders;
 *   4. exits with the shell's code for the signal (130, 143).
 * In-flight uploads are simply dropped with the process: nothing names a blob until a manifest
 * and its tags do.
 */

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type CancelSignal = keyof typeof SIGNAL_EXIT_CODES;

/** How long a started tag loop may go on after a cancel before it is rolled back. */
export const TAG_GRACE_MS = 3000;
/** How long the whole cancel may take before the process exits regardless. */
const HARD_LIMIT_MS = 7000;
const CHILD_KILL_WAIT_MS = 2000;

type Cleanup = () => unknown;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** One process's cancellation state: what to stop, wait for and remove when a signal comes. */
export class Cancellation {
  private readonly cleanups = new Set<Cleanup>();
  private readonly children = new Map<ChildProcess, boolean>();
  private readonly sections = new Set<Promise<unknown>>();
  /** Aborted when a started guarded section must stop and roll back. */
  private readonly overdue = new AbortController();
  private signal: CancelSignal | undefined;

  constructor(private readonly limits = { tagGraceMs: TAG_GRACE_MS, hardLimitMs: HARD_LIMIT_MS }) {}

  get cancelledBy(): CancelSignal | undefined {
    return this.signal;
  }

  /** Registers work to do on cancel (removing a scratch folder); returns its undo. */
  onCleanup(fn: Cleanup): () => void {
    this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }

  /**
   * A child process stopped on cancel; it leaves the set when it exits. A child spawned with
   * `detached: true` leads its own process group, and the whole group is stopped (a shell's
   * own children included).
   */
  trackChild(child: ChildProcess, opts: { group?: boolean } = {}): void {
    this.children.set(child, opts.group ?? false);
    child.once('close', () => this.children.delete(child));
  }

  /**
   * Runs a section that must not stop half-way (moving tags). It does not start after a
   * cancel; a cancel that arrives while it runs waits for it, and aborts the section's signal
   * after the grace time so that it rolls back what it did.
   */
  async uninterruptible<T>(fn: (overdue: AbortSignal) => Promise<T>): Promise<T> {
    if (this.signal) {
      throw new NixeryError(`cancelled (${this.signal}) before tags were moved`, 'CANCELLED');
    }
    const running = fn(this.overdue.signal);
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.sections.add(settled);
    try {
      return await running;
    } finally {
      this.sections.delete(settled);
    }
  }

  /** Does the cancel described at the top of this file; resolves with the exit code. */
  async cancel(signal: CancelSignal): Promise<number> {
    this.signal ??= signal;
    const grace = setTimeout(() => this.overdue.abort(), this.limits.tagGraceMs);
    const steps = (async () => {
      await Promise.all([this.stopChildren(), Promise.all(this.sections)]);
      for (const fn of [...this.cleanups]) {
        try {
          await fn();
        } catch {
          // Best effort: the exit must not wait on a folder that cannot be removed.
        }
      }
    })();
    await Promise.race([steps, sleep(this.limits.hardLimitMs)]);
    clearTimeout(grace);
    return SIGNAL_EXIT_CODES[signal];
  }

  private async stopChildren(): Promise<void> {
    const running = [...this.children].filter(
      ([c]) => c.exitCode === null && c.signalCode === null,
    );
    const closed = running.map(([c]) => new Promise((resolve) => c.once('close', resolve)));
    const stop = (signal: NodeJS.Signals) => {
      for (const [child, group] of running) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        try {
          if (group && child.pid) process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
          // Gone in the meantime.
        }
      }
    };
    stop('SIGTERM');
    await Promise.race([Promise.all(closed), sleep(CHILD_KILL_WAIT_MS)]);
    stop('SIGKILL');
  }
}

/** This process's cancellation: entry points install its handlers, stages register with it. */
export const cancellation = new Cancellation();

/** Rejects as soon as `signal` aborts: a step of a guarded section that must not outlast it. */
export function unlessOverdue<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const overdue = () => new NixeryError('cancelled while moving tags', 'CANCELLED');
  if (signal.aborted) return Promise.reject(overdue());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(overdue());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/**
 * Installs the SIGINT/SIGTERM handlers of an entry point. `report` says the run was cancelled
 * (the action fails the step; the CLI prints to stderr). A second signal during the cancel is
 * absorbed: the first one's steps are already under way.
 */
export function exitOnCancel(report: (message: string) => void): void {
  let exiting = false;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as CancelSignal[]) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      report(`cancelled (${signal})`);
      void cancellation.cancel(signal).then((code) => process.exit(code));
    });
  }
}
