/**
 * What the action hands to Nix and what it publishes, driven through the bundled action (and
 * the bundled CLI) exactly as a runner starts them: Nix evaluation sees none of the runner's
 * secrets, and a credential in a package source URL reaches git but nothing published.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot, runAction, type ActionRun } from '../../helpers/action.ts';
import { endToEnd } from '../../helpers/e2e.ts';
import { startGitHttp, type GitHttpServer } from '../../helpers/git-http.ts';
import { testPkgsDir } from '../../helpers/pkgs.ts';
import {
  basicSecrets,
  capturedTexts,
  findLeaks,
  randomSecret,
  type Secret,
} from '../../helpers/secret-scan.ts';

const e2e = endToEnd('least-privilege');
testPkgsDir(); // the probe set imports the test package set, busybox included
const probeSet = `path!${join(repoRoot, 'test', 'pkgs-env-probe')}`;

// Every secret a runner holds while the action runs: inputs, runner tokens, the workflow token.
const password = randomSecret('pw-');
const githubToken = randomSecret('ghs_');
const nixToken = randomSecret('ghp_');
const runtimeToken = randomSecret('rt-');
const oidcToken = randomSecret('oidc-');
const runnerEnv: NodeJS.ProcessEnv = {
  ACTIONS_RUNTIME_TOKEN: runtimeToken,
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/',
  ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcToken,
  ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:9/oidc?token=${oidcToken}`,
  GITHUB_TOKEN: githubToken,
  NIXERY_ACTION_PASSWORD: password,
  NIXPKGS_ALLOW_UNFREE: '1',
};
const runnerSecrets: Secret[] = [
  ...basicSecrets('registry', 'ci', password),
  { name: 'github-token', value: githubToken, window: 12 },
  { name: 'nix-conf access-tokens', value: nixToken, window: 12 },
  { name: 'ACTIONS_RUNTIME_TOKEN', value: runtimeToken, window: 12 },
  { name: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', value: oidcToken, window: 12 },
];

function storePathOf(run: ActionRun, name: string): string {
  const metadata = JSON.parse(run.outputs.metadata ?? '{}') as {
    layers: { storePaths: string[] }[];
  };
  const path = metadata.layers.flatMap((l) => l.storePaths).find((p) => p.endsWith(`-${name}`));
  assert.ok(path, `${name} is in the image: ${run.outputs.metadata}`);
  return path;
}

test('a package set that reads every secret variable during evaluation finds none', async () => {
  const run = await runAction(
    {
      packages: 'env-probe',
      'pkg-source': probeSet,
      push: 'false',
      cache: 'false',
      username: 'ci',
      password,
      'github-token': githubToken,
      'nix-conf': `access-tokens = github.com=${nixToken}`,
    },
    { env: runnerEnv },
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const probe = storePathOf(run, 'env-probe');
  const seen = JSON.parse(await readFile(join(probe, 'share', 'env.json'), 'utf8')) as Record<
    string,
    string
  >;
  const { NIX_CONFIG: nixConfig, PATH: path, ...secrets } = seen;
  assert.ok(Object.keys(secrets).length >= 13, 'the probe asked for every secret variable');
  assert.deepEqual(
    Object.entries(secrets).filter(([, value]) => value !== ''),
    [],
    'no secret variable reached Nix evaluation',
  );
  // What Nix needs still comes through: the probe itself works.
  assert.match(nixConfig ?? '', /substituters =/);
  assert.ok(path, 'PATH reaches Nix');
  assert.deepEqual(findLeaks(capturedTexts(run), runnerSecrets), []);
});

describe('a package source URL that carries a credential', () => {
  const sourceToken = randomSecret('pat-');
  const sourceSecrets: Secret[] = [
    { name: 'source URL token', value: sourceToken, window: 12 },
    ...runnerSecrets,
  ];
  let git: GitHttpServer;
  before(async () => {
    git = await startGitHttp('x-access-token', sourceToken);
  });
  after(async () => {
    await git?.stop();
  });

  test('is used to fetch, and is in no manifest, config, output, summary or log', async () => {
    const repository = 'sec/source-url';
    const run = await runAction(
      {
        packages: 'hello',
        'pkg-source': `git!${git.urlWithCredentials}!main`,
        image: `${e2e.registry.host}/${repository}`,
        tags: 'latest',
        cache: 'false',
        'github-token': githubToken,
        'nix-conf': `access-tokens = github.com=${nixToken}`,
      },
      // Debug lines carry Nix's own output, which names the URL it fetches.
      { env: { ...runnerEnv, RUNNER_DEBUG: '1' } },
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(git.refused > 0 && git.served > 0, 'git needed the credential and sent it');
    const manifestRes = await fetch(`${e2e.registry.url}/v2/${repository}/manifests/latest`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    const manifest = await manifestRes.text();
    const configDigest = (JSON.parse(manifest) as { config: { digest: string } }).config.digest;
    const config = await (
      await fetch(`${e2e.registry.url}/v2/${repository}/blobs/${configDigest}`)
    ).text();
    const labels = (JSON.parse(config) as { config: { Labels: Record<string, string> } }).config
      .Labels;
    const publicUrl = git.urlWithCredentials.replace(/\/\/[^@]+@/, '//');
    assert.equal(labels['org.nixery-action.source.url'], publicUrl);
    assert.match(run.outputs.metadata ?? '', new RegExp(`git!${publicUrl}!main`));
    assert.match(run.summary, new RegExp(`git!${publicUrl}!main`));
    assert.deepEqual(
      findLeaks({ ...capturedTexts(run), manifest, config }, sourceSecrets),
      [],
      'the credential is published nowhere',
    );
  });

  test('is not shown when the fetch fails either', async () => {
    const run = await runAction(
      {
        packages: 'hello',
        'pkg-source': `git!${git.urlWithCredentials}!no-such-branch`,
        push: 'false',
        cache: 'false',
      },
      { env: { ...runnerEnv, RUNNER_DEBUG: '1' } },
    );
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /::error::Could not evaluate packages from git!http:\/\/127\.0\.0\.1/);
    assert.deepEqual(findLeaks(capturedTexts(run), sourceSecrets), []);
  });

  test('the CLI prints none of the secrets it was given, nix-conf tokens included', async () => {
    const cli = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(
          join(repoRoot, 'dist/cli.js'),
          [
            'build',
            '--packages',
            'hello',
            '--pkg-source',
            `git!${git.urlWithCredentials}!main`,
            '--push',
            'false',
            '--cache',
            'false',
            '--username',
            'ci',
            '--github-token',
            githubToken,
            '--nix-conf',
            `access-tokens = github.com=${nixToken}`,
          ],
          {
            env: {
              ...process.env,
              ...runnerEnv,
              NIX_CONFIG: 'substituters =',
              // The password comes from the environment, the way the CLI takes it.
              NIXERY_ACTION_PASSWORD: password,
              NIXERY_ACTION_DEBUG: '1',
            },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.once('error', reject);
        child.once('close', (code) => resolve({ code, stdout, stderr }));
      },
    );
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /^digest=sha256:/m);
    assert.match(cli.stderr, /debug: /, 'debug lines (Nix output included) were printed');
    assert.doesNotMatch(
      cli.stdout + cli.stderr,
      /::add-mask::/,
      'a terminal gets no workflow commands',
    );
    assert.deepEqual(
      findLeaks({ stdout: cli.stdout, stderr: cli.stderr }, sourceSecrets),
      [],
      'no secret on the CLI output',
    );
  });
});
