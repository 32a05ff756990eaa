/**
 * A warm run downloads nothing (and a persistent runner that still has everything restores
 * nothing): the store cache entry carries the package source's tree and its
 * pin (narHash), so on a fresh runner (empty store of that tree, empty ~/.cache/nix) Nix finds
 * the tree by hash and the tarball server sees no request. Real Nix, the bundled action, the real
 * @actions/cache through a local cache service in front of Azurite, a real registry; the tarball
 * server stands in for github.com and counts its requests.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runAction } from '../../helpers/action.ts';
import { startAzurite, type Azurite } from '../../helpers/azurite.ts';
import { startCacheService, type CacheService } from '../../helpers/cache-service.ts';
import { startHttpServer, type TestHttpServer } from '../../helpers/http-server.ts';
import { nixpkgsLikeCopy } from '../../helpers/pkgs.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';

let registry: TestRegistry;
let azurite: Azurite;
let service: CacheService;
let server: TestHttpServer;
let work: string;
const rev = randomBytes(20).toString('hex');

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'nixery-warm-source-'));
  const set = nixpkgsLikeCopy(work);
  // A tree no store holds yet.
  writeFileSync(join(set, 'nonce'), rev);
  execFileSync('tar', ['-czf', join(work, 'set.tar.gz'), '-C', work, 'nixpkgs-like']);
  const tarball = readFileSync(join(work, 'set.tar.gz'));
  server = await startHttpServer({ [`/archive/${rev}.tar.gz`]: tarball, '/flake.tar.gz': tarball });
  registry = await startRegistry();
  azurite = await startAzurite();
  service = await startCacheService(azurite);
});
after(async () => {
  await service?.stop();
  await azurite?.stop();
  await registry?.stop();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh runner's own folders: no Nix download cache, its own RUNNER_TEMP. */
function runner(name: string): NodeJS.ProcessEnv {
  const root = join(work, name);
  for (const d of ['cache', 'temp']) mkdirSync(join(root, d), { recursive: true });
  return {
    ...service.env,
    XDG_CACHE_HOME: join(root, 'cache'),
    RUNNER_TEMP: join(root, 'temp'),
    GITHUB_REPOSITORY: 'org/repo',
  };
}

/** Removes the source's tree (and the pin) from the store, as on a new machine. */
function forgetSource(stdout: string): void {
  const trees = [
    ...stdout.matchAll(/\/nix\/store\/[a-z0-9]{32}-(source|nixery-source-pin\.json)\b/g),
  ];
  const paths = [...new Set(trees.map((m) => m[0]))];
  assert.ok(paths.length > 0, stdout);
  execFileSync('nix-store', ['--delete', ...paths], { stdio: 'ignore' });
}

for (const kind of ['nixpkgs', 'flake'] as const) {
  test(`a warm run of a ${kind}! source downloads nothing`, async () => {
    const inputs: Record<string, string> =
      kind === 'nixpkgs'
        ? {
            'pkg-source': `nixpkgs!${rev}`,
            'nixpkgs-url': `${server.url}/archive/{ref}.tar.gz`,
          }
        : { 'pkg-source': `flake!${server.url}/flake.tar.gz` };
    Object.assign(inputs, { packages: 'hello', image: `${registry.host}/warm/${kind}` });
    const path = kind === 'nixpkgs' ? `/archive/${rev}.tar.gz` : '/flake.tar.gz';
    const before = server.count(path);

    const coldEnv = runner(`${kind}-cold`);
    const started = performance.now();
    const cold = await runAction(inputs, { env: coldEnv });
    const coldMs = performance.now() - started;
    assert.equal(cold.code, 0, cold.stdout + cold.stderr);
    assert.equal(server.count(path), before + 1, 'the cold run downloads the tarball once');
    const post = await runAction(inputs, {
      env: coldEnv,
      entry: 'dist/post.js',
      state: cold.state,
    });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /Saved store cache entry nixery-store-v2-/);

    // The same runner again, into another repository (so there is an image to build): it
    // has the tree and every output, so it neither downloads nor restores the store cache.
    const again = await runAction({ ...inputs, image: `${inputs.image}-again` }, { env: coldEnv });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /Using this runner's tree of /);
    assert.match(again.stdout, /already valid: the store cache is not restored/);
    assert.doesNotMatch(
      again.stdout,
      /Importing .* from cache entry|No store cache entry restored/,
    );
    assert.equal(server.count(path), before + 1, 'the same runner downloads nothing');
    assert.equal(again.outputs.digest, cold.outputs.digest);

    forgetSource(cold.stdout + post.stdout);
    const warmStart = performance.now();
    const warm = await runAction(inputs, { env: runner(`${kind}-warm`) });
    const warmMs = performance.now() - warmStart;
    assert.equal(warm.code, 0, warm.stdout + warm.stderr);
    assert.equal(server.count(path), before + 1, 'the warm run downloads nothing');
    assert.match(warm.stdout, /Using the cached tree of .*: nothing to download/);
    assert.equal(warm.outputs['cache-hit'], 'true');
    assert.equal(warm.outputs.digest, cold.outputs.digest);
    console.log(`${kind}!: cold run ${Math.round(coldMs)} ms, warm run ${Math.round(warmMs)} ms`);
  });
}
