/**
 * flake!, lock! and nixpkgs-config with real Nix, offline: the nixpkgs-like test set as a path,
 * as a flake, as a flake.lock input and as a tarball served from 127.0.0.1; and every way a
 * package can be refused, each with its own message.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import {
  buildPackages,
  evaluatePackages,
  FLAKE_ARGS,
  PackagesNotFoundError,
  type NixBuildRequest,
} from '../../../src/nix/build.ts';
import type { PkgSource } from '../../../src/nix/source.ts';
import { requireFlakeSupport } from '../../../src/pipeline/steps/nix.ts';
import { nixpkgsLikeCopy } from '../../helpers/pkgs.ts';
import { startHttpServer, type TestHttpServer } from '../../helpers/http-server.ts';

let work: string;
let set: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'nixery-sources-'));
  set = nixpkgsLikeCopy(work);
});
after(() => rmSync(work, { recursive: true, force: true }));

function nix(args: string[], cwd?: string): string {
  return execFileSync(args[0]!, args.slice(1), {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  assert.fail('expected a rejection');
}

const build = (pkgSource: PkgSource, packages: string[], extra: Partial<NixBuildRequest> = {}) =>
  buildPackages({ packages, contents: [], pkgSource, ...extra });

describe('flake! sources', () => {
  it('resolves in legacyPackages, then packages, and builds', async () => {
    const result = await build({ kind: 'flake', ref: `path:${set}` }, [
      'HELLO',
      'only-in-packages',
    ]);
    assert.deepEqual(
      result.packages.map((p) => p.attrPath),
      ['hello', 'only-in-packages'],
    );
    // legacyPackages.hello won over packages.hello (which throws).
    assert.equal(
      nix([`${result.packages[0]!.outPath}/bin/hello`]),
      'Hello from the nixpkgs-like set\n',
    );
    assert.equal(result.source.kind, 'flake');
    assert.match(result.source.narHash ?? '', /^sha256-/);
    assert.deepEqual(result.sourceTrees, [result.source.storePath]);
  });

  it('takes a relative path (flake!. in the workspace) and a plain absolute path', async () => {
    const rel = relative(process.cwd(), set) || '.';
    const a = await build({ kind: 'flake', ref: `./${rel}` }, ['hello']);
    const b = await build({ kind: 'flake', ref: set }, ['hello']);
    assert.equal(a.packages[0]!.outPath, b.packages[0]!.outPath);
  });

  it('reports names missing from both outputs, with the closest names', async () => {
    const err = await rejection(build({ kind: 'flake', ref: `path:${set}` }, ['terraform']));
    assert.equal(errorCode(err), 'PACKAGES_NOT_FOUND');
    assert.match(
      err.message,
      /- terraform: not found; did you mean: terraform_1, terraform-full\?/,
    );
  });

  it('needs Nix 2.4 or later', () => {
    assert.throws(() => requireFlakeSupport('2.3.16', 'flake!.'), /needs Nix 2\.4 or later/);
    requireFlakeSupport('2.4', 'flake!.');
    requireFlakeSupport('2.31.2', 'flake!.');
  });
});

describe('lock! sources', () => {
  let consumer: string;
  let locked: { narHash: string; path: string };

  before(() => {
    // A repository whose flake locks nixpkgs to the nixpkgs-like set, locked by Nix itself.
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, 'flake.nix'),
      `{ inputs.nixpkgs.url = "path:${set}"; inputs.other.url = "path:${set}";
         outputs = { self, nixpkgs, other }: { }; }`,
    );
    nix([
      'nix',
      ...FLAKE_ARGS.slice(1).flatMap((a, i) => (i === 0 ? [`--${a}`] : [a])),
      'flake',
      'lock',
      consumer,
    ]);
    const lock = JSON.parse(readFileSync(join(consumer, 'flake.lock'), 'utf8')) as {
      nodes: Record<string, { locked: { narHash: string; path: string } }>;
    };
    locked = lock.nodes.nixpkgs!.locked;
  });

  it('builds from the locked input, and records its narHash', async () => {
    const result = await build({ kind: 'lock', input: 'nixpkgs' }, ['hello'], {
      flakeLock: join(consumer, 'flake.lock'),
    });
    assert.equal(result.source.kind, 'lock');
    assert.equal(result.source.ref, 'nixpkgs');
    assert.equal(result.source.narHash, locked.narHash);
    assert.equal(
      nix([`${result.packages[0]!.outPath}/bin/hello`]),
      'Hello from the nixpkgs-like set\n',
    );
  });

  it('names the inputs a lock file has when asked for another', async () => {
    const err = await rejection(
      build({ kind: 'lock', input: 'nixos' }, ['hello'], {
        flakeLock: join(consumer, 'flake.lock'),
      }),
    );
    assert.equal(errorCode(err), 'FLAKE_LOCK_INVALID');
    assert.match(err.message, /has no input nixos \(inputs: nixpkgs, other\)/);
    const missing = await rejection(
      build({ kind: 'lock', input: 'nixpkgs' }, ['hello'], { flakeLock: join(work, 'nope.lock') }),
    );
    assert.equal(errorCode(missing), 'FLAKE_LOCK_MISSING');
  });
});

describe('nixpkgs-config', () => {
  it('lets an unfree package through only when allowUnfree is set', async () => {
    const pathSource: PkgSource = { kind: 'path', dir: set };
    const refused = await rejection(build(pathSource, ['vscode']));
    assert.equal(errorCode(refused), 'PACKAGES_UNAVAILABLE');
    const allowed = await build(pathSource, ['vscode'], { nixpkgsConfig: { allowUnfree: true } });
    assert.equal(allowed.packages[0]!.attrPath, 'vscode');
  });

  it('applies to a flake by importing its tree as a package set', async () => {
    const flake: PkgSource = { kind: 'flake', ref: `path:${set}` };
    await rejection(build(flake, ['terraform_1']));
    const result = await build(flake, ['terraform_1'], { nixpkgsConfig: { allowUnfree: true } });
    assert.equal(nix([`${result.packages[0]!.outPath}/bin/terraform`]), 'terraform 1.5.7\n');
  });

  it('permits a named insecure package', async () => {
    const result = await build({ kind: 'path', dir: set }, ['openssl_1_1'], {
      nixpkgsConfig: { permittedInsecurePackages: ['openssl-1.1.1w'] },
    });
    assert.equal(result.packages[0]!.attrPath, 'openssl_1_1');
  });
});

describe('failures that say why', () => {
  it('gives each kind its own message, naming the package and the fix, all at once', async () => {
    const log = memoryLogger();
    const err = await rejection(
      evaluatePackages({
        packages: [
          'hello',
          'terraform',
          'vscode',
          'broken-tool',
          'darwin-only',
          'openssl_1_1',
          'nodejs-16_x',
          'terraform-full',
          'needs-attr',
        ],
        contents: [],
        pkgSource: { kind: 'path', dir: set },
        log,
      }),
    );
    assert.ok(err instanceof PackagesNotFoundError, String(err));
    assert.equal(errorCode(err), 'PACKAGES_UNAVAILABLE');
    const lines = err.message.split('\n');
    assert.equal(lines[0], 'Nix packages cannot be built from this package source (8):');
    const expected = [
      /^- terraform: not found; did you mean: terraform_1, terraform-full\?$/,
      /^- vscode \(vscode-1\.90\): has an unfree license \(bsl11\); allow unfree packages with nixpkgs-config: '\{"allowUnfree": true\}'$/,
      /^- broken-tool \(broken-tool-0\.1\): is marked as broken .*'\{"allowBroken": true\}'$/,
      /^- darwin-only \(darwin-only-1\.0\): is not available on x86_64-linux \(its platforms: aarch64-darwin, x86_64-darwin\); choose another system, or .*allowUnsupportedSystem/,
      /^- openssl_1_1 \(openssl-1\.1\.1w\): is marked as insecure, known vulnerabilities: CVE-2023-5678: end of life; CVE-2024-0727; .*'\{"permittedInsecurePackages":\["openssl-1\.1\.1w"\]\}'$/,
      /^- nodejs-16_x: was removed or renamed in the package set: nodejs-16_x has been removed as it is EOL, use nodejs_20 instead$/,
      /^- terraform-full: was removed or renamed in the package set: 'terraform-full' has been renamed to\/replaced by 'terraform_1'$/,
      /^- needs-attr: does not evaluate: needs-attr: this package needs an argument the set does not give it$/,
    ];
    assert.equal(lines.length, expected.length + 1, err.message);
    expected.forEach((re, i) => assert.match(lines[i + 1]!, re));
    assert.ok(!log.lines.some((l) => l.includes('nix-store --realise')), 'nothing was built');
  });
});

describe('a tarball source fetched again, or found by its narHash', () => {
  let server: TestHttpServer;
  const rev = 'abcdef0123456789abcdef0123456789abcdef01';

  before(async () => {
    const tarDir = join(work, 'tar');
    mkdirSync(tarDir);
    nix(['tar', '-czf', join(tarDir, 'set.tar.gz'), '-C', work, 'nixpkgs-like']);
    const tarball = readFileSync(join(tarDir, 'set.tar.gz'));
    server = await startHttpServer({
      [`/archive/${rev}.tar.gz`]: tarball,
      '/flake.tar.gz': tarball,
    });
  });
  after(() => server?.stop());

  // A fresh runner: no download cache in ~/.cache/nix.
  const freshRunner = (name: string) => ({
    ...process.env,
    XDG_CACHE_HOME: mkdtempSync(join(work, `cache-${name}-`)),
  });

  it('nixpkgs!<rev>: downloads on every fresh runner, and never once the narHash is known', async () => {
    const nixpkgsUrl = `${server.url}/archive/{ref}.tar.gz`;
    const source: PkgSource = { kind: 'nixpkgs', ref: rev };
    const path = `/archive/${rev}.tar.gz`;
    const first = await build(source, ['hello'], { nixpkgsUrl, env: freshRunner('a') });
    await build(source, ['hello'], { nixpkgsUrl, env: freshRunner('b') });
    assert.equal(server.count(path), 2, 'without a pin, each fresh runner downloads');
    const narHash = nix(['nix-store', '--query', '--hash', first.source.storePath!]).trim();
    const warm = await build(source, ['hello'], {
      nixpkgsUrl,
      env: freshRunner('c'),
      sourceNarHash: narHash,
    });
    assert.equal(server.count(path), 2, 'with the pin, nothing is downloaded');
    assert.equal(warm.packages[0]!.outPath, first.packages[0]!.outPath);
    assert.deepEqual(warm.sourceTrees, [first.source.storePath]);
  });

  it('flake!<tarball URL>: the same with the flake narHash', async () => {
    const source: PkgSource = { kind: 'flake', ref: `${server.url}/flake.tar.gz` };
    const first = await build(source, ['hello'], { env: freshRunner('d') });
    assert.equal(server.count('/flake.tar.gz'), 1);
    const warm = await build(source, ['hello'], {
      env: freshRunner('e'),
      sourceNarHash: first.source.narHash,
    });
    assert.equal(server.count('/flake.tar.gz'), 1, 'with the pin, nothing is downloaded');
    assert.equal(warm.packages[0]!.outPath, first.packages[0]!.outPath);
  });
});
