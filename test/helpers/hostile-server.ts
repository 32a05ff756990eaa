import {
  createServer,
  request as upstreamRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How a hostile server answers a matched request: with an error whose body repeats the request
 * back, headers and all (as careless proxies and debugging endpoints do), or with a redirect to
 * another host.
 */
export type HostileAnswer =
  | { kind: 'echo'; status: number; style: 'spec' | 'text'; code?: string }
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; origin: string }
  /** Read the request and never answer: an upload that hangs until the client gives up. */
  | { kind: 'hang' };

export interface HostileRule {
  method?: string;
  /** Matched against the path and query. */
  path: RegExp;
  /** Extra condition, e.g. on headers. */
  when?: (req: IncomingMessage) => boolean;
  /** Apply this many times (default Infinity). */
  times?: number;
  answer: HostileAnswer;
  applied?: number;
}

export interface HostileServerOptions {
  /** Forward unmatched requests here; without it every unmatched request is echoed with 500. */
  upstream?: string;
  rules?: HostileRule[];
  /** Replace the realm of the upstream's Bearer challenges (send token requests elsewhere). */
  realm?: string;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * Every request that sends blob bytes hangs: each PATCH, and each closing PUT that carries a
 * small blob whole.
 */
export const hangUploads = (): HostileRule[] => [
  { method: 'PATCH', path: /\/blobs\/uploads\//, answer: { kind: 'hang' } },
  {
    method: 'PUT',
    path: /\/blobs\/uploads\//,
    when: (req) => Number(req.headers['content-length'] ?? 0) > 0,
    answer: { kind: 'hang' },
  },
];

/** Whether a request seen sent blob bytes (a PATCH, or a closing PUT with a body). */
export function sendsBlobBytes(r: SeenRequest): boolean {
  if (!/\/blobs\/uploads\//.test(r.path)) return false;
  return (
    r.method === 'PATCH' || (r.method === 'PUT' && Number(r.headers['content-length'] ?? 0) > 0)
  );
}

export interface HostileServer {
  host: string;
  url: string;
  /** Every request received, with all its headers. */
  requests: SeenRequest[];
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/** A plain HTTP server on 127.0.0.1 that echoes requests back or forwards them to a registry. */
export async function startHostileServer(opts: HostileServerOptions = {}): Promise<HostileServer> {
  const requests: SeenRequest[] = [];
  const rules = opts.rules ?? [];
  const fallback: HostileAnswer = { kind: 'echo', status: 500, style: 'text' };

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '/', headers: { ...req.headers } });
    const rule = rules.find((r) => matches(r, req));
    if (rule) rule.applied = (rule.applied ?? 0) + 1;
    const answer = rule?.answer ?? (opts.upstream ? undefined : fallback);
    if (!answer) {
      forward(req, res);
      return;
    }
    req.resume();
    if (answer.kind !== 'hang') req.on('end', () => respond(req, res, answer));
  });

  function forward(req: IncomingMessage, res: ServerResponse) {
    const upstream = new URL(opts.upstream!);
    const out = upstreamRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (up) => {
        const back: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(up.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) back[name] = value;
        }
        const challenge = up.headers['www-authenticate'];
        if (opts.realm && typeof challenge === 'string') {
          back['www-authenticate'] = challenge.replace(/realm="[^"]*"/, `realm="${opts.realm}"`);
        }
        res.writeHead(up.statusCode ?? 502, back);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function matches(rule: HostileRule, req: IncomingMessage): boolean {
  if (rule.method && rule.method !== req.method) return false;
  if (!rule.path.test(req.url ?? '')) return false;
  if (rule.when && !rule.when(req)) return false;
  return (rule.applied ?? 0) < (rule.times ?? Infinity);
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Exclude<HostileAnswer, { kind: 'hang' }>,
) {
  if (answer.kind === 'redirect') {
    res.writeHead(answer.status, { location: `${answer.origin}${req.url ?? '/'}` });
    res.end();
    return;
  }
  const echo = [
    `${req.method} ${req.url}`,
    ...Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`),
  ].join('\n');
  if (answer.style === 'text') {
    res.writeHead(answer.status, { 'content-type': 'text/plain' });
    res.end(`upstream said no; your request was:\n${echo}\n`);
    return;
  }
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      errors: [
        {
          code: answer.code ?? 'UNKNOWN',
          message: `cannot handle ${echo}`,
          detail: { headers: req.headers },
        },
      ],
    }),
  );
}

/**
 * Echo the request (headers included) in error bodies: once in a PATCH's plain-text answer, so
 * a retry warning carries it, and always in the manifest PUT's spec error, so the final failure
 * does.
 */
export const ECHO_UPLOAD_THEN_MANIFEST: HostileRule[] = [
  {
    method: 'PATCH',
    path: /\/blobs\/uploads\//,
    times: 1,
    answer: { kind: 'echo', status: 500, style: 'text' },
  },
  { method: 'PUT', path: /\/manifests\//, answer: { kind: 'echo', status: 500, style: 'spec' } },
];
