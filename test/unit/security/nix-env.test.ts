import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nixEnv } from '../../../src/nix/env.ts';
import { runCommand } from '../../../src/nix/exec.ts';
import { SecretSet } from '../../../src/core/secrets.ts';
import { memoryLogger } from '../../helpers/logger.ts';

// What a runner puts in the action's environment that Nix must never see.
const SECRET_VARIABLES = [
  'INPUT_PASSWORD',
  'INPUT_GITHUB-TOKEN',
  'INPUT_NIX-CONF',
  'INPUT_PKG-SOURCE',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'NIXERY_ACTION_PASSWORD',
  'NIXPKGS_ALLOW_UNFREE',
];

describe('nixEnv', () => {
  const runner: NodeJS.ProcessEnv = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    TMPDIR: '/tmp/x',
    NIX_CONFIG: 'substituters =',
    NIX_PATH: 'nixpkgs=/x',
    SSL_CERT_FILE: '/etc/ssl/certs/ca.pem',
    https_proxy: 'http://proxy:3128',
    ...Object.fromEntries(SECRET_VARIABLES.map((n) => [n, `secret-${n}`])),
  };

  it('keeps what Nix reads and drops the inputs and runner tokens', () => {
    const env = nixEnv(runner);
    for (const name of SECRET_VARIABLES) assert.equal(env[name], undefined, name);
    assert.deepEqual(Object.keys(env).sort(), [
      'HOME',
      'NIX_CONFIG',
      'NIX_PATH',
      'PATH',
      'SSL_CERT_FILE',
      'TMPDIR',
      'https_proxy',
    ]);
  });

  it('lays what the action sets over the allowlisted part', () => {
    const env = nixEnv(runner, { NIX_CONFIG: 'cores = 2' });
    assert.equal(env.NIX_CONFIG, 'cores = 2');
    assert.equal(runner.NIX_CONFIG, 'substituters =', 'the base is not changed');
  });

  it('is what runCommand hands a child, whatever env it is given', async () => {
    const script = 'process.stdout.write(JSON.stringify(Object.keys(process.env).sort()))';
    const result = await runCommand(process.execPath, ['-e', script], { env: runner });
    const seen = JSON.parse(result.stdout) as string[];
    for (const name of SECRET_VARIABLES) assert.ok(!seen.includes(name), name);
    assert.ok(seen.includes('NIX_CONFIG'));
  });
});

describe('SecretSet', () => {
  it('registers each secret once and redacts it from every logged line', () => {
    const registered: string[] = [];
    const secrets = new SecretSet((s) => registered.push(s));
    secrets.add('s3cret-value', '', 's3cret-value', 's3cret-value-longer');
    assert.deepEqual(registered, ['s3cret-value', 's3cret-value-longer']);
    const log = memoryLogger();
    const redacted = secrets.logger(log);
    redacted.info('a s3cret-value-longer and s3cret-value');
    redacted.warning('s3cret-value');
    assert.deepEqual(log.lines, ['a *** and ***', 'warning: ***']);
  });
});
