import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  DEFAULT_INSTALLER_URL,
  DEFAULT_NIX_VERSION,
  findNix,
  installPlan,
} from '../../../src/nix/install.ts';
import { parseInstallMode } from '../../../src/request/grammar.ts';

let tmp: string;

async function fakeNixBuild(dir: string, mode = 0o755): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'nix-build'), '#!/bin/sh\n');
  await chmod(join(dir, 'nix-build'), mode);
  return dir;
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'nixery-find-nix-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

test('findNix takes the first PATH entry holding an executable nix-build', async () => {
  const noExec = await fakeNixBuild(join(tmp, 'a', 'not-executable'), 0o644);
  const first = await fakeNixBuild(join(tmp, 'a', 'first'));
  const second = await fakeNixBuild(join(tmp, 'a', 'second'));
  const env = { HOME: join(tmp, 'a', 'home'), PATH: [noExec, first, second].join(delimiter) };
  assert.equal(findNix(env, join(tmp, 'a')), first);
});

test('findNix skips relative PATH entries', async () => {
  const dir = await fakeNixBuild(join(tmp, 'rel', 'bin'));
  const env = { HOME: join(tmp, 'rel', 'home'), PATH: `${delimiter}bin` };
  const cwd = process.cwd();
  process.chdir(join(tmp, 'rel'));
  try {
    assert.equal(findNix(env, join(tmp, 'rel')), undefined, `not ${dir} through "bin"`);
  } finally {
    process.chdir(cwd);
  }
});

test('findNix falls back to the default profile, then to ~/.nix-profile', async () => {
  const root = join(tmp, 'profiles');
  const home = join(tmp, 'profiles', 'home');
  const env = { HOME: home, PATH: '' };
  assert.equal(findNix(env, root), undefined);
  const single = await fakeNixBuild(join(home, '.nix-profile', 'bin'));
  assert.equal(findNix(env, root), single);
  const daemon = await fakeNixBuild(join(root, 'nix', 'var', 'nix', 'profiles', 'default', 'bin'));
  assert.equal(findNix(env, root), daemon, 'the multi-user profile comes first');
});

test('installPlan: single-user without daemon, default profile and trusted user with it', () => {
  const env = { HOME: '/home/runner' };
  assert.deepEqual(installPlan(false, env, '/'), {
    args: ['--no-daemon', '--yes', '--no-channel-add'],
    binDir: '/home/runner/.nix-profile/bin',
  });
  const daemon = installPlan(true, env, '/');
  assert.deepEqual(daemon.args, ['--daemon', '--yes', '--no-channel-add']);
  assert.equal(daemon.binDir, '/nix/var/nix/profiles/default/bin');
  assert.match(daemon.extraConf ?? '', /^trusted-users = root( [\w.-]+)?\n$/);
});

test('parseInstallMode accepts auto/true/false in any case and names the input otherwise', () => {
  assert.equal(parseInstallMode('auto'), 'auto');
  assert.equal(parseInstallMode(' TRUE '), 'true');
  assert.equal(parseInstallMode('False'), 'false');
  assert.throws(() => parseInstallMode('yes'), {
    message: `Input 'install-nix': "yes" is not one of: auto, true, false`,
  });
});

test('the default installer URL is the versioned official one', () => {
  assert.match(DEFAULT_NIX_VERSION, /^\d+\.\d+\.\d+$/);
  assert.equal(
    DEFAULT_INSTALLER_URL,
    `https://releases.nixos.org/nix/nix-${DEFAULT_NIX_VERSION}/install`,
  );
});
