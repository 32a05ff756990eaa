import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { RegistryClient } from '../../../src/registry/client.ts';
import { RegistryError } from '../../../src/registry/errors.ts';
import type { Blob } from '../../../src/oci/blob.ts';
import { memoryLogger } from '../../helpers/logger.ts';

// A stand-in registry for protocol edge cases the real docker-registry cannot be made to show
// on demand (stale sessions, 429, resets, odd Locations, Bearer challenges). The happy paths
// are tested against the real registry in test/integration/registry.

interface Seen {
  method: string;
  url: string;
  authorization?: string;
}
type Fault = (req: IncomingMessage, res: ServerResponse, seen: Seen[]) => boolean;

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function testBlob(text: string): Blob & { opens: number } {
  const bytes = Buffer.from(text);
  const blob = {
    mediaType: 'application/octet-stream',
    digest: sha256(bytes),
    size: bytes.length,
    opens: 0,
    open: () => {
      blob.opens++;
      return Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]);
    },
  };
  return blob;
}

describe('RegistryClient against a stand-in registry', () => {
  let server: Server;
  let origin: string;
  let seen: Seen[];
  let blobs: Map<string, Buffer>;
  let faults: Fault[];
  let absoluteLocations: boolean;
  /** As a registry that reads no body on the closing PUT. */
  let putBodyIgnored: boolean;
  let requireToken: string | undefined;
  let tokenToIssue: string;
  let client: RegistryClient;
  const image = () => ({ registry: origin.replace('http://', ''), repository: 'o/n' });
  const newClient = () =>
    new RegistryClient({
      image: image(),
      retry: { baseMs: 1, maxDelayMs: 5 },
      concurrency: 2,
      maskSecret: () => {},
    });

  before(async () => {
    const uploads = new Map<string, Buffer[]>();
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      try {
        for await (const c of req) chunks.push(c as Buffer);
      } catch {
        return; // the client gave up on this request (a test about short streams does this)
      }
      const body = Buffer.concat(chunks);
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
      });
      for (const fault of faults) if (fault(req, res, seen)) return;
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ token: tokenToIssue, expires_in: 300 }));
      }
      if (requireToken && req.headers.authorization !== `Bearer ${requireToken}`) {
        res.writeHead(401, {
          'www-authenticate': `Bearer realm="${origin}/token",service="stand-in",scope="repository:o/n:pull"`,
          'content-type': 'application/json',
        });
        return res.end(
          JSON.stringify({
            errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }],
          }),
        );
      }
      const location = (path: string) => (absoluteLocations ? `${origin}${path}` : path);
      let m: RegExpMatchArray | null;
      if ((m = url.pathname.match(/^\/v2\/o\/n\/blobs\/(sha256:[a-f0-9]{64})$/))) {
        res.writeHead(blobs.has(m[1] ?? '') ? 200 : 404);
        return res.end();
      }
      if (req.method === 'POST' && url.pathname === '/v2/o/n/blobs/uploads/') {
        const id = `u${uploads.size + 1}`;
        uploads.set(id, []);
        res.writeHead(202, { location: location(`/v2/o/n/blobs/uploads/${id}?_state=s0%3D`) });
        return res.end();
      }
      if ((m = url.pathname.match(/^\/v2\/o\/n\/blobs\/uploads\/(u\d+)$/))) {
        const parts = uploads.get(m[1] ?? '');
        if (!parts) {
          res.writeHead(404, { 'content-type': 'application/json' });
          return res.end(
            JSON.stringify({
              errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'no such upload' }],
            }),
          );
        }
        if (req.method === 'PATCH') {
          parts.push(body);
          res.writeHead(202, { location: location(`${url.pathname}?_state=s1%3D`) });
          return res.end();
        }
        if (req.method === 'PUT') {
          if (!putBodyIgnored) parts.push(body);
          const bytes = Buffer.concat(parts);
          const digest = url.searchParams.get('digest');
          if (digest !== sha256(bytes)) {
            res.writeHead(400, { 'content-type': 'application/json' });
            return res.end(
              JSON.stringify({
                errors: [{ code: 'DIGEST_INVALID', message: 'digest did not match' }],
              }),
            );
          }
          blobs.set(digest, bytes);
          res.writeHead(201, { 'docker-content-digest': digest });
          return res.end();
        }
      }
      if ((m = url.pathname.match(/^\/v2\/o\/n\/manifests\/(.+)$/))) {
        res.writeHead(201, { 'docker-content-digest': sha256(body) });
        return res.end();
      }
      res.writeHead(500);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(async () => {
    await client?.close();
    seen = [];
    blobs = new Map();
    faults = [];
    absoluteLocations = false;
    putBodyIgnored = false;
    requireToken = undefined;
    tokenToIssue = 'good-token';
    client = newClient();
  });

  const uploadCalls = () =>
    seen.filter((s) => s.url.includes('/blobs/')).map((s) => `${s.method} ${s.url}`);

  it('walks HEAD, POST, one PATCH and PUT above wholeUploadMax, keeping the Location query', async () => {
    client = new RegistryClient({
      image: image(),
      retry: { baseMs: 1, maxDelayMs: 5 },
      maskSecret: () => {},
      wholeUploadMax: 4,
    });
    const blob = testBlob('hello, registry');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    assert.deepEqual(uploadCalls(), [
      `HEAD /v2/o/n/blobs/${blob.digest}`,
      'POST /v2/o/n/blobs/uploads/',
      'PATCH /v2/o/n/blobs/uploads/u1?_state=s0%3D',
      `PUT /v2/o/n/blobs/uploads/u1?_state=s1%3D&digest=${encodeURIComponent(blob.digest)}`,
    ]);
    assert.equal(blobs.get(blob.digest)?.toString(), 'hello, registry');
    assert.equal(await client.uploadBlob(blob), 'skipped');
    assert.equal(blob.opens, 1);
  });

  it('sends a small blob in the closing PUT: HEAD, POST, PUT with the bytes, digest added with &', async () => {
    const blob = testBlob('hello, registry');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    assert.deepEqual(
      uploadCalls().map((c) => c.replace(/\/u\d+\?/, '/u?')),
      [
        `HEAD /v2/o/n/blobs/${blob.digest}`,
        'POST /v2/o/n/blobs/uploads/',
        `PUT /v2/o/n/blobs/uploads/u?_state=s0%3D&digest=${encodeURIComponent(blob.digest)}`,
      ],
    );
    assert.equal(blobs.get(blob.digest)?.toString(), 'hello, registry');
    assert.equal(await client.uploadBlob(blob), 'skipped');
    assert.equal(blob.opens, 1);
  });

  it('sends a PATCH first when the registry ignores the body of the closing PUT, and from then on', async () => {
    putBodyIgnored = true;
    const log = memoryLogger();
    client = new RegistryClient({
      image: image(),
      retry: { baseMs: 1, maxDelayMs: 5 },
      maskSecret: () => {},
      log,
    });
    const first = testBlob('ignored body');
    assert.equal(await client.uploadBlob(first), 'uploaded');
    assert.deepEqual(
      uploadCalls().map((c) => c.split(' ')[0]),
      ['HEAD', 'POST', 'PUT', 'DELETE', 'POST', 'PATCH', 'PUT'],
    );
    assert.equal(blobs.get(first.digest)?.toString(), 'ignored body');
    assert.equal(first.opens, 1, 'the bytes read once were sent again');
    assert.ok(
      log.lines.some((l) => /refused a blob in the PUT that closes its upload \(400\)/.test(l)),
    );
    seen.length = 0;
    const second = testBlob('second blob');
    assert.equal(await client.uploadBlob(second), 'uploaded');
    assert.deepEqual(
      uploadCalls().map((c) => c.split(' ')[0]),
      ['HEAD', 'POST', 'PATCH', 'PUT'],
    );
  });

  it('follows absolute Locations', async () => {
    absoluteLocations = true;
    const blob = testBlob('absolute');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    assert.ok(blobs.has(blob.digest));
  });

  it('restarts a blob from HEAD with a fresh stream when the session went stale', async () => {
    faults.push((req, res, s) => {
      if (req.method !== 'PUT' || s.filter((x) => x.method === 'PUT').length > 1) return false;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ code: 'BLOB_UPLOAD_INVALID', message: 'blob upload invalid' }],
        }),
      );
      return true;
    });
    const blob = testBlob('stale session');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    assert.equal(blob.opens, 2);
    assert.deepEqual(
      uploadCalls().map((c) => c.split(' ')[0]),
      ['HEAD', 'POST', 'PUT', 'HEAD', 'POST', 'PUT'],
    );
  });

  it('retries a reset connection', async () => {
    faults.push((req, res, s) => {
      if (req.method !== 'PUT' || s.filter((x) => x.method === 'PUT').length > 1) return false;
      res.socket?.destroy();
      return true;
    });
    const blob = testBlob('reset once');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    assert.equal(blob.opens, 2);
  });

  it('waits as long as Retry-After asks on 429', async () => {
    faults.push((req, res, s) => {
      if (s.length > 1) return false;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }));
      return true;
    });
    const started = Date.now();
    assert.equal(await client.blobExists(testBlob('x').digest), false);
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
    assert.equal(seen.length, 2);
  });

  it('never retries DIGEST_INVALID, and explains the failure', async () => {
    const blob = testBlob('lying digest');
    const liar = { ...blob, digest: sha256(Buffer.from('something else')) };
    await assert.rejects(client.uploadBlob(liar), (err: unknown) => {
      assert.ok(err instanceof RegistryError);
      assert.equal(err.registryCode, 'DIGEST_INVALID');
      assert.match(
        err.message,
        /Finishing upload of blob sha256:\w+ at 127\.0\.0\.1:\d+\/o\/n failed with HTTP 400: DIGEST_INVALID digest did not match/,
      );
      return true;
    });
    assert.equal(seen.filter((s) => s.method === 'PUT').length, 1);
  });

  it('refuses a blob whose stream is shorter than its size', async () => {
    const blob = { ...testBlob('short'), size: 10 };
    await assert.rejects(
      client.uploadBlob(blob),
      /gave a different number of bytes than its size 10/,
    );
  });

  it('reads at most 64 KiB of an error body', async () => {
    faults.push((_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('x'.repeat(1024 * 1024));
      return true;
    });
    await assert.rejects(client.blobExists(testBlob('x').digest), (err: unknown) => {
      assert.ok(err instanceof RegistryError);
      assert.ok(err.message.length < 1000, `message of ${err.message.length} characters`);
      return true;
    });
  });

  it('checks the manifest digest the registry reports', async () => {
    const body = Buffer.from('{"schemaVersion":2}');
    const manifest = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      body,
      digest: sha256(body),
    };
    assert.equal(await client.putManifest('latest', manifest), manifest.digest);
    faults.push((_req, res) => {
      res.writeHead(201, { 'docker-content-digest': sha256(Buffer.from('other')) });
      res.end();
      return true;
    });
    await assert.rejects(
      client.putManifest('latest', manifest),
      /stored manifest latest as sha256:\w+, not sha256:/,
    );
    await assert.rejects(
      client.putManifest('latest', { ...manifest, digest: sha256(Buffer.from('x')) }),
      /does not match its body/,
    );
  });

  it('gets a Bearer token on the first challenge and uses it for every step', async () => {
    requireToken = 'good-token';
    const blob = testBlob('with a token');
    assert.equal(await client.uploadBlob(blob), 'uploaded');
    const tokenRequests = seen.filter((s) => s.url.startsWith('/token'));
    assert.equal(tokenRequests.length, 1);
    assert.match(
      tokenRequests[0]?.url ?? '',
      /service=stand-in&scope=repository%3Ao%2Fn%3Apull%2Cpush$/,
    );
    const steps = seen.filter((s) => !s.url.startsWith('/token'));
    assert.equal(steps[0]?.authorization, undefined);
    assert.ok(steps.slice(1).every((s) => s.authorization === 'Bearer good-token'));
  });

  it('does not retry when a fresh token is refused', async () => {
    requireToken = 'good-token';
    tokenToIssue = 'useless-token';
    await assert.rejects(client.blobExists(testBlob('x').digest), (err: unknown) => {
      assert.ok(err instanceof RegistryError);
      assert.equal(err.status, 401);
      assert.doesNotMatch(err.message, /useless-token/);
      return true;
    });
    assert.equal(seen.filter((s) => s.method === 'HEAD').length, 2);
  });
});
