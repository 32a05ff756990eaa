import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import type { TestRegistry } from './registry.ts';

export interface StorageRequest {
  method: string;
  path: string;
  authorization?: string;
  cookie?: string;
  status: number;
}

export interface BlobStorage {
  url: string;
  requests: StorageRequest[];
  /** A URL for one blob, signed for GET as an S3 presigned URL is. */
  sign(digest: string): string;
  stop(): Promise<void>;
}

/**
 * A stand-in for S3-style blob storage on its own port, serving the blobs of a real
 * docker-registry straight from its storage folder. Like an S3 presigned URL it refuses a
 * request that also carries Authorization (400), one with a wrong signature (403), and a HEAD
 * on a URL signed for GET (403). Every request is recorded, to show no credential reached it.
 */
export async function startBlobStorage(storageDir: string): Promise<BlobStorage> {
  const key = randomBytes(16);
  const signature = (method: string, digest: string) =>
    createHmac('sha256', key).update(`${method} ${digest}`).digest('hex');
  const requests: StorageRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://storage');
    const seen: StorageRequest = {
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      status: 0,
    };
    requests.push(seen);
    const answer = (status: number, message: string) => {
      seen.status = status;
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<Error><Code>${status}</Code><Message>${message}</Message></Error>`);
    };
    const digest = /^\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)?.[1];
    if (req.headers.authorization) {
      return answer(400, 'Only one auth mechanism allowed; X-Amz-Signature and Authorization');
    }
    if (!digest) return answer(404, 'NoSuchKey');
    if (url.searchParams.get('X-Amz-Signature') !== signature('GET', digest)) {
      return answer(403, 'SignatureDoesNotMatch');
    }
    if (req.method !== 'GET') return answer(403, 'SignatureDoesNotMatch (signed for GET)');
    const hex = digest.slice('sha256:'.length);
    const file = join(storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    void stat(file).then(
      (info) => {
        seen.status = 200;
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': info.size,
        });
        createReadStream(file).pipe(res);
      },
      () => answer(404, 'NoSuchKey'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    sign: (digest) => `${url}/blobs/${digest}?X-Amz-Signature=${signature('GET', digest)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RedirectingFront {
  /** The front: the registry's address as clients see it. */
  proxy: FaultProxy;
  storage: BlobStorage;
  stop(): Promise<void>;
}

/**
 * A registry as ghcr.io, Docker Hub or distribution on S3 behave: the real docker-registry
 * behind a front that answers blob GETs (and, with `redirectHead`, HEADs too) that the registry
 * would serve with a 307 to the storage port. Other requests pass through unchanged.
 */
export async function startRedirectingFront(
  registry: TestRegistry,
  opts: { redirectHead?: boolean } = {},
): Promise<RedirectingFront> {
  const storage = await startBlobStorage(registry.storageDir);
  const proxy = await startFaultProxy({ upstream: registry.url });
  const blob = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/;
  for (const method of opts.redirectHead ? ['GET', 'HEAD'] : ['GET']) {
    proxy.rules.push({
      method,
      path: blob,
      times: Infinity,
      fault: {
        kind: 'redirect',
        location: (req) => storage.sign(blob.exec(req.url ?? '')?.[1] ?? ''),
      },
    });
  }
  return {
    proxy,
    storage,
    async stop() {
      await proxy.stop();
      await storage.stop();
    },
  };
}
