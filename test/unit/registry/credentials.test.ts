import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolveCredentials } from '../../../src/registry/credentials.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('resolveCredentials', () => {
  let home: string;
  let other: string;
  before(async () => {
    home = await mkdtemp(join(tmpdir(), 'nixery-creds-'));
    await mkdir(join(home, '.docker'));
    await writeFile(
      join(home, '.docker', 'config.json'),
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: b64('octo:pa:ss:word') },
          'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
          'http://registry.example:5000/v2/': { username: 'u', password: 'p' },
          'empty.example': {},
        },
        credHelpers: { 'gcr.io': 'gcloud' },
      }),
    );
    other = join(home, 'elsewhere');
    await mkdir(other);
    await writeFile(
      join(other, 'config.json'),
      JSON.stringify({ auths: {}, credsStore: 'desktop' }),
    );
  });
  after(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('prefers the inputs when both are given', async () => {
    const r = await resolveCredentials({
      registry: 'ghcr.io',
      inputs: { username: 'me', password: 'secret' },
      env: { HOME: home, GITHUB_TOKEN: 't' },
    });
    assert.deepEqual(r.credentials, { username: 'me', password: 'secret' });
    assert.equal(r.source, 'username/password inputs for user me');
  });

  it('reads base64 `auth` from ~/.docker/config.json, keeping colons in the password', async () => {
    const r = await resolveCredentials({
      registry: 'ghcr.io',
      inputs: { username: 'me' },
      env: { HOME: home },
    });
    assert.deepEqual(r.credentials, { username: 'octo', password: 'pa:ss:word' });
    assert.equal(r.source, '~/.docker/config.json entry for ghcr.io');
  });

  it('matches URL keys by host, and Docker Hub by its index URL', async () => {
    const hub = await resolveCredentials({ registry: 'docker.io', env: { HOME: home } });
    assert.deepEqual(hub.credentials, { username: 'hubuser', password: 'hubpass' });
    const plain = await resolveCredentials({
      registry: 'registry.example:5000',
      env: { HOME: home },
    });
    assert.deepEqual(plain.credentials, { username: 'u', password: 'p' });
  });

  it('honours DOCKER_CONFIG and says when its credsStore helper cannot run', async () => {
    const r = await resolveCredentials({
      registry: 'quay.io',
      env: { HOME: home, DOCKER_CONFIG: other, PATH: other },
    });
    assert.equal(r.credentials, undefined);
    assert.equal(r.source, 'anonymous');
    assert.match(
      r.notices[0] ?? '',
      /^~\/elsewhere\/config\.json credsStore: docker-credential-desktop get is not on PATH/,
    );
  });

  it('runs the credHelpers entry for the registry, then falls back to anonymous', async () => {
    // PATH names an empty folder: whatever helpers this machine has are not run.
    const r = await resolveCredentials({ registry: 'gcr.io', env: { HOME: home, PATH: other } });
    assert.equal(r.source, 'anonymous');
    assert.match(
      r.notices[0] ?? '',
      /credHelpers entry for gcr\.io: docker-credential-gcloud get is not on PATH/,
    );
  });

  it('reads an identitytoken entry as a refresh token', async () => {
    const dir = join(home, 'acr');
    await mkdir(dir);
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        auths: { 'acr.example': { auth: b64('00000000-0000:'), identitytoken: 'refresh-1' } },
      }),
    );
    const r = await resolveCredentials({
      registry: 'acr.example',
      env: { HOME: home, DOCKER_CONFIG: dir },
    });
    assert.deepEqual(r.credentials, {
      username: '00000000-0000',
      password: '',
      identityToken: 'refresh-1',
    });
  });

  it('reads the containers auth.json before the Docker config, and REGISTRY_AUTH_FILE alone', async () => {
    const xdg = join(home, 'xdg');
    await mkdir(join(xdg, 'containers'), { recursive: true });
    await writeFile(
      join(xdg, 'containers', 'auth.json'),
      JSON.stringify({ auths: { 'ghcr.io/octo': { auth: b64('podman:pw') } } }),
    );
    const podman = await resolveCredentials({
      registry: 'ghcr.io',
      env: { HOME: home, XDG_RUNTIME_DIR: xdg },
    });
    assert.deepEqual(podman.credentials, { username: 'podman', password: 'pw' });
    assert.equal(podman.source, '~/xdg/containers/auth.json entry for ghcr.io');
    const file = join(home, 'auth-file.json');
    await writeFile(file, JSON.stringify({ auths: { 'quay.io': { auth: b64('q:w') } } }));
    const only = await resolveCredentials({
      registry: 'ghcr.io',
      env: { HOME: home, XDG_RUNTIME_DIR: xdg, REGISTRY_AUTH_FILE: file },
    });
    assert.equal(only.source, 'anonymous', 'REGISTRY_AUTH_FILE replaces the other files');
  });

  it('uses GITHUB_TOKEN as GITHUB_ACTOR for ghcr.io only', async () => {
    const env = { HOME: join(home, 'none'), GITHUB_TOKEN: 'ghs_abc', GITHUB_ACTOR: 'octocat' };
    const r = await resolveCredentials({ registry: 'ghcr.io', env });
    assert.deepEqual(r.credentials, { username: 'octocat', password: 'ghs_abc' });
    assert.equal(r.source, 'GITHUB_TOKEN as octocat');
    assert.equal((await resolveCredentials({ registry: 'quay.io', env })).source, 'anonymous');
  });

  it('skips an entry without credentials and reports an unreadable config', async () => {
    assert.equal(
      (await resolveCredentials({ registry: 'empty.example', env: { HOME: home } })).source,
      'anonymous',
    );
    const broken = join(home, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'config.json'), '{ not json');
    const r = await resolveCredentials({
      registry: 'ghcr.io',
      env: { HOME: home, DOCKER_CONFIG: broken },
    });
    assert.equal(r.source, 'anonymous');
    assert.match(r.notices[0] ?? '', /^Ignoring ~\/broken\/config\.json: /);
  });
});
