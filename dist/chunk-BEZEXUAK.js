import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";

// src/core/cancellation.ts
var SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
var TAG_GRACE_MS = 3e3;
var HARD_LIMIT_MS = 7e3;
var CHILD_KILL_WAIT_MS = 2e3;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
var Cancellation = class {
  constructor(limits = { tagGraceMs: TAG_GRACE_MS, hardLimitMs: HARD_LIMIT_MS }) {
    this.limits = limits;
  }
  limits;
  cleanups = /* @__PURE__ */ new Set();
  children = /* @__PURE__ */ new Map();
  sections = /* @__PURE__ */ new Set();
  /** Aborted when a started guarded section must stop and roll back. */
  overdue = new AbortController();
  signal;
  get cancelledBy() {
    return this.signal;
  }
  /** Registers work to do on cancel (removing a scratch folder); returns its undo. */
  onCleanup(fn) {
    this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }
  /**
   * A child process stopped on cancel; it leaves the set when it exits. A child spawned with
   * `detached: true` leads its own process group, and the whole group is stopped (a shell's
   * own children included).
   */
  trackChild(child, opts = {}) {
    this.children.set(child, opts.group ?? false);
    child.once("close", () => this.children.delete(child));
  }
  /**
   * Runs a section that must not stop half-way (moving tags). It does not start after a
   * cancel; a cancel that arrives while it runs waits for it, and aborts the section's signal
   * after the grace time so that it rolls back what it did.
   */
  async uninterruptible(fn) {
    if (this.signal) {
      throw new NixeryError(`cancelled (${this.signal}) before tags were moved`, "CANCELLED");
    }
    const running = fn(this.overdue.signal);
    const settled = running.then(
      () => void 0,
      () => void 0
    );
    this.sections.add(settled);
    try {
      return await running;
    } finally {
      this.sections.delete(settled);
    }
  }
  /** Does the cancel described at the top of this file; resolves with the exit code. */
  async cancel(signal) {
    this.signal ??= signal;
    const grace = setTimeout(() => this.overdue.abort(), this.limits.tagGraceMs);
    const steps = (async () => {
      await Promise.all([this.stopChildren(), Promise.all(this.sections)]);
      for (const fn of [...this.cleanups]) {
        try {
          await fn();
        } catch {
        }
      }
    })();
    await Promise.race([steps, sleep(this.limits.hardLimitMs)]);
    clearTimeout(grace);
    return SIGNAL_EXIT_CODES[signal];
  }
  async stopChildren() {
    const running = [...this.children].filter(
      ([c]) => c.exitCode === null && c.signalCode === null
    );
    const closed = running.map(([c]) => new Promise((resolve) => c.once("close", resolve)));
    const stop = (signal) => {
      for (const [child, group] of running) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        try {
          if (group && child.pid) process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
        }
      }
    };
    stop("SIGTERM");
    await Promise.race([Promise.all(closed), sleep(CHILD_KILL_WAIT_MS)]);
    stop("SIGKILL");
  }
};
var cancellation = new Cancellation();
function unlessOverdue(work, signal) {
  const overdue = () => new NixeryError("cancelled while moving tags", "CANCELLED");
  if (signal.aborted) return Promise.reject(overdue());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(overdue());
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    );
  });
}
function exitOnCancel(report) {
  let exiting = false;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES)) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      report(`cancelled (${signal})`);
      void cancellation.cancel(signal).then((code) => process.exit(code));
    });
  }
}

export {
  cancellation,
  unlessOverdue,
  exitOnCancel
};
