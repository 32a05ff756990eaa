import { execFile } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const TOKEN_SERVICE = 'test-registry';
export const TOKEN_ISSUER = 'test-token-issuer';

export interface TokenRequest {
  /** The user whose Basic credentials were right; undefined for anonymous or wrong ones. */
  user?: string;
  service?: string;
  scopes: string[];
  /** The OAuth2 grant_type of a POST; undefined for the GET form. */
  grant?: string;
}

export interface TokenServerOptions {
  username: string;
  password: string;
  /** Signature algorithm; distribution 2.8.2 accepts both with the key in `x5c`. */
  alg?: 'ES256' | 'RS256';
  /** Lifetime told to the client (default 300 s). */
  expiresIn?: number;
  /** Answer with `access_token` instead of `token`, as OAuth-style services do. */
  accessTokenField?: boolean;
  /**
   * A refresh token (what `docker login` stores as `identitytoken`) that the OAuth2 form of
   * the token spec accepts: POST grant_type=refresh_token&refresh_token=…&service=…&scope=….
   */
  refreshToken?: string;
}

export interface TokenServer {
  realm: string;
  /** The certificate the registry trusts (`auth.token.rootcertbundle`). */
  certPath: string;
  requests: TokenRequest[];
  /** Every token handed out, to search logs for. */
  issued: string[];
  close(): Promise<void>;
}

/**
 * The Docker token protocol as distribution verifies it: GET realm?service=&scope=… with Basic
 * credentials; the JWT has iss, aud (the service, as a plain string), exp/nbf/iat, and one
 * access entry per scope, signed by a self-signed certificate carried in `x5c`. A valid user
 * gets every scope asked for; anonymous callers get a token with no access.
 */
export async function startTokenServer(
  dir: string,
  opts: TokenServerOptions,
): Promise<TokenServer> {
  const alg = opts.alg ?? 'ES256';
  const keyPath = join(dir, `token-key-${alg}.pem`);
  const certPath = join(dir, `token-cert-${alg}.pem`);
  const keyArgs =
    alg === 'ES256'
      ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']
      : ['-newkey', 'rsa:2048'];
  await run('openssl', [
    'req',
    '-x509',
    ...keyArgs,
    '-nodes',
    '-subj',
    `/CN=${TOKEN_ISSUER}`,
    '-days',
    '2',
    '-keyout',
    keyPath,
    '-out',
    certPath,
  ]);
  const key = createPrivateKey(await readFile(keyPath));
  const certDer = new X509Certificate(await readFile(certPath)).raw.toString('base64');
  const requests: TokenRequest[] = [];
  const issued: string[] = [];
  const basic = Buffer.from(`${opts.username}:${opts.password}`).toString('base64');
  const expected = `Basic ${basic}`;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, new URLSearchParams(Buffer.concat(chunks).toString())));
  });
  const answer = (req: IncomingMessage, res: ServerResponse, form: URLSearchParams) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const post = req.method === 'POST';
    const scopes = post
      ? (form.get('scope') ?? '').split(' ').filter(Boolean)
      : url.searchParams.getAll('scope');
    const service = (post ? form.get('service') : url.searchParams.get('service')) ?? undefined;
    const given = req.headers.authorization;
    const refreshed =
      post &&
      form.get('grant_type') === 'refresh_token' &&
      opts.refreshToken !== undefined &&
      form.get('refresh_token') === opts.refreshToken &&
      Boolean(form.get('client_id'));
    const user = given === expected || refreshed ? opts.username : undefined;
    requests.push({
      user,
      service,
      scopes,
      grant: post ? (form.get('grant_type') ?? '') : undefined,
    });
    if ((given !== undefined && given !== expected) || (post && !refreshed)) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
      return;
    }
    const access = user
      ? scopes.map((scope) => {
          const [type, name, actions] = scope.split(':');
          return { type, name, actions: (actions ?? '').split(',').filter(Boolean) };
        })
      : [];
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = opts.expiresIn ?? 300;
    const jwt = signJwt(
      { alg, typ: 'JWT', x5c: [certDer] },
      {
        iss: TOKEN_ISSUER,
        sub: user ?? '',
        aud: service ?? '',
        exp: now + expiresIn,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      },
      key,
    );
    issued.push(jwt);
    res.writeHead(200, { 'content-type': 'application/json' });
    const field = opts.accessTokenField || post ? 'access_token' : 'token';
    res.end(JSON.stringify({ [field]: jwt, expires_in: expiresIn }));
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    certPath,
    requests,
    issued,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function signJwt(
  header: { alg: string; [k: string]: unknown },
  claims: object,
  key: KeyObject,
): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part(header)}.${part(claims)}`;
  // JWS wants ES256 signatures as raw r||s, not DER; RS256 is plain PKCS#1 v1.5.
  const signature =
    header.alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(input), key);
  return `${input}.${signature.toString('base64url')}`;
}
