import type { Dispatcher } from 'undici';
import { NixeryError } from '../core/errors.ts';
import { advice } from './advice.ts';
import { parseRetryAfter } from './retry.ts';

/** Codes that describe a request the registry will refuse however often it is sent. */
const PERMANENT_CODES = new Set([
  'DIGEST_INVALID',
  'MANIFEST_INVALID',
  'NAME_INVALID',
  'DENIED',
  'UNAUTHORIZED',
]);
/** Codes that mean "try again": a dead upload session, or a registry having a bad moment. */
const TEMPORARY_CODES = new Set([
  'BLOB_UPLOAD_INVALID',
  'BLOB_UPLOAD_UNKNOWN',
  'UNKNOWN',
  'UNAVAILABLE',
  'TOOMANYREQUESTS',
]);
const MAX_ERROR_BODY = 64 * 1024;

export interface RegistryErrorInit {
  status: number;
  registryCode?: string;
  /** Every code of the error body, in order (registryCode is the first). */
  registryCodes?: string[];
  retryAfterMs?: number;
  /** Overrides the verdict from status and code, for failures the transport understands better. */
  retryable?: boolean;
  /** A more specific stable code than REGISTRY_ERROR, for the action layer's advice. */
  code?: string;
}

/** A registry (or its token service) answered with an error status. */
export class RegistryError extends NixeryError {
  readonly status: number;
  readonly registryCode?: string;
  readonly registryCodes: string[];
  readonly retryAfterMs?: number;
  private readonly retryable?: boolean;

  constructor(message: string, init: RegistryErrorInit) {
    super(message, init.code ?? 'REGISTRY_ERROR');
    this.name = 'RegistryError';
    this.status = init.status;
    this.registryCode = init.registryCode;
    this.registryCodes = init.registryCodes ?? (init.registryCode ? [init.registryCode] : []);
    this.retryAfterMs = init.retryAfterMs;
    this.retryable = init.retryable;
  }

  /** Whether sending the same request again may succeed. */
  temporary(): boolean {
    if (this.retryable !== undefined) return this.retryable;
    // distribution answers this (beside DIGEST_INVALID) for a blob that another push to the
    // same repository is committing at that moment (2.8's filesystem driver rewrites the
    // repository's blob link in place): seen with four jobs pushing one image at once. The
    // same manifest or tag PUT succeeds a moment later.
    if (this.registryCodes.includes('MANIFEST_BLOB_UNKNOWN')) return true;
    if (this.registryCode && PERMANENT_CODES.has(this.registryCode)) return false;
    if (this.registryCode && TEMPORARY_CODES.has(this.registryCode)) return true;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

interface SpecError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
}

export interface ErrorContext {
  /** What was being done, e.g. "upload blob sha256:ab12…". */
  action: string;
  registry: string;
  repository: string;
  /** Removes secrets from text that came back from the server. */
  redact?: (text: string) => string;
  /** The credentials that were sent, as safe to show: "GITHUB_TOKEN as octocat". */
  credentialSource?: string;
}

/** Reads a capped error body and turns it into a RegistryError with advice the user can act on. */
export async function errorFromResponse(
  res: Dispatcher.ResponseData,
  ctx: ErrorContext,
): Promise<RegistryError> {
  const redact = ctx.redact ?? ((s: string) => s);
  // Secrets are taken out before anything is cut short: a secret split by a cut no longer
  // matches, and its first half would reach the log (a body echoing our Authorization).
  const text = redact(await readCapped(res.body, MAX_ERROR_BODY));
  const errors = parseSpecErrors(text);
  const first = errors[0];
  const registryCode = typeof first?.code === 'string' ? first.code : undefined;
  const described = errors.length
    ? errors.map(describeSpecError).join('; ')
    : text.trim().slice(0, 300) || res.statusText || 'no details';
  const header = res.headers['retry-after'];
  const message =
    `${ctx.action} at ${ctx.registry}/${ctx.repository} failed with HTTP ${res.statusCode}: ` +
    redact(described) +
    advice(res.statusCode, registryCode, described, ctx);
  return new RegistryError(message, {
    status: res.statusCode,
    registryCode,
    registryCodes: errors.flatMap((e) => (typeof e.code === 'string' ? [e.code] : [])),
    retryAfterMs: parseRetryAfter(Array.isArray(header) ? header[0] : header),
  });
}

/** Reads at most `limit` bytes, then drops the rest of the body. */
export async function readCapped(
  body: Dispatcher.ResponseData['body'],
  limit: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      const room = limit - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      if (size >= limit) break;
    }
  } catch {
    // A broken error body should not hide the status that came with it.
  }
  body.destroy();
  return Buffer.concat(chunks).toString('utf8');
}

function parseSpecErrors(text: string): SpecError[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      parsed &&
      typeof parsed === 'object' &&
      'errors' in parsed &&
      Array.isArray(parsed.errors)
    ) {
      return parsed.errors.filter((e: unknown): e is SpecError => !!e && typeof e === 'object');
    }
  } catch {
    // Not JSON: the raw text is shown instead.
  }
  return [];
}

function describeSpecError(e: SpecError): string {
  const code = typeof e.code === 'string' ? e.code : 'UNKNOWN';
  const message = typeof e.message === 'string' ? e.message : '';
  const detail =
    e.detail === undefined || e.detail === null ? '' : JSON.stringify(e.detail).slice(0, 300);
  return [code, message, detail && `(${detail})`].filter(Boolean).join(' ').trim();
}
