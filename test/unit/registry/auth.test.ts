import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Agent } from 'undici';
import { RegistryAuth } from '../../../src/registry/auth.ts';
import { parseChallenges } from '../../../src/registry/challenge.ts';
import { RegistryError } from '../../../src/registry/errors.ts';

describe('parseChallenges', () => {
  it('reads quoted values, including commas inside them', () => {
    const header =
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/n:pull,push"';
    assert.deepEqual(parseChallenges(header), [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:o/n:pull,push',
        },
      },
    ]);
  });

  it('reads unquoted values, spaces, escapes and mixed-case names', () => {
    assert.deepEqual(parseChallenges('basic Realm=reg , charset="UTF-8", x="a\\"b"'), [
      { scheme: 'basic', params: { realm: 'reg', charset: 'UTF-8', x: 'a"b' } },
    ]);
  });

  it('separates several challenges in one header and across headers', () => {
    const parsed = parseChallenges([
      'Basic realm="r1", Bearer realm="https://auth/token",service="s",error="invalid_token"',
      'Negotiate',
    ]);
    assert.deepEqual(
      parsed.map((c) => [c.scheme, c.params]),
      [
        ['basic', { realm: 'r1' }],
        ['bearer', { realm: 'https://auth/token', service: 's', error: 'invalid_token' }],
        ['negotiate', {}],
      ],
    );
  });

  it('returns nothing for a missing or empty header', () => {
    assert.deepEqual(parseChallenges(undefined), []);
    assert.deepEqual(parseChallenges(''), []);
  });
});

// Stands in for a registry's token service (the Docker token protocol: GET realm with service
// and scope parameters, Basic credentials, JSON answer) so lifetimes can be tested in detail.
interface TokenRequest {
  service: string | null;
  scopes: string[];
  authorization?: string;
  form?: Record<string, string>;
}

describe('RegistryAuth token flow', () => {
  let server: Server;
  let realm: string;
  let agent: Agent;
  let requests: TokenRequest[];
  let answer: (req: IncomingMessage, n: number) => { status: number; body: unknown };
  let clock: number;
  // A plain HTTP registry on loopback: the only kind allowed a plain http token realm.
  const image = { registry: '127.0.0.1:5000', repository: 'o/n' };
  const scopes = ['repository:o/n:pull,push'];
  const challenge = () =>
    `Bearer realm="${realm}",service="registry.test",scope="repository:o/n:pull"`;
  const auth = (credentials?: { username: string; password: string }) =>
    new RegistryAuth({ image, credentials, dispatcher: agent, now: () => clock });

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        requests.push({
          service: url.searchParams.get('service') ?? form.get('service'),
          scopes:
            req.method === 'POST'
              ? (form.get('scope') ?? '').split(' ')
              : url.searchParams.getAll('scope'),
          authorization: req.headers.authorization,
          ...(req.method === 'POST' ? { form: Object.fromEntries(form) } : {}),
        });
        const { status, body } = answer(req, requests.length);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    agent = new Agent();
  });
  after(async () => {
    await agent.close();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    requests = [];
    clock = 1_000_000;
    answer = (_req, n) => ({ status: 200, body: { token: `tok-${n}`, expires_in: 300 } });
  });

  it('stays anonymous until challenged', async () => {
    assert.equal(await auth().authorization(scopes), undefined);
    assert.equal(requests.length, 0);
  });

  it('asks the realm for the push scope first, then the challenge scope if new, with Basic credentials', async () => {
    const a = auth({ username: 'me', password: 's3cret' });
    assert.equal(a.onUnauthorized(challenge(), scopes), true);
    assert.equal(await a.authorization(scopes), 'Bearer tok-1');
    assert.deepEqual(requests, [
      {
        service: 'registry.test',
        scopes: ['repository:o/n:pull,push'],
        authorization: `Basic ${Buffer.from('me:s3cret').toString('base64')}`,
      },
    ]);
    a.onUnauthorized(
      `Bearer realm="${realm}",service="s",scope="repository:other/repo:pull"`,
      scopes,
      'Bearer tok-1',
    );
    await a.authorization(scopes);
    assert.deepEqual(requests[1]?.scopes, [
      'repository:o/n:pull,push',
      'repository:other/repo:pull',
    ]);
  });

  it('caches a token until shortly before it expires, then fetches a new one', async () => {
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    assert.equal(await a.authorization(scopes), 'Bearer tok-1');
    clock += 200_000;
    assert.equal(await a.authorization(scopes), 'Bearer tok-1');
    assert.equal(requests.length, 1);
    clock += 75_000; // 275 s of 300: inside the 30 s refresh margin
    assert.equal(await a.authorization(scopes), 'Bearer tok-2');
    assert.equal(
      requests[1]?.authorization,
      undefined,
      'anonymous token requests carry no credentials',
    );
  });

  it('keeps one token per set of scopes', async () => {
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    assert.equal(await a.authorization(scopes), 'Bearer tok-1');
    assert.equal(await a.authorization(['repository:x/y:pull']), 'Bearer tok-2');
    assert.equal(await a.authorization(scopes), 'Bearer tok-1');
    assert.equal(requests.length, 2);
  });

  it('shares one token request among concurrent callers', async () => {
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    const values = await Promise.all([1, 2, 3].map(() => a.authorization(scopes)));
    assert.deepEqual(values, ['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1']);
    assert.equal(requests.length, 1);
  });

  it('uses access_token and a 60 s lifetime when expires_in is missing', async () => {
    answer = (_req, n) => ({ status: 200, body: { access_token: `acc-${n}` } });
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    assert.equal(await a.authorization(scopes), 'Bearer acc-1');
    clock += 44_000;
    assert.equal(await a.authorization(scopes), 'Bearer acc-1');
    clock += 2_000; // past 60 s minus the 15 s margin kept for short tokens
    assert.equal(await a.authorization(scopes), 'Bearer acc-2');
  });

  it('drops a refused token so the next request fetches a fresh one', async () => {
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    const first = await a.authorization(scopes);
    assert.equal(a.onUnauthorized(challenge(), scopes, first), true);
    assert.equal(await a.authorization(scopes), 'Bearer tok-2');
  });

  it('never sends credentials to a plain http realm of a registry that is not local HTTP', async () => {
    const remote = new RegistryAuth({
      image: { registry: 'registry.example', repository: 'o/n' },
      credentials: { username: 'me', password: 's3cret' },
      dispatcher: agent,
    });
    remote.onUnauthorized(challenge(), scopes);
    await assert.rejects(remote.authorization(scopes), (err: unknown) => {
      assert.equal((err as { code?: string }).code, 'TOKEN_REALM_INSECURE');
      assert.match(String(err), /token service http:\/\/127\.0\.0\.1:\d+, which is not https/);
      return true;
    });
    const https = new RegistryAuth({
      image: { registry: '127.0.0.1:5000', repository: 'o/n' },
      registryUrl: 'https://127.0.0.1:5000',
      credentials: { username: 'me', password: 's3cret' },
      dispatcher: agent,
    });
    https.onUnauthorized(challenge(), scopes);
    await assert.rejects(https.authorization(scopes), /not https/);
    assert.equal(requests.length, 0, 'nothing was sent');
    // Without credentials there is nothing to leak: anonymous tokens come from any realm.
    const anonymous = new RegistryAuth({
      image: { registry: 'registry.example', repository: 'o/n' },
      dispatcher: agent,
    });
    anonymous.onUnauthorized(challenge(), scopes);
    assert.equal(await anonymous.authorization(scopes), 'Bearer tok-1');
  });

  it('trades an identity token for access tokens with the refresh-token grant', async () => {
    const a = new RegistryAuth({
      image,
      credentials: { username: '<token>', password: '', identityToken: 'refresh-xyz' },
      dispatcher: agent,
    });
    answer = () => ({ status: 200, body: { access_token: 'acc-1', expires_in: 300 } });
    a.onUnauthorized(challenge(), scopes);
    assert.equal(await a.authorization(scopes), 'Bearer acc-1');
    assert.equal(requests[0]?.authorization, undefined, 'no Basic header');
    assert.deepEqual(requests[0]?.form, {
      grant_type: 'refresh_token',
      refresh_token: 'refresh-xyz',
      client_id: 'nixery-action',
      scope: 'repository:o/n:pull,push',
      service: 'registry.test',
    });
  });

  it('reports refused credentials without the password or its base64 form', async () => {
    answer = () => ({
      status: 401,
      body: { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
    });
    const creds = { username: 'me', password: 'hunter2-secret' };
    const a = auth(creds);
    a.onUnauthorized(challenge(), scopes);
    await assert.rejects(a.authorization(scopes), (err: unknown) => {
      assert.ok(err instanceof RegistryError);
      assert.equal(err.status, 401);
      assert.equal(err.temporary(), false);
      assert.match(err.message, /Getting a token from http:\/\/127\.0\.0\.1:\d+\/token/);
      assert.match(err.message, /UNAUTHORIZED authentication required/);
      assert.match(err.message, /Check the username and password/);
      assert.doesNotMatch(err.message, /hunter2-secret/);
      assert.ok(!err.message.includes(Buffer.from('me:hunter2-secret').toString('base64')));
      return true;
    });
  });

  it('fails clearly when the token service answers without a token', async () => {
    answer = () => ({ status: 200, body: { nothing: true } });
    const a = auth();
    a.onUnauthorized(challenge(), scopes);
    await assert.rejects(a.authorization(scopes), /answered without a token/);
  });
});

describe('RegistryAuth Basic', () => {
  // A plain HTTP registry on loopback: the only kind allowed a plain http token realm.
  const image = { registry: '127.0.0.1:5000', repository: 'o/n' };
  const scopes = ['repository:o/n:pull,push'];

  it('answers a Basic challenge with the credentials once, and gives up when they are refused', async () => {
    const agent = new Agent();
    const a = new RegistryAuth({
      image,
      credentials: { username: 'u', password: 'p' },
      dispatcher: agent,
    });
    assert.equal(a.onUnauthorized('Basic realm="registry"', scopes), true);
    const sent = await a.authorization(scopes);
    assert.equal(sent, `Basic ${Buffer.from('u:p').toString('base64')}`);
    assert.equal(a.onUnauthorized('Basic realm="registry"', scopes, sent), false);
    assert.equal(a.redact(`x ${sent} p`), 'x Basic *** ***');
    await agent.close();
  });

  it('cannot answer a Basic challenge without credentials', async () => {
    const agent = new Agent();
    const a = new RegistryAuth({ image, dispatcher: agent });
    assert.equal(a.onUnauthorized('Basic realm="registry"', scopes), false);
    await agent.close();
  });
});

describe('RegistryAuth under concurrent challenges', () => {
  it('keeps a fresh token when a request sent before it existed is challenged', async () => {
    let issued = 0;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: `tok-${++issued}` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    const agent = new Agent();
    const masked: string[] = [];
    const a = new RegistryAuth({
      image: { registry: 'r.test', repository: 'o/n' },
      dispatcher: agent,
      maskSecret: (s) => masked.push(s),
    });
    const scopes = ['repository:o/n:pull,push'];
    try {
      a.onUnauthorized(`Bearer realm="${realm}"`, scopes, undefined);
      assert.equal(await a.authorization(scopes), 'Bearer tok-1');
      // A second anonymous request, sent before the token came, is challenged now.
      a.onUnauthorized(`Bearer realm="${realm}"`, scopes, undefined);
      assert.equal(await a.authorization(scopes), 'Bearer tok-1');
      // The token itself is refused: only then is a new one fetched.
      a.onUnauthorized(`Bearer realm="${realm}"`, scopes, 'Bearer tok-1');
      assert.equal(await a.authorization(scopes), 'Bearer tok-2');
      assert.deepEqual(masked, ['tok-1', 'tok-2']);
    } finally {
      await agent.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
