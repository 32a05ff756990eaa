import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = Buffer | ((req: IncomingMessage, res: ServerResponse) => void);

export interface TestHttpServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every requested path (query removed), in order; unknown paths included. */
  requests: string[];
  /** How many times a path was requested. */
  count(path: string): number;
  stop(): Promise<void>;
}

/**
 * A plain HTTP server on 127.0.0.1 and a free port. A Buffer route answers 200 with that body;
 * a function route answers however it likes; any other path gets 404.
 */
export async function startHttpServer(routes: Record<string, Route>): Promise<TestHttpServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
    } else if (Buffer.isBuffer(route)) {
      res.writeHead(200, { 'Content-Length': route.length }).end(route);
    } else {
      route(req, res);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (path) => requests.filter((p) => p === path).length,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
