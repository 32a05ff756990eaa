import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as core from '@actions/core';
import { actionsLogger } from '../../../src/action/logger.ts';
import { SecretSet, credentialSecrets } from '../../../src/core/secrets.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { resolveCredentials } from '../../../src/registry/credentials.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { randomImage } from './random-image.ts';
import { fastRetry, noMask, verifyPushed } from './verify.ts';

let scratch: string;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-auth-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});
const newImage = async () => randomImage(await mkdtemp(join(scratch, 'img-')), 2);
const base64 = (u: string, p: string) => Buffer.from(`${u}:${p}`).toString('base64');

/** Everything written to stdout and stderr while `fn` runs, as the runner would log it. */
async function captureOutput<T>(
  fn: () => Promise<T>,
): Promise<{ output: string; value?: T; error?: unknown }> {
  const chunks: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  const keep = (chunk: unknown) => (chunks.push(String(chunk)), true);
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  try {
    const value = await fn();
    return { output: chunks.join(''), value };
  } catch (error) {
    return { output: chunks.join(''), error };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

/** Pushes with the action's own logger and masker, the way the action runs. */
async function pushLikeTheAction(registry: TestRegistry, repository: string, password: string) {
  const image = await newImage();
  const captured = await captureOutput(async () => {
    // The entry point's one masker: it knows the credentials, the client adds its tokens.
    const secrets = new SecretSet((s) => core.setSecret(s));
    secrets.add(...credentialSecrets({ username: 'ci', password }));
    const log = secrets.logger(actionsLogger);
    const client = new RegistryClient({
      image: { registry: registry.host, repository },
      credentials: { username: 'ci', password },
      credentialSource: 'username/password inputs for user ci',
      log,
      retry: fastRetry,
      maskSecret: (s) => secrets.add(s),
    });
    try {
      return await pushImage(client, image, ['latest'], log);
    } finally {
      await client.close();
    }
  });
  const message = captured.error instanceof Error ? captured.error.message : '';
  const lines = `${captured.output}\n${message}`.split('\n');
  const masked = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice(12));
  const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return { image, ...captured, message, masked, shown };
}

for (const [scheme, tokenAlg] of [
  ['Basic', undefined],
  ['ES256 token', 'ES256'],
  ['RS256 token', 'RS256'],
] as const) {
  describe(`${scheme} auth: secrets stay out of every log`, () => {
    const password = `pw-${scheme.replace(/\W/g, '')}-9081`;
    let registry: TestRegistry;
    before(async () => {
      const creds = { username: 'ci', password };
      registry = await startRegistry(
        tokenAlg
          ? { tokenAuth: { ...creds, alg: tokenAlg, accessTokenField: tokenAlg === 'RS256' } }
          : { htpasswd: creds },
      );
    });
    after(async () => {
      await registry?.stop();
    });

    it('pushes, masks every secret and token, and prints none of them', async () => {
      const run = await pushLikeTheAction(registry, 'auth/ok', password);
      assert.equal(run.error, undefined, run.message);
      const tokens = [...(registry.tokenServer?.issued ?? [])];
      assert.equal(tokens.length, tokenAlg ? 1 : 0);
      await verifyPushed(`${registry.host}/auth/ok:latest`, run.image, scratch, {
        username: 'ci',
        password,
      });
      const secrets = [password, base64('ci', password), ...tokens];
      for (const secret of secrets) {
        assert.ok(run.masked.includes(secret), 'registered with core.setSecret');
        assert.ok(!run.shown.includes(secret), 'never printed');
      }
      assert.match(run.shown, /uploaded sha256:[0-9a-f]{64} \(/);
    });

    it('names the credentials tried when they are wrong, without their values', async () => {
      const wrong = 'wrong-pass-5521';
      const run = await pushLikeTheAction(registry, 'auth/wrong', wrong);
      assert.match(run.message, /HTTP 401/);
      assert.match(
        run.message,
        /tried: username\/password inputs for user ci\)\. Check the username/,
      );
      for (const secret of [wrong, base64('ci', wrong), password]) {
        assert.ok(!run.shown.includes(secret));
      }
    });
  });
}

describe('credentials from the Docker config', () => {
  it('pushes with an `auths` entry as docker login writes it', async () => {
    const creds = { username: 'docker-user', password: 'from-config-771' };
    const registry = await startRegistry({ htpasswd: creds });
    try {
      const configDir = await mkdtemp(join(scratch, 'docker-'));
      const auth = base64(creds.username, creds.password);
      await writeFile(
        join(configDir, 'config.json'),
        JSON.stringify({ auths: { [`https://${registry.host}`]: { auth } } }),
      );
      const resolved = await resolveCredentials({
        registry: registry.host,
        env: { DOCKER_CONFIG: configDir, HOME: scratch },
      });
      const shown = `~/${configDir.slice(scratch.length + 1)}/config.json`;
      assert.equal(resolved.source, `${shown} entry for ${registry.host}`);
      const client = new RegistryClient({
        image: { registry: registry.host, repository: 'auth/docker-config' },
        credentials: resolved.credentials,
        credentialSource: resolved.source,
        maskSecret: noMask,
      });
      const image = await newImage();
      try {
        await pushImage(client, image, ['latest']);
      } finally {
        await client.close();
      }
      await verifyPushed(`${registry.host}/auth/docker-config:latest`, image, scratch, creds);
    } finally {
      await registry.stop();
    }
  });
});

describe('Authorization never leaves the registry host', () => {
  it('sends none to a blob storage host that a Location points at', async () => {
    const creds = { username: 'ci', password: 'storage-pass-66' };
    const registry = await startRegistry({ htpasswd: creds });
    // The storage stand-in forwards to the registry with its own authority, like a signed URL.
    const storage = await startFaultProxy({
      upstream: registry.url,
      upstreamAuthorization: `Basic ${base64(creds.username, creds.password)}`,
    });
    const front = await startFaultProxy({ upstream: registry.url, locationOrigin: storage.url });
    const client = new RegistryClient({
      image: { registry: front.host, repository: 'auth/storage' },
      credentials: creds,
      maskSecret: noMask,
      // Blobs in a PATCH, then the PUT: both requests go to the storage host.
      wholeUploadMax: 0,
    });
    try {
      const image = await newImage();
      await pushImage(client, image, ['latest']);
      assert.ok(
        storage.requests.some((r) => r.method === 'PATCH'),
        'uploads went to storage',
      );
      assert.deepEqual(
        storage.requests.filter((r) => r.authorization !== undefined),
        [],
        'storage saw no Authorization',
      );
      assert.ok(front.requests.some((r) => r.authorization?.startsWith('Basic ')));
      await verifyPushed(`${registry.host}/auth/storage:latest`, image, scratch, creds);
    } finally {
      await client.close();
      await front.stop();
      await storage.stop();
      await registry.stop();
    }
  });
});
