import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { INPUTS } from '../../src/request/request.ts';
import { repoRoot, runAction } from '../helpers/action.ts';
import { testPkgSource } from '../helpers/pkgs.ts';

// The bundled CLI (the package's bin) runs the same pipeline with the same options.
const cli = join(repoRoot, 'dist/cli.js');

function runCli(args: string[]) {
  return spawnSync(cli, args, {
    encoding: 'utf8',
    env: { ...process.env, NIX_CONFIG: 'substituters =' },
  });
}

test('--help lists every action input as a flag', () => {
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  for (const name of Object.keys(INPUTS)) assert.match(help.stdout, new RegExp(`--${name} `));
});

test('the CLI builds the same image as the action and prints the outputs', async () => {
  const cliRun = runCli([
    'build',
    '--packages',
    'hello',
    '--pkg-source',
    testPkgSource,
    '--push',
    'false',
  ]);
  assert.equal(cliRun.status, 0, cliRun.stderr);
  assert.doesNotMatch(cliRun.stdout + cliRun.stderr, /::(group|add-mask|set-output)/);
  const digest = /^digest=(sha256:[0-9a-f]{64})$/m.exec(cliRun.stdout)?.[1];
  const action = await runAction({ packages: 'hello', 'pkg-source': testPkgSource, push: 'false' });
  assert.equal(action.code, 0, action.stdout);
  assert.equal(digest, action.outputs.digest);
});

test('bad flags and bad values fail with the input named', () => {
  const unknown = runCli(['build', '--no-such-flag', 'x']);
  assert.notEqual(unknown.status, 0);
  const bad = runCli(['build', '--packages', 'hello', '--push', 'maybe']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Input 'push': "maybe" is not a boolean/);
});
