import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { startRegistry, type TestRegistry } from './registry.ts';
import {
  createServer,
  request as upstreamRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What to do to a matched request instead of (or before) forwarding it. */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; code?: string }
  | { kind: 'reset'; afterBytes: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'unauthorized' }
  /** Read the request whole, then never answer (a dropped load-balancer connection). */
  | { kind: 'stall' }
  /** Forward, but take the request body from the client at most this fast. */
  | { kind: 'throttle'; bytesPerSecond: number }
  /**
   * Ask the registry first (a HEAD with the client's headers, so auth and existence are its
   * call); when it answers 200, redirect the client to `location(req)` instead of forwarding.
   */
  | { kind: 'redirect'; status?: number; location: (req: IncomingMessage) => string }
  /** Forward to another path and query (e.g. a mount request turned into a plain POST). */
  | { kind: 'rewrite'; path: (url: string) => string };

export interface FaultRule {
  method?: string;
  /** Matched against the path and query, e.g. /\/blobs\/uploads\//. */
  path: RegExp;
  /** Extra condition, e.g. on headers. */
  when?: (req: IncomingMessage) => boolean;
  /** Let this many matching requests through first (default 0). */
  after?: number;
  /** Apply the fault this many times (default 1; Infinity for always). */
  times?: number;
  fault: Fault;
  /** How many requests matched so far, and how many got the fault. */
  matched?: number;
  applied?: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  authorization?: string;
  /** Request body bytes received from the client. */
  bytes: number;
  fault?: Fault['kind'];
  /** When the request arrived and when its body was read whole (ms since the epoch). */
  at: number;
  endedAt?: number;
}

export interface FaultProxyOptions {
  /** The registry, e.g. http://127.0.0.1:5000. */
  upstream: string;
  rules?: FaultRule[];
  /** Rewrite every Location to this origin (a stand-in for a separate blob storage host). */
  locationOrigin?: string;
  /** Replace the Authorization sent upstream (blob storage trusting its own signed URL). */
  upstreamAuthorization?: string;
}

export interface FaultProxy {
  host: string;
  url: string;
  rules: FaultRule[];
  requests: ProxiedRequest[];
  /** Bytes of request bodies sent to upload sessions (PATCH and PUT). */
  uploadedBytes(): number;
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/**
 * A plain HTTP proxy on 127.0.0.1 between a client and a registry that injects faults into
 * chosen requests. It keeps the client's Host header, so the registry's absolute Locations name
 * the proxy and every later request of the session comes back through it.
 */
export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(opts.upstream);
  const rules = opts.rules ?? [];
  const requests: ProxiedRequest[] = [];

  const server = createServer((req, res) => {
    const seen: ProxiedRequest = {
      method: req.method ?? '',
      path: req.url ?? '/',
      authorization: req.headers.authorization,
      bytes: 0,
      at: Date.now(),
    };
    req.on('end', () => (seen.endedAt = Date.now()));
    requests.push(seen);
    const rule = rules.find((r) => matches(r, req));
    const fault = rule && apply(rule) ? rule.fault : undefined;
    seen.fault = fault?.kind;
    void handle(req, res, seen, fault).catch(() => res.destroy());
  });

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    seen: ProxiedRequest,
    fault: Fault | undefined,
  ) {
    // Counting starts only when the body is consumed: a 'data' listener sets it flowing.
    const count = () => req.on('data', (chunk: Buffer) => (seen.bytes += chunk.length));
    if (fault?.kind === 'reset') {
      count();
      req.on('data', () => {
        if (seen.bytes >= fault.afterBytes) req.socket.resetAndDestroy();
      });
      req.on('end', () => req.socket.resetAndDestroy());
      return;
    }
    if (fault?.kind === 'status') {
      count();
      await drain(req);
      const code = fault.code ?? (fault.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE');
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify({ errors: [{ code, message: 'injected fault' }] }));
      return;
    }
    if (fault?.kind === 'unauthorized') {
      count();
      await drain(req);
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': await upstreamChallenge(),
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'token expired' }] }));
      return;
    }
    if (fault?.kind === 'stall') {
      count();
      req.resume();
      return;
    }
    if (fault?.kind === 'redirect') {
      count();
      await drain(req);
      const check = await upstreamHead(req);
      if (check.status === 200) {
        res.writeHead(fault.status ?? 307, { location: fault.location(req), 'content-length': 0 });
        res.end();
      } else {
        res.writeHead(check.status, { ...check.headers, 'content-length': 0 });
        res.end();
      }
      return;
    }
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'rewrite') req.url = fault.path(req.url ?? '/');
    forward(req, res, fault?.kind === 'throttle' ? fault.bytesPerSecond : undefined);
    count();
  }

  /** The registry's answer to a HEAD of the same path, with the client's own headers. */
  function upstreamHead(
    req: IncomingMessage,
  ): Promise<{ status: number; headers: Record<string, string | string[]> }> {
    return new Promise((resolve) => {
      const headers: IncomingHttpHeaders = { ...req.headers };
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      const out = upstreamRequest(
        { host: upstream.hostname, port: upstream.port, method: 'HEAD', path: req.url, headers },
        (up) => {
          up.resume();
          const back: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(up.headers)) {
            if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'content-length') {
              back[name] = value;
            }
          }
          resolve({ status: up.statusCode ?? 502, headers: back });
        },
      );
      out.on('error', () => resolve({ status: 502, headers: {} }));
      out.end();
    });
  }

  function forward(req: IncomingMessage, res: ServerResponse, bytesPerSecond?: number) {
    const headers: IncomingHttpHeaders = { ...req.headers };
    if (opts.upstreamAuthorization) headers.authorization = opts.upstreamAuthorization;
    const out = upstreamRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (up) => {
        const back: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(up.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) back[name] = value;
        }
        const location = up.headers.location;
        if (location && opts.locationOrigin) {
          const moved = new URL(location, `http://${req.headers.host}`);
          back.location = `${opts.locationOrigin}${moved.pathname}${moved.search}`;
        }
        res.writeHead(up.statusCode ?? 502, back);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    if (bytesPerSecond) pace(req, out, bytesPerSecond);
    else req.pipe(out);
  }

  /** A genuine challenge from the registry, so the client fetches a real new token. */
  async function upstreamChallenge(): Promise<string> {
    const res = await fetch(new URL('/v2/', upstream));
    await res.arrayBuffer();
    return res.headers.get('www-authenticate') ?? 'Basic realm="registry"';
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    rules,
    requests,
    uploadedBytes: () =>
      requests
        .filter((r) => /\/blobs\/uploads\//.test(r.path) && /^(PATCH|PUT)$/.test(r.method))
        .reduce((sum, r) => sum + r.bytes, 0),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function matches(rule: FaultRule, req: IncomingMessage): boolean {
  if (rule.method && rule.method !== req.method) return false;
  if (!rule.path.test(req.url ?? '')) return false;
  return !rule.when || rule.when(req);
}

function apply(rule: FaultRule): boolean {
  rule.matched = (rule.matched ?? 0) + 1;
  if (rule.matched <= (rule.after ?? 0)) return false;
  if ((rule.applied ?? 0) >= (rule.times ?? 1)) return false;
  rule.applied = (rule.applied ?? 0) + 1;
  return true;
}

/**
 * Copies the body no faster than the rate: reading from the client pauses while ahead, so the
 * client's socket fills and its sends slow to the rate, as on a slow link.
 */
function pace(req: IncomingMessage, out: NodeJS.WritableStream, bytesPerSecond: number) {
  const started = Date.now();
  let taken = 0;
  req.on('data', (chunk: Buffer) => {
    taken += chunk.length;
    const drained = out.write(chunk);
    const ahead = (taken / bytesPerSecond) * 1000 - (Date.now() - started);
    if (ahead <= 0 && drained) return;
    req.pause();
    // Resume once both the rate allows and the upstream has taken what it was given.
    const waits = [new Promise((resolve) => setTimeout(resolve, Math.max(0, ahead)))];
    if (!drained) waits.push(new Promise((resolve) => out.once('drain', resolve)));
    void Promise.all(waits).then(() => req.resume());
  });
  req.on('end', () => out.end());
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req.resume();
    req.on('end', resolve);
    req.on('error', () => resolve());
  });
}

/** A real docker-registry with token auth behind a fault proxy, and a scratch folder. */
export interface RegistryBehindFaults {
  registry: TestRegistry;
  proxy: FaultProxy;
  scratch: string;
}

/**
 * For one test file: started before its tests, stopped after them, the proxy's rules cleared
 * after each test.
 */
export function registryBehindFaults(
  name: string,
  tokenAuth: { username: string; password: string },
): RegistryBehindFaults {
  const env = {} as RegistryBehindFaults;
  before(async () => {
    env.scratch = await mkdtemp(join(tmpdir(), `nixery-${name}-`));
    env.registry = await startRegistry({ tokenAuth });
    env.proxy = await startFaultProxy({ upstream: env.registry.url });
  });
  after(async () => {
    await env.proxy?.stop();
    await env.registry?.stop();
    if (env.scratch) await rm(env.scratch, { recursive: true, force: true });
  });
  afterEach(() => {
    if (env.proxy) env.proxy.rules.length = 0;
  });
  return env;
}
