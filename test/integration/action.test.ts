import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../helpers/action.ts';
import { endToEnd } from '../helpers/e2e.ts';
import { testPkgSource } from '../helpers/pkgs.ts';

const run = promisify(execFile);

// The bundled action, started as a runner starts it, against the real docker-registry;
// verified by skopeo (checks every digest), umoci (unpacks) and chroot (runs the program).
const e2e = endToEnd('e2e');

async function registryTags(repository: string): Promise<string[]> {
  const res = await fetch(`${e2e.registry.url}/v2/${repository}/tags/list`);
  if (res.status === 404) return [];
  const body = (await res.json()) as { tags: string[] | null };
  return body.tags ?? [];
}

test('builds hello, pushes it, and the pulled image runs', async () => {
  const image = `${e2e.registry.host}/e2e/hello`;
  const result = await runAction({
    packages: 'hello',
    'pkg-source': testPkgSource,
    image,
    tags: 'latest v1',
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  const { digest, imageid, tags } = result.outputs;
  assert.match(digest!, /^sha256:[0-9a-f]{64}$/);
  assert.match(imageid!, /^sha256:[0-9a-f]{64}$/);
  assert.equal(result.outputs.image, `${image}@${digest}`);
  assert.equal(tags, `${image}:latest\n${image}:v1`);
  assert.equal(result.outputs['cache-hit'], 'false');
  const metadata = JSON.parse(result.outputs.metadata!) as {
    digest: string;
    layers: { digest: string; size: number; status: string; storePaths: string[] }[];
  };
  assert.equal(metadata.digest, digest);
  assert.equal(String(metadata.layers.length), result.outputs.layers);
  assert.ok(
    metadata.layers.every((l) => l.status === 'pushed'),
    'a fresh repository gets every layer',
  );
  assert.ok(
    metadata.layers.some((l) => l.storePaths.some((p) => p.endsWith('-hello'))),
    'the hello store path is in a layer',
  );
  assert.match(result.summary, new RegExp(`docker pull ${image.replace(/\./g, '\\.')}@${digest}`));
  assert.match(result.summary, /\| # \| size \| status \| store paths \|/);
  assert.match(result.summary, /```mermaid\npie/);

  const inspect = await run('skopeo', ['inspect', '--tls-verify=false', `docker://${image}:v1`]);
  const info = JSON.parse(inspect.stdout) as { Digest: string; Layers: string[] };
  assert.equal(info.Digest, digest, 'digest output equals the registry manifest digest');
  assert.ok(info.Layers.length >= 3, 'one layer per store path plus the customisation layer');

  const layout = join(e2e.scratch, 'layout');
  await run('skopeo', [
    'copy',
    '--src-tls-verify=false',
    `docker://${image}:latest`,
    `oci:${layout}:latest`,
  ]);
  const bundle = join(e2e.scratch, 'bundle');
  await run('umoci', ['unpack', '--image', `${layout}:latest`, bundle]);
  const hello = await run('chroot', [join(bundle, 'rootfs'), '/bin/hello']);
  assert.equal(hello.stdout.trim(), 'Hello, world!');
});

test('nested and case-insensitive names resolve', async () => {
  const image = `${e2e.registry.host}/e2e/nested`;
  const result = await runAction({
    packages: 'haskellpackages.stylish-haskell',
    'pkg-source': testPkgSource,
    image,
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  // The SBOM referrer adds the referrers tag-scheme index (distribution 2.8 has no referrers API).
  const tags = await registryTags('e2e/nested');
  assert.deepEqual(tags, ['latest', `sha256-${result.outputs.digest!.slice(7)}`].sort());
});

test('missing packages are all reported and nothing is tagged', async () => {
  const result = await runAction({
    packages: 'hello no-such-thing also-missing',
    'pkg-source': testPkgSource,
    image: `${e2e.registry.host}/e2e/missing`,
  });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /::error::Could not find Nix packages: also-missing, no-such-thing/);
  assert.deepEqual(await registryTags('e2e/missing'), []);
});

test('a failing build fails the step with the Nix log tail and pushes nothing', async () => {
  const result = await runAction({
    packages: 'broken',
    'pkg-source': testPkgSource,
    image: `${e2e.registry.host}/e2e/broken`,
  });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /::error::.*the broken package fails on purpose/s);
  assert.deepEqual(await registryTags('e2e/broken'), []);
});

test('a bad pkg-source says which forms are allowed', async () => {
  const result = await runAction({
    packages: 'hello',
    'pkg-source': 'channel:nixos-25.05',
    image: `${e2e.registry.host}/e2e/bad-source`,
  });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /::error::Input 'pkg-source':.*nixpkgs!.*git!.*path!/s);
});

test('a second run knows every layer from the previous image and uploads nothing', async () => {
  const image = `${e2e.registry.host}/e2e/rerun`;
  const inputs = { packages: 'hello many-deps', 'pkg-source': testPkgSource, image };
  const first = await runAction(inputs, { env: { GITHUB_SHA: 'a'.repeat(40) } });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  // A new commit: the revision label (and so the config) changes, the layers do not.
  const second = await runAction(inputs, { env: { GITHUB_SHA: 'b'.repeat(40) } });
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.notEqual(second.outputs.imageid, first.outputs.imageid, 'a new revision label');
  const layersOf = (r: typeof first) =>
    (JSON.parse(r.outputs.metadata!) as { layers: { digest: string; status: string }[] }).layers;
  assert.deepEqual(
    layersOf(second).map((l) => l.digest),
    layersOf(first).map((l) => l.digest),
    'same packages, same layers',
  );
  const layers = Number(second.outputs.layers);
  // Every layer comes from the previous manifest's records, the customisation layer too (its
  // content key names the packages it links): nothing is read or compressed.
  assert.match(second.stdout, new RegExp(`layer cache: ${layers} layers known from latest`));
  assert.match(second.stdout, /customisation layer \(cached\)/);
  assert.ok(layersOf(second).every((l) => l.status === 'already present'));
});
