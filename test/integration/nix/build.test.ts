import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import {
  buildPackages,
  expressionPath,
  NixBuildError,
  PackagesNotFoundError,
  type NixBuildResult,
} from '../../../src/nix/build.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';
import { readClosure } from '../../../src/nix/closure.ts';
import { testPkgSource, testPkgsDir } from '../../helpers/pkgs.ts';

const pkgSource = parsePkgSource(testPkgSource);

function run(cmd: string, args: string[], cwd?: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${cmd} is missing: apt-get install -y ${cmd === 'nix-store' ? 'nix-bin' : cmd}`,
      );
    }
    throw err;
  }
}

/** NAR hash and size computed apart from the code under test: nix-store --dump | sha256. */
function narOf(path: string): { narHash: string; narSize: number } {
  const nar = execFileSync('nix-store', ['--dump', path], { maxBuffer: 64 * 1024 * 1024 });
  return {
    narHash: `sha256:${createHash('sha256').update(nar).digest('hex')}`,
    narSize: nar.length,
  };
}

function pathNamed(result: NixBuildResult, suffix: string): string {
  const found = result.closure.paths.find((p) => p.path.endsWith(`-${suffix}`));
  assert.ok(
    found,
    `no path ending in -${suffix} in ${result.closure.paths.map((p) => p.path).join(' ')}`,
  );
  return found.path;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  assert.fail('expected a rejection');
}

describe('buildPackages with the test package set', () => {
  it('finds the Nix expression in the repository', () => {
    assert.equal(
      expressionPath(),
      join(testPkgsDir(), '..', '..', 'nix', 'build-registry-image.nix'),
    );
  });

  it('builds hello and reads its closure graph', async () => {
    const log = memoryLogger();
    const result = await buildPackages({ packages: ['hello'], contents: [], pkgSource, log });

    assert.equal(result.packages.length, 1);
    const [hello] = result.packages;
    assert.equal(hello?.name, 'hello');
    assert.equal(hello?.attrPath, 'hello');
    assert.match(hello?.outPath ?? '', /^\/nix\/store\/[0-9a-z]{32}-hello$/);
    assert.equal(run(`${hello?.outPath}/bin/hello`, []), 'Hello, world!\n');

    assert.deepEqual(result.closure.roots, [hello?.outPath]);
    assert.ok(result.closure.paths.length >= 3, 'hello, hello-lib and busybox');
    const paths = result.closure.paths.map((p) => p.path);
    assert.deepEqual(paths, [...paths].sort());
    const busybox = pathNamed(result, 'busybox');
    const lib = pathNamed(result, 'hello-lib');
    const helloInfo = result.closure.paths.find((p) => p.path === hello?.outPath);
    assert.deepEqual(helloInfo?.references, [busybox, lib].sort());
    for (const info of result.closure.paths) {
      assert.deepEqual({ narHash: info.narHash, narSize: info.narSize }, narOf(info.path));
      assert.ok(!info.references.includes(info.path));
      for (const ref of info.references) assert.ok(paths.includes(ref), `${ref} is in the closure`);
    }

    assert.equal(result.source.kind, 'path');
    assert.equal(result.source.dir, testPkgsDir());
    assert.match(result.system, /^[a-z0-9_]+-[a-z]+$/);
    assert.ok(log.lines.some((l) => l.startsWith('debug: $ nix-instantiate --eval')));
  });

  it('resolves top-level names case-insensitively and nested names exactly', async () => {
    const result = await buildPackages({
      packages: ['haskellpackages.stylish-haskell', 'HELLO'],
      contents: ['shell'],
      pkgSource,
    });
    assert.deepEqual(
      result.packages.map((p) => [p.name, p.attrPath]),
      [
        ['haskellpackages.stylish-haskell', 'haskellPackages.stylish-haskell'],
        ['HELLO', 'hello'],
      ],
    );
    const stylish = result.packages[0]?.outPath;
    assert.equal(run(`${stylish}/bin/stylish-haskell`, []), 'stylish-haskell 0.0-test\n');
    assert.deepEqual(
      result.contents.map((p) => p.attrPath),
      ['shell'],
    );
    assert.equal(run(`${result.contents[0]?.outPath}/bin/sh`, ['-c', 'echo from sh']), 'from sh\n');
    assert.deepEqual(
      result.closure.roots,
      [...result.packages, ...result.contents].map((p) => p.outPath),
    );

    const wrongNestedCase = await rejection(
      buildPackages({ packages: ['haskellPackages.Stylish-Haskell'], contents: [], pkgSource }),
    );
    assert.deepEqual((wrongNestedCase as PackagesNotFoundError).names, [
      'haskellPackages.Stylish-Haskell',
    ]);
  });

  it('tries every case-insensitive match until one is a package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nixery-clash-pkgs-'));
    try {
      // "FOO" sorts before "Foo", but only Foo.bar is a package.
      const set = `let t = import ${JSON.stringify(testPkgsDir())} { }; in
        { FOO = { bar = 1; }; Foo = { bar = t.hello; }; foo-exact = { }; }`;
      writeFileSync(join(dir, 'default.nix'), set);
      const clash = { kind: 'path', dir } as const;
      const result = await buildPackages({ packages: ['foo.bar'], contents: [], pkgSource: clash });
      assert.deepEqual(
        result.packages.map((p) => p.attrPath),
        ['Foo.bar'],
      );
      // An exact top-level match is not second-guessed.
      const err = await rejection(
        buildPackages({ packages: ['foo-exact', 'FOO'], contents: [], pkgSource: clash }),
      );
      assert.deepEqual((err as PackagesNotFoundError).names, ['foo-exact', 'FOO']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports every missing name at once, before building anything', async () => {
    const log = memoryLogger();
    const err = await rejection(
      buildPackages({
        packages: ['slow', 'no-such-package', 'hello'],
        contents: ['haskellPackages.nope', 'no-such-package'],
        pkgSource,
        log,
      }),
    );
    assert.ok(err instanceof PackagesNotFoundError);
    assert.equal(errorCode(err), 'PACKAGES_NOT_FOUND');
    assert.equal(err.message, 'Could not find Nix packages: no-such-package, haskellPackages.nope');
    assert.deepEqual(err.names, ['no-such-package', 'haskellPackages.nope']);
    assert.ok(!log.lines.some((l) => l.includes('nix-store --realise')), log.lines.join('\n'));
  });

  it('treats names as data, never as Nix code', async () => {
    const names = [
      'hello"; builtins.abort "x',
      '${builtins.readFile /etc/passwd}',
      "hello'' + builtins.abort \"x\" + ''",
      'throws',
      'notAPackage',
      '',
      'hello.',
    ];
    const err = await rejection(buildPackages({ packages: names, contents: [], pkgSource }));
    // `throws` is there but throws, as a removed package's alias does: reported with its message.
    assert.equal(errorCode(err), 'PACKAGES_UNAVAILABLE', err.message);
    assert.deepEqual((err as PackagesNotFoundError).names, names);
    assert.match(
      err.message,
      /- throws: was removed or renamed .*: this attribute throws on purpose/,
    );
    assert.ok(!err.message.includes('root:'), 'nothing was read from /etc/passwd');
  });

  it('fails a broken build with the end of the Nix log', async () => {
    const err = await rejection(
      buildPackages({ packages: ['hello', 'broken'], contents: [], pkgSource }),
    );
    assert.ok(err instanceof NixBuildError, String(err));
    assert.equal(errorCode(err), 'NIX_BUILD_FAILED');
    assert.match(err.logTail, /error: the broken package fails on purpose/);
    assert.match(err.message, /error: the broken package fails on purpose/);
    assert.ok(err.logTail.split('\n').length <= 30);
  });

  it('accepts a relative path source', async () => {
    const dir = relative(process.cwd(), testPkgsDir());
    const result = await buildPackages({
      packages: ['hello'],
      contents: [],
      pkgSource: { kind: 'path', dir },
    });
    assert.equal(result.source.dir, testPkgsDir());
  });

  it('says which source failed to evaluate', async () => {
    const err = await rejection(
      buildPackages({
        packages: ['hello'],
        contents: [],
        pkgSource: { kind: 'path', dir: '/nonexistent/pkgs' },
      }),
    );
    assert.equal(errorCode(err), 'NIX_EVAL_FAILED');
    assert.match(err.message, /^Could not evaluate packages from path!\/nonexistent\/pkgs:/);
    assert.match(err.message, /\/nonexistent\/pkgs/);
    assert.doesNotMatch(err.message, /--show-trace/);
  });
});

describe('buildPackages from a git repository', () => {
  let repo: string;
  let rev: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'nixery-git-pkgs-'));
    cpSync(join(testPkgsDir(), 'default.nix'), join(repo, 'default.nix'));
    cpSync(join(testPkgsDir(), 'busybox'), join(repo, 'busybox'), { recursive: true });
    const git = (...args: string[]) =>
      run(
        'git',
        ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
        repo,
      ).trim();
    git('init', '--quiet', '--initial-branch=pkgs-branch');
    git('add', '.');
    git('commit', '--quiet', '-m', 'test package set');
    rev = git('rev-parse', 'HEAD');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  for (const which of ['rev', 'branch'] as const) {
    it(`fetches the set by ${which}`, async () => {
      const ref = which === 'rev' ? rev : 'pkgs-branch';
      const result = await buildPackages({
        packages: ['hello'],
        contents: [],
        pkgSource: { kind: 'git', url: `file://${repo}`, ref },
      });
      assert.equal(result.source.kind, 'git');
      assert.equal(result.source.url, `file://${repo}`);
      assert.equal(result.source.ref, ref);
      assert.equal(result.source.rev, rev);
      assert.match(result.source.narHash ?? '', /^sha256-/);
      assert.equal(run(`${result.packages[0]?.outPath}/bin/hello`, []), 'Hello, world!\n');
    });
  }

  it('fails clearly on a missing branch', async () => {
    const err = await rejection(
      buildPackages({
        packages: ['hello'],
        contents: [],
        pkgSource: { kind: 'git', url: `file://${repo}`, ref: 'no-such-branch' },
      }),
    );
    assert.equal(errorCode(err), 'NIX_EVAL_FAILED');
    assert.ok(
      err.message.startsWith(`Could not evaluate packages from git!file://${repo}!no-such-branch:`),
    );
  });
});

describe('buildPackages from a nixpkgs-style tarball', () => {
  let server: Server;
  let tarball: Buffer;
  let urlTemplate: string;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nixery-tarball-'));
    // fetchTarball strips the single top-level directory, as in GitHub's archives.
    cpSync(testPkgsDir(), join(dir, 'pkgs-top'), { recursive: true });
    run('tar', ['-czf', join(dir, 'pkgs.tar.gz'), '-C', dir, 'pkgs-top']);
    tarball = readFileSync(join(dir, 'pkgs.tar.gz'));
    rmSync(dir, { recursive: true, force: true });
    server = createServer((req, res) => {
      if (req.url === '/archive/test-channel.tar.gz') res.end(tarball);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    urlTemplate = `http://127.0.0.1:${port}/archive/{ref}.tar.gz`;
  });
  after(() => server.close());

  it('fetches the set through the URL template', async () => {
    const result = await buildPackages({
      packages: ['hello'],
      contents: [],
      pkgSource: { kind: 'nixpkgs', ref: 'test-channel' },
      nixpkgsUrl: urlTemplate,
    });
    assert.equal(result.source.kind, 'nixpkgs');
    assert.equal(result.source.ref, 'test-channel');
    assert.equal(result.source.url, urlTemplate.replace('{ref}', 'test-channel'));
    assert.match(result.source.storePath ?? '', /^\/nix\/store\/[0-9a-z]{32}-source$/);
    assert.equal(run(`${result.packages[0]?.outPath}/bin/hello`, []), 'Hello, world!\n');
  });

  it('names the URL it tried when the download fails', async () => {
    const err = await rejection(
      buildPackages({
        packages: ['hello'],
        contents: [],
        pkgSource: { kind: 'nixpkgs', ref: 'missing-channel' },
        nixpkgsUrl: urlTemplate,
      }),
    );
    assert.equal(errorCode(err), 'NIX_EVAL_FAILED');
    const url = urlTemplate.replace('{ref}', 'missing-channel');
    assert.ok(
      err.message.startsWith(`Could not evaluate packages from nixpkgs!missing-channel (${url}):`),
    );
    assert.match(err.message, /404/);
  });
});

describe('the closure of what was built', () => {
  // A greeter version no other run built: the first build finds its output missing.
  const dir = mkdtempSync(join(tmpdir(), 'nixery-fresh-greeter-'));
  const version = `fresh-${process.pid}-${Date.now().toString(36)}`;
  writeFileSync(
    join(dir, 'default.nix'),
    `{ system ? builtins.currentSystem }:\nimport ${testPkgsDir()}/default.nix { inherit system; greeterVersion = "${version}"; }\n`,
  );
  const fresh = parsePkgSource(`path!${dir}`);
  after(() => rmSync(dir, { recursive: true, force: true }));

  const commands = (log: ReturnType<typeof memoryLogger>) =>
    log.lines
      .filter((l) => l.startsWith('debug: $ '))
      .map((l) => l.split(' ').slice(2, 6).join(' '));

  it('is read by the legacy commands after a build, and in one `nix path-info` once valid', async () => {
    const cold = memoryLogger();
    const built = await buildPackages({
      packages: ['greeter', 'hello'],
      contents: [],
      pkgSource: fresh,
      log: cold,
    });
    const ran = commands(cold);
    // Tried first, refused (greeter is not valid, and nothing may be substituted), then built.
    const pathInfo = ran.findIndex((c) => c.includes('path-info'));
    const realise = ran.findIndex((c) => c.startsWith('nix-store --realise'));
    assert.ok(pathInfo >= 0 && realise > pathInfo, ran.join('\n'));
    assert.ok(
      ran.some((c) => c.startsWith('nix-store --dump-db')),
      ran.join('\n'),
    );

    const warm = memoryLogger();
    const again = await buildPackages({
      packages: ['greeter', 'hello'],
      contents: [],
      pkgSource: fresh,
      log: warm,
    });
    const warmRan = commands(warm);
    assert.ok(!warmRan.some((c) => c.startsWith('nix-store')), warmRan.join('\n'));
    assert.ok(
      warmRan.some((c) => c.includes('path-info')),
      warmRan.join('\n'),
    );
    // Both readings give the same graph, down to hashes and sizes, and both match the NARs.
    assert.deepEqual(again.closure, built.closure);
    assert.deepEqual(again.closure, await readClosure(built.closure.roots));
    for (const info of again.closure.paths) {
      assert.deepEqual({ narHash: info.narHash, narSize: info.narSize }, narOf(info.path));
    }
    assert.ok(again.closure.paths.some((p) => p.path.endsWith(`-greeter-${version}`)));
  });
});
