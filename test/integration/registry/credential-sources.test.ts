import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { resolveCredentials } from '../../../src/registry/credentials.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { runAction } from '../../helpers/action.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import { skopeoInspect, startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { randomImage } from './random-image.ts';
import { noMask, verifyPushed } from './verify.ts';

// Credentials where docker, podman, buildah and skopeo leave them: credential helpers
// (a docker-credential-* script on PATH, speaking the helper protocol), identity tokens
// (traded at the token service with the OAuth2 refresh-token grant), REGISTRY_AUTH_FILE and
// the containers auth.json. The registry is the real docker-registry with token auth.
const creds = { username: 'ci', password: 'helper-pass-64' };
const refreshToken = 'refresh-token-for-ci-19';

let scratch: string;
let bin: string;
let registry: TestRegistry;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-cred-sources-'));
  registry = await startRegistry({ tokenAuth: { ...creds, refreshToken } });
  bin = join(scratch, 'bin');
  await mkdir(bin);
  // `docker-credential-<name> get` reads the server from stdin and prints JSON; an unknown
  // server gets the message real helpers print, with status 1. Each call is recorded.
  const helper = (name: string, user: string, secret: string) =>
    writeFile(
      join(bin, `docker-credential-${name}`),
      [
        '#!/bin/sh',
        `log=${JSON.stringify(join(scratch, `${name}.calls`))}`,
        'read -r server',
        'printf "%s %s\\n" "$1" "$server" >> "$log"',
        `if [ "$1" = get ] && [ "$server" = ${JSON.stringify(registry.host)} ]; then`,
        `  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}\\n' "$server" ${JSON.stringify(user)} ${JSON.stringify(secret)}`,
        '  exit 0',
        'fi',
        'echo "credentials not found in native keychain"',
        'exit 1',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
  await helper('teststore', creds.username, creds.password);
  await helper('testtoken', '<token>', refreshToken);
});
after(async () => {
  await registry?.stop();
  await rm(scratch, { recursive: true, force: true });
});

let count = 0;
/** Each kind of token request made, as "grant user". */
const grants = (tokens: { grant?: string; user?: string }[]) => [
  ...new Set(tokens.map((r) => `${r.grant} ${r.user}`)),
];
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A folder holding one auth file, and an environment that sees only it and the helpers. */
async function authFile(name: string, content: unknown) {
  const dir = await mkdtemp(join(scratch, 'cfg-'));
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, JSON.stringify(content));
  return { dir, path, env: { HOME: dir, PATH: `${bin}:${process.env.PATH}` } };
}

async function pushWith(env: Record<string, string>) {
  const resolved = await resolveCredentials({ registry: registry.host, env });
  const repository = `creds/r${++count}`;
  const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 1);
  const client = new RegistryClient({
    image: { registry: registry.host, repository },
    credentials: resolved.credentials,
    credentialSource: resolved.source,
    log: memoryLogger(),
    maskSecret: noMask,
  });
  const asked = registry.tokenRequests.length;
  try {
    await pushImage(client, image, ['latest']);
  } finally {
    await client.close();
  }
  // Only the push's own token requests: skopeo's verification asks the token service too.
  const tokens = registry.tokenRequests.slice(asked);
  await verifyPushed(`${registry.host}/${repository}:latest`, image, scratch, creds);
  return { ...resolved, tokens };
}

describe('credentials from the places login commands write them', () => {
  it('runs the credsStore helper of a Docker config', async () => {
    const cfg = await authFile('config.json', {
      auths: { [registry.host]: {} },
      credsStore: 'teststore',
    });
    const resolved = await pushWith({ ...cfg.env, DOCKER_CONFIG: cfg.dir });
    assert.match(
      resolved.source,
      /config\.json credsStore \(docker-credential-teststore\) for user ci$/,
    );
    const calls = await readFile(join(scratch, 'teststore.calls'), 'utf8');
    assert.ok(calls.split('\n').includes(`get ${registry.host}`), `helper calls: ${calls}`);
  });

  it('runs the credHelpers entry for the registry, which may answer with an identity token', async () => {
    const cfg = await authFile('config.json', {
      credsStore: 'teststore',
      credHelpers: { [registry.host]: 'testtoken' },
    });
    const resolved = await pushWith({ ...cfg.env, DOCKER_CONFIG: cfg.dir });
    assert.match(resolved.source, /credHelpers entry for .* \(docker-credential-testtoken\)/);
    assert.equal(resolved.credentials?.identityToken, refreshToken);
    assert.deepEqual(grants(resolved.tokens), ['refresh_token ci']);
  });

  it('trades an identitytoken entry for access tokens', async () => {
    const cfg = await authFile('config.json', {
      auths: {
        [registry.host]: {
          auth: b64('00000000-0000-0000-0000-000000000000:'),
          identitytoken: refreshToken,
        },
      },
    });
    const { tokens } = await pushWith({ ...cfg.env, DOCKER_CONFIG: cfg.dir });
    assert.deepEqual(grants(tokens), ['refresh_token ci']);
  });

  it('reads REGISTRY_AUTH_FILE, as podman and skopeo do', async () => {
    const cfg = await authFile('auth.json', {
      auths: { [registry.host]: { auth: b64(`${creds.username}:${creds.password}`) } },
    });
    const resolved = await pushWith({ ...cfg.env, REGISTRY_AUTH_FILE: cfg.path });
    assert.equal(resolved.source, `~/auth.json entry for ${registry.host}`);
  });

  it('reads the containers auth.json that podman login writes under XDG_RUNTIME_DIR', async () => {
    const cfg = await authFile('containers/auth.json', {
      auths: { [`${registry.host}/creds`]: { auth: b64(`${creds.username}:${creds.password}`) } },
    });
    const resolved = await pushWith({ ...cfg.env, XDG_RUNTIME_DIR: cfg.dir });
    assert.match(resolved.source, /containers\/auth\.json entry for /);
  });

  it('lets the action authenticate through a credential helper on PATH', async () => {
    const cfg = await authFile('config.json', { credsStore: 'teststore' });
    const image = `${registry.host}/creds/action`;
    const run = await runAction(
      { packages: 'hello', 'pkg-source': testPkgSource, image, cache: 'false' },
      { entry: 'src/main.ts', env: { DOCKER_CONFIG: cfg.dir, PATH: `${bin}:${process.env.PATH}` } },
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /registry credentials: .*credsStore \(docker-credential-teststore\) for user ci/,
    );
    // The runner hides what ::add-mask:: registers; no other line may show the secret.
    const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    assert.ok(run.stdout.includes(`::add-mask::${creds.password}`), 'the helper secret is masked');
    assert.ok(!shown.some((l) => l.includes(creds.password)), 'and shown nowhere else');
    const pushed = await skopeoInspect(`${image}:latest`, {
      creds: `${creds.username}:${creds.password}`,
    });
    assert.equal(pushed.Digest, run.outputs.digest);
  });
});
