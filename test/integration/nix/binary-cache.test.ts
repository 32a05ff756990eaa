/**
 * A binary cache shared by runners, as cachix/cachix-action or attic use one: after a run, the
 * image's closure is pushed (`nix copy --to`, signed with the cache's key, as README.md shows);
 * a later run on a store without the package substitutes it from the cache instead of building
 * (`max-jobs = 0` forbids building). The cache is a real Nix binary cache in a `file://` folder,
 * which is what S3 and HTTP caches hold too.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FLAKE_ARGS } from '../../../src/nix/build.ts';
import { runAction } from '../../helpers/action.ts';
import { testPkgsDir } from '../../helpers/pkgs.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';

let registry: TestRegistry;
let work: string;

before(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'nixery-binary-cache-'));
});
after(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const nix = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('a closure pushed to a binary cache after a run is substituted, not built, later', async () => {
  const nonce = randomBytes(8).toString('hex');
  writeFileSync(
    join(work, 'default.nix'),
    `{ }: let t = import ${JSON.stringify(testPkgsDir())} { }; bb = "\${t.busybox}/bin/busybox"; in {
      cached-hello = derivation {
        name = "cached-hello"; system = builtins.currentSystem; builder = bb; nonce = "${nonce}";
        args = [ "sh" "-c" "\${bb} mkdir -p $out/bin; echo \\"echo ${nonce} \${t.hello-lib}\\" > $out/bin/cached-hello" ];
      };
    }`,
  );
  const cacheDir = join(work, 'cache');
  const secret = join(work, 'cache.sec');
  const publicKey = join(work, 'cache.pub');
  nix('nix-store', ['--generate-binary-cache-key', 'test-cache-1', secret, publicKey]);
  const inputs = {
    packages: 'cached-hello',
    'pkg-source': `path!${work}`,
    image: `${registry.host}/binary-cache/hello`,
    cache: 'false',
  };

  const first = await runAction(inputs);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /building '\/nix\/store\/[a-z0-9]{32}-cached-hello\.drv'/);

  // The step after the action: push the image's closure (the metadata output lists it).
  const metadata = JSON.parse(first.outputs.metadata!) as { layers: { storePaths: string[] }[] };
  const paths = [...new Set(metadata.layers.flatMap((l) => l.storePaths))];
  const out = paths.find((p) => p.endsWith('-cached-hello'))!;
  assert.ok(out, paths.join(' '));
  nix('nix', [
    `--${FLAKE_ARGS[1]}`,
    FLAKE_ARGS[2]!,
    'copy',
    '--to',
    `file://${cacheDir}?secret-key=${secret}`,
    ...paths,
  ]);

  // A later runner, on a later commit (so the image differs and is built): the package is
  // not in its store.
  nix('nix-store', ['--delete', out]);
  const later = await runAction(
    {
      ...inputs,
      'nix-conf': [
        `substituters = file://${cacheDir}`,
        `trusted-public-keys = ${readFileSync(publicKey, 'utf8').trim()}`,
        'max-jobs = 0',
      ].join('\n'),
    },
    { env: { GITHUB_SHA: 'c'.repeat(40) } },
  );
  assert.equal(later.code, 0, later.stdout + later.stderr);
  assert.match(later.stdout, new RegExp(`copying path '${out}' from 'file://`));
  assert.doesNotMatch(later.stdout, /building '\/nix\/store\/[a-z0-9]{32}-cached-hello\.drv'/);
  const layers = (r: typeof first) =>
    (JSON.parse(r.outputs.metadata!) as { layers: { digest: string }[] }).layers.map(
      (l) => l.digest,
    );
  assert.deepEqual(layers(later), layers(first), 'the same layers from the substituted paths');
});
