import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * GitHub's side of signing, which cannot run here, on 127.0.0.1 and following the real
 * protocols:
 * - the Actions OIDC token request: GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud> with
 *   `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN` answers `{ "value": "<JWT>" }`, a JWT
 *   with GitHub's claims (iss https://token.actions.githubusercontent.com, sub, repository,
 *   workflow_ref, job_workflow_ref, sha, ref, run_id, run_attempt, …);
 * - the attestations API: POST /repos/{owner}/{repo}/attestations with `{ bundle }` answers 201
 *   `{ id }`; GET /repos/{owner}/{repo}/attestations/{subject_digest} answers
 *   `{ attestations: [{ bundle }] }` (what `gh attestation verify` reads).
 */
export interface GitHubFake {
  url: string;
  /** The values a runner would put in the job's environment for this fake. */
  env: NodeJS.ProcessEnv;
  /** Bundles recorded, by subject digest (`sha256:<hex>`). */
  attestations: Map<string, unknown[]>;
  requests: { method: string; path: string }[];
  /** Every OIDC token handed out (secrets a run must never show). */
  issued: string[];
  close(): Promise<void>;
}

export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const FAKE_REPOSITORY = 'octo/images';
export const FAKE_WORKFLOW_REF = `${FAKE_REPOSITORY}/.github/workflows/images.yml@refs/heads/main`;

export async function startGitHubFake(apiToken: string): Promise<GitHubFake> {
  const requestToken = 'oidc-request-token-for-tests';
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const attestations = new Map<string, unknown[]>();
  const requests: GitHubFake['requests'] = [];
  const issued: string[] = [];
  let nextId = 1;

  const jwt = (audience: string) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: OIDC_ISSUER,
      aud: audience,
      sub: `repo:${FAKE_REPOSITORY}:ref:refs/heads/main`,
      iat: now,
      nbf: now,
      exp: now + 300,
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      repository: FAKE_REPOSITORY,
      repository_owner: 'octo',
      repository_id: '1',
      repository_owner_id: '2',
      event_name: 'push',
      workflow: 'images',
      workflow_ref: FAKE_WORKFLOW_REF,
      job_workflow_ref: FAKE_WORKFLOW_REF,
      runner_environment: 'github-hosted',
      run_id: '42',
      run_attempt: '1',
    };
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${part({ alg: 'ES256', typ: 'JWT', kid: 'test' })}.${part(claims)}`;
    const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    const token = `${input}.${sig.toString('base64url')}`;
    issued.push(token);
    return token;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method ?? '', path: url.pathname });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const auth = req.headers.authorization;
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      if (auth !== `Bearer ${requestToken}`) return send(401, { message: 'Bad credentials' });
      return send(200, { count: 1, value: jwt(url.searchParams.get('audience') ?? '') });
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/attestations(?:\/([^/]+))?$/.exec(url.pathname);
    if (m && `${m[1]}/${m[2]}` === FAKE_REPOSITORY) {
      if (auth !== `Bearer ${apiToken}` && auth !== `token ${apiToken}`) {
        return send(401, { message: 'Bad credentials' });
      }
      if (req.method === 'POST' && !m[3]) {
        const { bundle } = JSON.parse(Buffer.concat(chunks).toString()) as {
          bundle: { dsseEnvelope?: { payload: string } };
        };
        const payload = bundle?.dsseEnvelope?.payload;
        if (!payload) return send(422, { message: 'Invalid bundle' });
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString()) as {
          subject: { digest: Record<string, string> }[];
        };
        for (const s of statement.subject) {
          const key = `sha256:${s.digest.sha256}`;
          attestations.set(key, [...(attestations.get(key) ?? []), bundle]);
        }
        return send(201, { id: nextId++ });
      }
      if (req.method === 'GET' && m[3]) {
        const found = attestations.get(decodeURIComponent(m[3])) ?? [];
        if (!found.length) return send(404, { message: 'Not Found' });
        return send(200, { attestations: found.map((bundle) => ({ bundle, repository_id: 1 })) });
      }
    }
    return send(404, { message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      GITHUB_API_URL: url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: FAKE_REPOSITORY,
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_REPOSITORY_OWNER_ID: '2',
      GITHUB_WORKFLOW_REF: FAKE_WORKFLOW_REF,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      RUNNER_ENVIRONMENT: 'github-hosted',
      GITHUB_ACTION_REPOSITORY: 'org/nixery-action',
      GITHUB_ACTION_REF: 'v1',
    },
    attestations,
    requests,
    issued,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
