import type { Logger } from '../core/log.ts';
import { errorCode } from '../core/errors.ts';
import { TIMEOUT_CODE } from './deadline.ts';

/**
 * The only place that retries. Callers pass a whole protocol step (a blob upload restarts from
 * HEAD with a fresh stream), so nothing below this retries on its own.
 */
export interface RetryPolicy {
  /** Tries in all, including the first. */
  attempts: number;
  /** First backoff; doubles each time, with jitter. Tests make it tiny. */
  baseMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, baseMs: 500, maxDelayMs: 30_000 };

/** Longest wait we accept from a server's Retry-After: beyond this a job looks hung. */
export const MAX_RETRY_AFTER_MS = 60_000;

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  // A request that made no progress within the timeout (deadline.ts).
  TIMEOUT_CODE,
]);

export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
  log?: Logger,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const delay = attempt < policy.attempts ? retryDelayMs(err, attempt, policy) : undefined;
      if (delay === undefined) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      log?.warning(
        `${what}: attempt ${attempt} of ${policy.attempts} failed (${reason}); retrying in ${delay} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** How long to wait before the next attempt, or undefined when the error is not worth retrying. */
export function retryDelayMs(
  err: unknown,
  attempt: number,
  policy: RetryPolicy,
): number | undefined {
  if (!isTemporary(err)) return undefined;
  const retryAfter = (err as { retryAfterMs?: unknown }).retryAfterMs;
  if (typeof retryAfter === 'number') return retryAfter;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
  // Half fixed, half random: spreads parallel uploads apart without collapsing to zero.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Registry errors judge themselves; network failures are recognised by their stable codes. */
export function isTemporary(err: unknown): boolean {
  if (err && typeof err === 'object' && 'temporary' in err && typeof err.temporary === 'function') {
    return Boolean(err.temporary());
  }
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = errorCode(e);
    if (code && NETWORK_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds, capped at 60 s. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let ms: number;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
