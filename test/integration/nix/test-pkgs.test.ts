import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildPackages } from '../../../src/nix/build.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';
import { testPkgSource, testPkgsDir } from '../../helpers/pkgs.ts';

// The test package set promises shapes that image tests rely on; check them here once.
const pkgSource = parsePkgSource(testPkgSource);

function nix(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the test package set', () => {
  it('gives many-deps twenty dependencies of different sizes, some shared', async () => {
    const result = await buildPackages({ packages: ['many-deps'], contents: [], pkgSource });
    const root = result.closure.paths.find((p) => p.path === result.packages[0]?.outPath);
    const deps = result.closure.paths.filter((p) => /-dep-\d\d$/.test(p.path));
    assert.equal(deps.length, 20);
    assert.equal(root?.references.filter((r) => /-dep-\d\d$/.test(r)).length, 20);
    const sizes = deps.map((d) => d.narSize).sort((a, b) => a - b);
    assert.ok(sizes[0]! < 4096 && sizes.at(-1)! > 5_000_000, `sizes ${sizes.join(' ')}`);
    const referrers = (path: string) =>
      result.closure.paths.filter((p) => p.references.includes(path)).length;
    const first = deps.find((d) => d.path.endsWith('-dep-01'))!.path;
    const tenth = deps.find((d) => d.path.endsWith('-dep-10'))!.path;
    assert.equal(referrers(first), 11, 'many-deps and the ten even blobs');
    assert.equal(referrers(tenth), 6, 'many-deps and blobs 16 to 20');
  });

  it('gives awkward the file system corner cases', async () => {
    // Built here, not restored: a store path that came back through a NAR archive (the store
    // cache tests import closures) has lost its hard links, as NARs do not record them.
    const outPath = nix('nix-instantiate', ['--eval', testPkgsDir(), '-A', 'awkward.outPath'])
      .trim()
      .replace(/"/g, '');
    try {
      execFileSync('nix-store', ['--delete', outPath], { stdio: 'ignore' });
    } catch {
      // Not in the store yet, or in use by a test running beside this one: build as it is.
    }
    const result = await buildPackages({ packages: ['awkward'], contents: [], pkgSource });
    const out = result.packages[0]!.outPath;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        files.push(p.slice(out.length + 1));
        if (lstatSync(p).isDirectory()) walk(p);
      }
    };
    walk(out);
    assert.ok(files.some((f) => Buffer.byteLength(f) > 100 && Buffer.byteLength(f) < 255));
    assert.ok(files.some((f) => Buffer.byteLength(f) > 255));
    assert.ok(
      files.some((f) => f.split('/').some((c) => c.length > 100)),
      'a name over 100 bytes',
    );
    assert.ok(files.includes('share/café-ünïcödé.txt'));
    assert.deepEqual(readdirSync(join(out, 'empty-dir')), []);
    assert.ok(lstatSync(join(out, 'bin/relative-link')).isSymbolicLink());
    assert.equal(readlinkSync(join(out, 'bin/relative-link')), '../share/café-ünïcödé.txt');
    assert.equal(readFileSync(join(out, 'bin/relative-link'), 'utf8'), 'non-ASCII name\n');
    assert.ok(statSync(join(out, 'share/dir-link')).isDirectory());
    assert.equal(statSync(join(out, 'bin/awkward')).mode & 0o111, 0o111);
    assert.equal(statSync(join(out, 'share/hard-a')).ino, statSync(join(out, 'share/hard-b')).ino);
  });

  it('builds every package the same way twice', () => {
    // --check rebuilds each derivation and fails if an output differs from the stored one.
    const attrs = ['hello', 'haskellPackages.stylish-haskell', 'shell', 'many-deps', 'awkward'];
    const drvs = attrs.map((a) => nix('nix-instantiate', [testPkgsDir(), '-A', a]).trim());
    const all = new Set(
      nix('nix-store', ['--query', '--requisites', ...drvs])
        .split('\n')
        .filter((p) => p.endsWith('.drv')),
    );
    nix('nix-store', ['--realise', ...drvs]);
    nix('nix-store', ['--realise', '--check', ...all]);
  });
});
