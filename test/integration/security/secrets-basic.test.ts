import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { ECHO_UPLOAD_THEN_MANIFEST, startHostileServer } from '../../helpers/hostile-server.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import {
  basicSecrets,
  capturedTexts,
  findLeaks,
  randomSecret,
  type Secret,
} from '../../helpers/secret-scan.ts';

// A registry with htpasswd (Basic) auth, and every failure we can provoke around it: a wrong
// password, bodies that echo our request headers back, a redirect to another host, an upload
// sent to a separate blob storage host, credentials from a Docker config. Whatever happens,
// no secret may appear in anything the run leaves behind except the runner's ::add-mask::
// lines, and no Authorization may reach a host it was not meant for.

const username = 'u';
const password = randomSecret('pw-');
const githubToken = randomSecret('ghs_');
const nixAccessToken = randomSecret('ghp_');
let registry: TestRegistry;
let scratch: string;

before(async () => {
  registry = await startRegistry({ htpasswd: { username, password } });
  scratch = await mkdtemp(join(tmpdir(), 'nixery-secrets-basic-'));
});

after(async () => {
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Each test pushes to a repository of its own, so that no test finds another's blobs. */
function push(
  host: string,
  repository: string,
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
) {
  return runAction(
    {
      packages: 'hello',
      'pkg-source': testPkgSource,
      image: `${host}/sec/${repository}`,
      tags: 'latest',
      cache: 'false',
      'github-token': githubToken,
      'nix-conf': `access-tokens = github.com=${nixAccessToken}`,
      ...inputs,
    },
    { env },
  );
}

// Given to every run: neither is sent to this registry, and neither may be shown.
const always: Secret[] = [
  { name: 'github-token', value: githubToken, window: 12 },
  { name: 'nix-conf access-tokens', value: nixAccessToken, window: 12 },
];

function assertNoLeaks(run: ActionRun, secrets: Secret[]) {
  assert.deepEqual(findLeaks(capturedTexts(run), [...always, ...secrets]), []);
}

function errorLine(run: ActionRun): string {
  return run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
}

const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

describe('Basic auth', { concurrency: true }, () => {
  test('a wrong password fails, says which credentials were tried, and shows no secret', async () => {
    const wrong = randomSecret('wrong-');
    const run = await push(registry.host, 'wrong-password', { username, password: wrong });
    assert.equal(run.code, 1, run.stdout);
    assert.match(errorLine(run), /username\/password inputs for user u/);
    assertNoLeaks(run, [
      ...basicSecrets('wrong', username, wrong),
      ...basicSecrets('right', username, password),
    ]);
  });

  test('error bodies that echo the request headers show no secret', async () => {
    const hostile = await startHostileServer({
      upstream: registry.url,
      rules: ECHO_UPLOAD_THEN_MANIFEST,
    });
    try {
      const run = await push(hostile.host, 'echo', { username, password });
      assert.equal(run.code, 1, run.stdout);
      assert.match(errorLine(run), /Putting manifest .* failed with HTTP 500/);
      assert.match(run.stdout, /attempt 1 of 5 failed/);
      const echoed = hostile.requests.filter(
        (r) => /^(PATCH|PUT)$/.test(r.method) && r.headers.authorization === basic,
      );
      assert.ok(echoed.length >= 2, 'the echoed requests carried the credentials');
      assertNoLeaks(run, basicSecrets('registry', username, password));
    } finally {
      await hostile.stop();
    }
  });

  test('a 307 to another host gets no Authorization there, and shows no secret', async () => {
    const elsewhere = await startHostileServer();
    const hostile = await startHostileServer({
      upstream: registry.url,
      rules: [
        {
          method: 'PUT',
          path: /\/manifests\//,
          answer: { kind: 'redirect', status: 307, origin: elsewhere.url },
        },
      ],
    });
    try {
      const run = await push(hostile.host, 'redirect', { username, password });
      assert.equal(run.code, 1, run.stdout);
      assert.match(errorLine(run), /HTTP 307/);
      const withAuth = elsewhere.requests.filter((r) => r.headers.authorization !== undefined);
      assert.deepEqual(withAuth, [], 'no Authorization reached the other host');
      assertNoLeaks(run, basicSecrets('registry', username, password));
    } finally {
      await Promise.all([hostile.stop(), elsewhere.stop()]);
    }
  });

  test('uploads sent to a separate blob storage host carry no Authorization there', async () => {
    // The storage host trusts its own (signed) URLs: it forwards with credentials of its own.
    const storage = await startFaultProxy({ upstream: registry.url, upstreamAuthorization: basic });
    const front = await startFaultProxy({ upstream: registry.url, locationOrigin: storage.url });
    try {
      const run = await push(front.host, 'storage', { username, password });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const uploads = storage.requests.filter((r) => /^(PATCH|PUT)$/.test(r.method));
      assert.ok(uploads.length >= 2, 'blob bytes went to the storage host');
      assert.deepEqual(
        storage.requests.filter((r) => r.authorization !== undefined),
        [],
        'no Authorization reached the storage host',
      );
      assert.ok(
        front.requests.some((r) => r.authorization === basic),
        'the registry got it',
      );
      assertNoLeaks(run, basicSecrets('registry', username, password));
    } finally {
      await Promise.all([front.stop(), storage.stop()]);
    }
  });

  test('credentials from a Docker config are masked and never shown', async () => {
    const hostile = await startHostileServer({
      upstream: registry.url,
      rules: [
        {
          method: 'PUT',
          path: /\/manifests\//,
          answer: { kind: 'echo', status: 403, style: 'spec', code: 'DENIED' },
        },
      ],
    });
    const dockerConfig = join(scratch, 'docker');
    await mkdir(dockerConfig);
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [hostile.host]: { auth } } }),
    );
    try {
      const run = await push(hostile.host, 'docker-config', {}, { DOCKER_CONFIG: dockerConfig });
      assert.equal(run.code, 1, run.stdout);
      assert.match(errorLine(run), /HTTP 403/);
      assert.match(run.stdout, /credentials: .*config\.json entry for 127\.0\.0\.1/);
      assert.ok(run.stdout.includes(`::add-mask::${password}\n`), 'the password is masked');
      assert.ok(run.stdout.includes(`::add-mask::${auth}\n`), 'its base64 form is masked');
      assert.ok(
        hostile.requests.some((r) => r.headers.authorization === basic),
        'the echoed requests carried the credentials',
      );
      assertNoLeaks(run, basicSecrets('docker config', username, password));
    } finally {
      await hostile.stop();
    }
  });
});
