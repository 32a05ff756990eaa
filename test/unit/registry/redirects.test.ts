import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { RegistryClient } from '../../../src/registry/client.ts';

// Redirect rules the real registry cannot be made to show on demand: a hop back to the
// registry after storage, a redirect loop, an https registry sending clients to http.
// In-process servers on port 0; the happy path runs against docker-registry in
// test/integration/registry/redirects.test.ts.

const body = Buffer.from('{"architecture":"amd64","os":"linux"}');
const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;

async function listen(handler: RequestListener): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('redirects', () => {
  const seen: { where: string; url: string; authorization?: string }[] = [];
  let registry: { server: Server; origin: string };
  let storage: { server: Server; origin: string };
  before(async () => {
    storage = await listen((req, res) => {
      seen.push({ where: 'storage', url: req.url ?? '', authorization: req.headers.authorization });
      // Storage sends the client back to the registry's origin: still no credentials.
      res.writeHead(302, { location: `${registry.origin}/back/${digest}` }).end();
    });
    registry = await listen((req, res) => {
      const url = req.url ?? '';
      seen.push({ where: 'registry', url, authorization: req.headers.authorization });
      if (url.startsWith('/back/')) return void res.writeHead(200).end(body);
      if (url.endsWith('/manifests/loop')) return void res.writeHead(307, { location: url }).end();
      if (req.headers.authorization !== basic) {
        return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      }
      if (url.includes('/blobs/')) {
        return void res.writeHead(307, { location: `${storage.origin}/s/${digest}?sig=1` }).end();
      }
      res.writeHead(404).end();
    });
  });
  after(() => {
    registry.server.closeAllConnections();
    storage.server.closeAllConnections();
    registry.server.close();
    storage.server.close();
  });

  const client = () =>
    new RegistryClient({
      image: { registry: registry.origin.replace('http://', ''), repository: 'o/n' },
      credentials: { username: 'u', password: 'p' },
      retry: { attempts: 1 },
      maskSecret: () => {},
    });

  it('drops credentials once a redirect leaves the origin, even on a hop back', async () => {
    const c = client();
    try {
      assert.deepEqual(await c.getSmallBlob(digest), body);
    } finally {
      await c.close();
    }
    assert.deepEqual(
      seen.map((s) => `${s.where} ${s.url.split('?')[0]} ${s.authorization ? 'auth' : '-'}`),
      [
        `registry /v2/o/n/blobs/${digest} -`,
        `registry /v2/o/n/blobs/${digest} auth`,
        `storage /s/${digest} -`,
        `registry /back/${digest} -`,
      ],
    );
  });

  it('gives up after 5 redirects', async () => {
    const c = client();
    try {
      await assert.rejects(
        c.getManifest('loop').then(() => undefined),
        (err: unknown) => {
          assert.equal((err as { code?: string }).code, 'REGISTRY_REDIRECT');
          assert.match(String(err), /more than 5 redirects/);
          return true;
        },
      );
    } finally {
      await c.close();
    }
  });
});
