import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../helpers/action.ts';
import { startRegistry, type TestRegistry } from '../helpers/registry.ts';
import { testPkgSource } from '../helpers/pkgs.ts';
import { startAzurite, type Azurite } from '../helpers/azurite.ts';
import { startCacheService, type CacheService } from '../helpers/cache-service.ts';
import { runCommand } from '../../src/nix/exec.ts';

// The bundled main and post steps, run as a runner runs them, with the real @actions/cache
// talking to a local stand-in for GitHub's cache service (GitHub itself cannot run here) in
// front of the real Azurite blob emulator. The `slow` test package sleeps while it builds and
// says so: a warm run that restores it from the cache never prints its build line.
let registry: TestRegistry;
let azurite: Azurite;
let service: CacheService;
let runnerTemp: string;
// Locally built paths are cached only when signed: the repository's secret key.
let signingKey: string;

before(async () => {
  registry = await startRegistry();
  azurite = await startAzurite();
  service = await startCacheService(azurite);
  runnerTemp = await mkdtemp(join(tmpdir(), 'nixery-action-runner-temp-'));
  const [sec, pub] = [join(runnerTemp, 'cache.sec'), join(runnerTemp, 'cache.pub')];
  const keys = await runCommand('nix-store', ['--generate-binary-cache-key', 'ci-1', sec, pub]);
  assert.equal(keys.code, 0, keys.stderr);
  signingKey = (await readFile(sec, 'utf8')).trim();
});

after(async () => {
  await service?.stop();
  await azurite?.stop();
  await registry?.stop();
  if (runnerTemp) await rm(runnerTemp, { recursive: true, force: true });
});

async function slowOutPath(): Promise<string> {
  const dir = testPkgSource.slice('path!'.length);
  const r = await runCommand('nix-instantiate', [
    '--eval',
    '--json',
    '--expr',
    `(import ${JSON.stringify(dir)} {}).slow.outPath`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as string;
}

test('a warm run restores the closure from the Actions cache instead of building', async () => {
  const env = { ...service.env, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'org/repo' };
  const inputs = {
    packages: 'slow hello',
    'pkg-source': testPkgSource,
    image: `${registry.host}/cache/slow`,
    'cache-signing-key': signingKey,
  };
  const slow = await slowOutPath();
  // Start cold: the slow package is not in the store.
  await runCommand('nix-store', ['--delete', slow]);

  const cold = await runAction(inputs, { env });
  assert.equal(cold.code, 0, cold.stdout + cold.stderr);
  assert.equal(cold.outputs['cache-hit'], 'false');
  assert.match(cold.stdout, /building '\/nix\/store\/[a-z0-9]+-slow\.drv'/);

  const post = await runAction(inputs, { env, entry: 'dist/post.js', state: cold.state });
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.match(post.stdout, /Saved store cache entry nixery-store-/);
  assert.equal(service.entries().length, 1, 'one archive per key, never one entry per path');
  // Registered with the runner's masker (::add-mask::), and shown nowhere else.
  const keyData = signingKey.split(':')[1]!;
  assert.ok(post.stdout.includes(`::add-mask::${signingKey}\n`), 'the key is masked');
  const shown = (post.stdout + cold.stdout)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  assert.ok(!shown.includes(keyData), 'the key is not shown');

  const deleted = await runCommand('nix-store', ['--delete', slow]);
  assert.equal(deleted.code, 0, deleted.stderr);

  // The next commit: a new revision label, so the image is not the one the tag names, but
  // every layer is.
  const warm = await runAction(inputs, { env: { ...env, GITHUB_SHA: 'b'.repeat(40) } });
  assert.equal(warm.code, 0, warm.stdout + warm.stderr);
  assert.equal(warm.outputs['cache-hit'], 'true');
  assert.doesNotMatch(warm.stdout, /building '\/nix\/store\/[a-z0-9]+-slow\.drv'/);
  assert.deepEqual(layerDigests(warm), layerDigests(cold), 'same layers from the restored store');

  const warmPost = await runAction(inputs, { env, entry: 'dist/post.js', state: warm.state });
  assert.match(warmPost.stdout, /was restored exactly; not saving it again/);
  assert.equal(service.entries().length, 1);

  // A no-op: every output is still valid, so there is nothing to restore and nothing to pack.
  const downloads = () => service.calls().filter((c) => c === 'GetCacheEntryDownloadURL').length;
  const before = downloads();
  const next = { ...env, GITHUB_SHA: 'c'.repeat(40) };
  const valid = await runAction(inputs, { env: next });
  assert.equal(valid.code, 0, valid.stdout + valid.stderr);
  assert.match(
    valid.stdout,
    /Every store path to build is already valid: the store cache is not restored/,
  );
  assert.equal(downloads(), before, 'the cache service was not asked');
  assert.deepEqual(layerDigests(valid), layerDigests(cold));

  // The same commit once more: the tag already names this very image (its inputs key), so
  // nothing is restored, built or packed.
  const noop = await runAction(inputs, { env: next });
  assert.equal(noop.code, 0, noop.stdout + noop.stderr);
  assert.match(noop.stdout, /nothing to restore, build or upload/);
  assert.equal(downloads(), before, 'the cache service was not asked');
  assert.equal(noop.outputs.digest, valid.outputs.digest);
});

function layerDigests(run: { outputs: Record<string, string> }): string[] {
  const metadata = JSON.parse(run.outputs.metadata ?? '{}') as { layers: { digest: string }[] };
  return metadata.layers.map((l) => l.digest);
}

test('without a cache service the action says so and builds on', async () => {
  const result = await runAction({
    packages: 'hello',
    'pkg-source': testPkgSource,
    image: `${registry.host}/cache/none`,
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /Actions cache service is not available/);
  assert.equal(result.outputs['cache-hit'], 'false');
});
