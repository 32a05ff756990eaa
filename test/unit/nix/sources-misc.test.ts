import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { nixErrorText, pinnedFlakeRef } from '../../../src/nix/build.ts';
import { readLockedInput } from '../../../src/nix/lock.ts';
import { parseNixpkgsConfig } from '../../../src/request/nixpkgs-config.ts';
import { closestNames, describeProblems } from '../../../src/nix/problems.ts';
import { remoteBuildEnv } from '../../../src/nix/remote.ts';
import {
  localPinFile,
  readLocalPin,
  reusablePin,
  saveLocalPin,
  tarballTtl,
} from '../../../src/cache/source-pin.ts';

const dir = mkdtempSync(join(tmpdir(), 'nixery-sources-unit-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('parseNixpkgsConfig', () => {
  it('takes booleans and string lists', () => {
    assert.deepEqual(parseNixpkgsConfig(''), {});
    assert.deepEqual(
      parseNixpkgsConfig('{"allowUnfree": true, "permittedInsecurePackages": ["openssl-1.1.1w"]}'),
      { allowUnfree: true, permittedInsecurePackages: ['openssl-1.1.1w'] },
    );
  });
  for (const [text, message] of [
    ['allowUnfree', /is not JSON/],
    ['[true]', /must be a JSON object/],
    ['{"allowUnfree": "yes"}', /allowUnfree must be true, false or a list of strings/],
    ['{"packageOverrides": {"a": 1}}', /must be true, false or a list/],
    ['{"a b": true}', /is not a nixpkgs config name/],
    ['{"x": ["a\\nb"]}', /must be true, false or a list/],
  ] as const) {
    it(`refuses ${text}`, () => {
      assert.throws(
        () => parseNixpkgsConfig(text),
        (err: Error) => errorCode(err) === 'INPUT_INVALID' && message.test(err.message),
      );
    });
  }
});

describe('readLockedInput', () => {
  const lock = {
    version: 7,
    root: 'root',
    nodes: {
      root: { inputs: { nixpkgs: 'nixpkgs_2', utils: 'utils', same: ['utils', 'nixpkgs'] } },
      utils: {
        inputs: { nixpkgs: 'nixpkgs' },
        locked: { type: 'path', path: '/u', narHash: 'sha256-U' },
      },
      nixpkgs: {
        locked: {
          type: 'github',
          owner: 'NixOS',
          repo: 'nixpkgs',
          rev: 'a',
          narHash: 'sha256-A',
          lastModified: 1,
        },
      },
      nixpkgs_2: {
        locked: {
          type: 'github',
          owner: 'NixOS',
          repo: 'nixpkgs',
          rev: 'b',
          narHash: 'sha256-B',
          lastModified: 2,
        },
      },
    },
  };
  const file = join(dir, 'flake.lock');
  writeFileSync(file, JSON.stringify(lock));

  it('reads an input, a nested input and a follows', async () => {
    assert.equal((await readLockedInput(file, 'nixpkgs')).locked.rev, 'b');
    assert.equal((await readLockedInput(file, 'utils/nixpkgs')).locked.rev, 'a');
    assert.equal((await readLockedInput(file, 'same')).locked.narHash, 'sha256-A');
  });
  it('names the inputs there are', async () => {
    await assert.rejects(
      readLockedInput(file, 'nope'),
      /has no input nope \(inputs: nixpkgs, same, utils\)/,
    );
  });
});

describe('failure messages', () => {
  it('suggests close names only', () => {
    assert.deepEqual(closestNames('terraform', ['terraform_1', 'tmux', 'terraform-full', 'tor']), [
      'terraform_1',
      'terraform-full',
    ]);
    assert.deepEqual(closestNames('gti', ['git', 'gitk', 'go', 'python3']), ['git', 'gitk', 'go']);
  });
  it('keeps the seed form when names are simply absent', () => {
    assert.equal(
      describeProblems([
        { name: 'a', problem: 'missing' },
        { name: 'b', problem: 'missing', suggestions: [] },
      ]),
      'Could not find Nix packages: a, b',
    );
  });
  it('reads the message out of a Nix error', () => {
    const stderr = [
      'warning: something',
      "error: 'foo' has been renamed to/replaced by 'bar'",
      '',
      '       at /nix/store/x-source/pkgs/top-level/aliases.nix:10:3:',
      "(use '--show-trace' to show detailed location information)",
    ].join('\n');
    assert.equal(nixErrorText(stderr), "'foo' has been renamed to/replaced by 'bar'");
  });
});

describe('source pins', () => {
  it('pins tarball flake references only', () => {
    assert.equal(
      pinnedFlakeRef('https://x/a.tar.gz', 'sha256-A='),
      'https://x/a.tar.gz?narHash=sha256-A%3D',
    );
    assert.equal(
      pinnedFlakeRef('https://x/a.tar.gz?dir=b', 'sha256-A'),
      'https://x/a.tar.gz?dir=b&narHash=sha256-A',
    );
    assert.equal(pinnedFlakeRef('github:NixOS/nixpkgs', 'sha256-A'), 'github:NixOS/nixpkgs');
    assert.equal(pinnedFlakeRef('path:/x', 'sha256-A'), 'path:/x');
    assert.equal(pinnedFlakeRef('https://x/a.tar.gz', undefined), 'https://x/a.tar.gz');
  });
  it('trusts a moving source for tarball-ttl, a revision always', async () => {
    const write = (name: string, source: string, resolvedAt: string) => {
      const file = join(dir, `${name}-nixery-source-pin.json`);
      writeFileSync(file, JSON.stringify({ version: 1, source, narHash: 'sha256-A', resolvedAt }));
      return file;
    };
    const now = Date.parse('2026-12-01T12:00:00Z');
    const log = memoryLogger();
    const channel = write('a', 'nixpkgs!nixos-unstable u', '2026-12-01T11:30:00Z');
    assert.equal(
      (await reusablePin([channel], 'nixpkgs!nixos-unstable u', 3600, log, now))?.narHash,
      'sha256-A',
    );
    assert.equal(
      await reusablePin([channel], 'nixpkgs!nixos-unstable u', 600, log, now),
      undefined,
    );
    assert.equal(await reusablePin([channel], 'nixpkgs!nixos-25.05 u', 3600, log, now), undefined);
    const rev = `nixpkgs!${'a'.repeat(40)} u`;
    const old = write('b', rev, '2026-01-01T00:00:00Z');
    assert.ok(await reusablePin([old], rev, 3600, log, now));
    assert.equal(tarballTtl(['tarball-ttl = 86400']), 86400);
    assert.equal(tarballTtl([]), 3600);
  });
});

describe('the runner-local source pin', () => {
  it('is read back only while young, for its source, with its tree still valid', async () => {
    const env = { XDG_CACHE_HOME: join(dir, 'runner-cache') };
    const log = memoryLogger();
    const treeFile = join(dir, 'tree-stand-in');
    writeFileSync(treeFile, 'a tree');
    const tree = execFileSync('nix-store', ['--add', treeFile], { encoding: 'utf8' }).trim();
    const source = 'nixpkgs!nixos-unstable u';
    const pin = { source, narHash: 'sha256-A', resolvedAt: '2026-12-01T11:30:00Z' };
    const now = Date.parse('2026-12-01T12:00:00Z');
    await saveLocalPin(pin, tree, log, env);
    assert.equal((await readLocalPin(source, 3600, log, env, now))?.narHash, 'sha256-A');
    assert.equal(statSync(localPinFile(source, env)).mode & 0o777, 0o600, 'only its user reads it');
    assert.equal(await readLocalPin(source, 600, log, env, now), undefined, 'too old');
    assert.equal(await readLocalPin('nixpkgs!nixos-25.05 u', 3600, log, env, now), undefined);

    const gone = `/nix/store/${'0'.repeat(32)}-source`;
    await saveLocalPin(pin, gone, log, env);
    assert.equal(await readLocalPin(source, 3600, log, env, now), undefined, 'tree not valid');

    writeFileSync(localPinFile(source, env), '{"version": 1, "sour');
    assert.equal(await readLocalPin(source, 3600, log, env, now), undefined, 'torn record');
  });
});

describe('remoteBuildEnv', () => {
  it('adds the key and known_hosts after the options already set', async () => {
    const key = join(dir, 'key');
    const hosts = join(dir, 'known_hosts');
    writeFileSync(key, 'not a real key');
    writeFileSync(hosts, '');
    const env = await remoteBuildEnv(
      { sshKey: key, knownHosts: hosts },
      { NIX_SSHOPTS: '-p 2222' },
    );
    assert.equal(
      env.NIX_SSHOPTS,
      `-p 2222 -i ${key} -o IdentitiesOnly=yes -o UserKnownHostsFile=${hosts} -o StrictHostKeyChecking=yes`,
    );
    assert.deepEqual(await remoteBuildEnv({}, { A: '1' }), { A: '1' });
    await assert.rejects(remoteBuildEnv({ sshKey: join(dir, 'none') }, {}), /cannot be read/);
  });
});
