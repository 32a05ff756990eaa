import { Readable, Transform, pipeline } from 'node:stream';
import type { Dispatcher } from 'undici';
import { request } from './undici.ts';
import { NixeryError } from '../core/errors.ts';

/**
 * A no-progress timeout for one request: it tells a stalled request from a slow one. The clock
 * starts when the request is dispatched (so connecting counts) and starts again each time the
 * connection takes another piece of the request body; it stops when the response headers
 * arrive. From then on, undici's `bodyTimeout` (set to the same value on the pool) limits each
 * gap between response body chunks. A request that keeps moving is never cut, however long it
 * takes.
 *
 * Progress is seen as bytes handed to the connection, not bytes the peer has received: the
 * kernel's buffers (megabytes on a fast local link, and on a slow link with deep queues) and a
 * proxy that buffers whole bodies may still hold the end of a body when the last piece is
 * handed over. So once a body is handed over whole, the answer may take the timeout plus the
 * time those bytes need at a floor rate (at most IN_FLIGHT_CAP bytes at FLOOR_RATE).
 */
export const TIMEOUT_CODE = 'REGISTRY_TIMEOUT';

/** Bodies are fed to the connection in pieces of this size, so each piece counts as progress. */
const PIECE_BYTES = 64 * 1024;
/** The most body bytes assumed still on the way once the last piece is handed over. */
export const IN_FLIGHT_CAP = 8 * 1024 * 1024;
/** The slowest link (bytes per second) those bytes are given time to cross. */
export const FLOOR_RATE = 64 * 1024;

export interface TimedRequest {
  url: URL;
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body?: Buffer | Readable;
  dispatcher: Dispatcher;
  timeoutMs: number;
  /** The registry host, as the user wrote it, for the error message. */
  registry: string;
  /** What the request is for: "Checking blob sha256:…". */
  action: string;
}

export async function timedRequest(opts: TimedRequest): Promise<Dispatcher.ResponseData> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const arm = (extraMs = 0) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs + extraMs);
  };
  arm();
  const body = watched(opts.body, arm);
  try {
    return await request(opts.url, {
      method: opts.method,
      headers: opts.headers,
      body,
      dispatcher: opts.dispatcher,
      signal: controller.signal,
    });
  } catch (err) {
    if (body instanceof Readable) body.destroy();
    if (timedOut) throw timeoutError(opts);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** The body as a stream that restarts the clock for every piece the connection takes. */
function watched(
  body: Buffer | Readable | undefined,
  arm: (extraMs?: number) => void,
): Readable | undefined {
  if (body === undefined) return undefined;
  const source = Buffer.isBuffer(body) ? Readable.from(pieces(body)) : body;
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      arm();
      done(null, chunk);
    },
    flush(done) {
      arm((Math.min(bytes, IN_FLIGHT_CAP) / FLOOR_RATE) * 1000);
      done();
    },
  });
  // pipeline() destroys the source when the request drops the meter, and the other way round.
  return pipeline(source, meter, () => {});
}

function* pieces(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += PIECE_BYTES) {
    yield buffer.subarray(at, at + PIECE_BYTES);
  }
}

function timeoutError(opts: TimedRequest): NixeryError {
  const seconds = opts.timeoutMs / 1000;
  return new NixeryError(
    `${opts.registry} did not answer in time: ${opts.action} (${opts.method} ` +
      `${opts.url.host}${opts.url.pathname}) made no progress for ${seconds} s`,
    TIMEOUT_CODE,
  );
}

/** Whether an error is a request that timed out here or in undici (a temporary fault). */
export function isTimeout(code: string | undefined): boolean {
  return (
    code === TIMEOUT_CODE ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}
