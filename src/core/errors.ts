/**
 * src/core/ holds what every stage shares: these errors, the Logger interface (log.ts), digests
 * (digest.ts), canonical JSON, cancellation, scratch folders and secrets.
 *
 * Errors the user can act on. Each carries a stable `code` so callers classify by code, not
 * by `instanceof` (a bundle may hold two copies of a class).
 */
export class NixeryError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'NixeryError';
  }
}

/** A bad input value: names the input and says what is allowed. */
export class InputError extends NixeryError {
  /** The message without the input's name. */
  readonly detail: string;

  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`, 'INPUT_INVALID');
    this.name = 'InputError';
    this.detail = message;
  }
}

/** Quotes a user value for an error message without letting it span lines or run on forever. */
export function quoteValue(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

export function errorCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  return undefined;
}
