import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { ECHO_UPLOAD_THEN_MANIFEST, startHostileServer } from '../../helpers/hostile-server.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import {
  basicSecrets,
  capturedTexts,
  findLeaks,
  randomSecret,
  tokenSecrets,
  type Secret,
} from '../../helpers/secret-scan.ts';

// A registry with bearer token auth (a real token service issuing signed JWTs), and the
// failures around it: a wrong password, a token service answering 500 with our Authorization
// in its body, registry error bodies echoing the bearer token. No password, no base64 of
// user:password and no token the service issued may appear outside ::add-mask:: lines.

const username = 'u';
const password = randomSecret('pw-');
const githubToken = randomSecret('ghs_');
let registry: TestRegistry;

before(async () => {
  registry = await startRegistry({ tokenAuth: { username, password } });
});

after(async () => {
  await registry?.stop();
});

/** Each test pushes to a repository of its own, so that no test finds another's blobs. */
function push(host: string, repository: string, inputs: Record<string, string>) {
  return runAction({
    packages: 'hello',
    'pkg-source': testPkgSource,
    image: `${host}/sec/${repository}`,
    tags: 'latest',
    cache: 'false',
    'github-token': githubToken,
    ...inputs,
  });
}

function assertNoLeaks(run: ActionRun, secrets: Secret[]) {
  const all = [
    { name: 'github-token', value: githubToken, window: 12 },
    ...basicSecrets('registry', username, password),
    // Read after the run: every token the service issued up to now.
    ...tokenSecrets(registry.tokenServer!.issued),
    ...secrets,
  ];
  assert.deepEqual(findLeaks(capturedTexts(run), all), []);
}

function errorLine(run: ActionRun): string {
  return run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
}

describe('token auth', { concurrency: true }, () => {
  test('a wrong password fails at the token service and shows no secret', async () => {
    const wrong = randomSecret('wrong-');
    const run = await push(registry.host, 'wrong-password', { username, password: wrong });
    assert.equal(run.code, 1, run.stdout);
    assert.match(errorLine(run), /token.*HTTP 401|HTTP 401.*token/i);
    assert.match(errorLine(run), /username\/password inputs for user u/);
    assertNoLeaks(run, basicSecrets('wrong', username, wrong));
  });

  test('a token service answering 500 with our Authorization in its body shows no secret', async () => {
    const tokenEcho = await startHostileServer();
    const hostile = await startHostileServer({
      upstream: registry.url,
      realm: `${tokenEcho.url}/token`,
    });
    try {
      const run = await push(hostile.host, 'token-echo', { username, password });
      assert.equal(run.code, 1, run.stdout);
      assert.match(errorLine(run), /Getting a token from .* failed with HTTP 500/);
      const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
      assert.ok(
        tokenEcho.requests.some((r) => r.headers.authorization === basic),
        'the token request carried the credentials, and the body echoed them',
      );
      assertNoLeaks(run, []);
    } finally {
      await Promise.all([hostile.stop(), tokenEcho.stop()]);
    }
  });

  test('registry bodies echoing the bearer token show neither it nor the password', async () => {
    const hostile = await startHostileServer({
      upstream: registry.url,
      rules: ECHO_UPLOAD_THEN_MANIFEST,
    });
    try {
      const run = await push(hostile.host, 'registry-echo', { username, password });
      assert.equal(run.code, 1, run.stdout);
      assert.match(errorLine(run), /Putting manifest .* failed with HTTP 500/);
      assert.match(run.stdout, /attempt 1 of 5 failed/);
      const issued = registry.tokenServer!.issued;
      const echoed = hostile.requests.filter((r) =>
        issued.some((t) => r.headers.authorization === `Bearer ${t}`),
      );
      assert.ok(echoed.length >= 2, 'the echoed requests carried issued tokens');
      for (const token of issued) {
        if (echoed.some((r) => r.headers.authorization === `Bearer ${token}`)) {
          assert.ok(run.stdout.includes(`::add-mask::${token}\n`), 'an echoed token was masked');
        }
      }
      assertNoLeaks(run, []);
    } finally {
      await hostile.stop();
    }
  });
});
