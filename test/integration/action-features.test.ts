import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../helpers/action.ts';
import { endToEnd } from '../helpers/e2e.ts';
import { testPkgSource } from '../helpers/pkgs.ts';
import { randomImage, bufferBlob, manifestFor } from './registry/random-image.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { pushImage } from '../../src/registry/push.ts';
import { memoryLogger } from '../helpers/logger.ts';

const run = promisify(execFile);

// The action as users meet it: Nixery names, local outputs without a registry, and a
// multi-platform index over images a matrix pushed. Verified with skopeo and umoci.
const e2e = endToEnd('features');

test('Nixery path names with the shell meta-package, written as an OCI layout without a registry', async () => {
  const layout = join(e2e.scratch, 'layout');
  const result = await runAction({
    packages: 'shell/hello',
    'pkg-source': testPkgSource,
    push: 'false',
    output: `oci-layout:${layout}`,
    tags: 'v1',
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.equal(result.outputs.image, '', 'nothing pushed');
  const inspect = await run('skopeo', ['inspect', `oci:${layout}:v1`]);
  const info = JSON.parse(inspect.stdout) as { Digest: string; Labels: Record<string, string> };
  assert.equal(info.Digest, result.outputs.digest);
  assert.equal(
    info.Labels['org.nixery-action.packages'],
    'bashInteractive coreutils hello moreutils nano',
  );
  const bundle = join(e2e.scratch, 'bundle');
  await run('umoci', ['unpack', '--image', `${layout}:v1`, bundle]);
  const hello = await run('chroot', [join(bundle, 'rootfs'), '/bin/hello']);
  assert.equal(hello.stdout.trim(), 'Hello, world!');
  await stat(join(bundle, 'rootfs', 'bin', 'bash'));
});

test('package order does not change the image', async () => {
  const digests: string[] = [];
  for (const packages of ['hello many-deps', 'many-deps,hello', 'many-deps/hello hello']) {
    const result = await runAction({ packages, 'pkg-source': testPkgSource, push: 'false' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    digests.push(result.outputs.digest!);
  }
  assert.equal(new Set(digests).size, 1, digests.join(' '));
});

test('docker-archive output is accepted by skopeo, and pushing at the same time works', async () => {
  const archive = join(e2e.scratch, 'image.tar');
  const image = `${e2e.registry.host}/features/archive`;
  const result = await runAction({
    packages: 'hello',
    'pkg-source': testPkgSource,
    image,
    output: `docker-archive:${archive}`,
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  const inspect = await run('skopeo', ['inspect', `docker-archive:${archive}`]);
  const info = JSON.parse(inspect.stdout) as { Layers: string[] };
  const listed = await run('tar', ['-xOf', archive, 'manifest.json']);
  const archived = JSON.parse(listed.stdout) as { RepoTags: string[] }[];
  assert.deepEqual(archived[0]!.RepoTags, [`${image}:latest`]);
  assert.equal(info.Layers.length, Number(result.outputs.layers));
  assert.equal(result.outputs.image, `${image}@${result.outputs.digest}`);
});

test('merge lists two pushed platforms in one OCI index', async () => {
  const image = `${e2e.registry.host}/features/multi`;
  const amd64 = await runAction({
    packages: 'hello',
    'pkg-source': testPkgSource,
    image,
    tags: 'amd64',
  });
  assert.equal(amd64.code, 0, amd64.stdout + amd64.stderr);

  // A second platform's image, pushed as another matrix job would (this machine cannot build
  // aarch64 packages, so its layers are random and its config says arm64).
  const other = await randomImage(e2e.scratch, 1);
  const config = JSON.parse(other.config.open().read().toString()) as Record<string, unknown>;
  const armConfig = bufferBlob(
    Buffer.from(JSON.stringify({ ...config, architecture: 'arm64', variant: 'v8' })),
    other.config.mediaType,
  );
  const manifest = manifestFor(armConfig, other.layers);
  const [registryHost, ...repo] = image.split('/');
  const client = new RegistryClient({
    image: { registry: registryHost!, repository: repo.join('/') },
    log: memoryLogger(),
    maskSecret: () => undefined,
  });
  await pushImage(client, { layers: other.layers, config: armConfig, manifest }, ['arm64']);
  await client.close();

  const merged = await runAction({
    image,
    merge: `${image}@${amd64.outputs.digest}\n${image}@${manifest.digest}`,
    tags: 'latest',
  });
  assert.equal(merged.code, 0, merged.stdout + merged.stderr);
  const raw = await run('skopeo', [
    'inspect',
    '--tls-verify=false',
    '--raw',
    `docker://${image}:latest`,
  ]);
  const index = JSON.parse(raw.stdout) as {
    mediaType: string;
    manifests: { digest: string; platform: { architecture: string; os: string } }[];
  };
  assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  assert.deepEqual(
    index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort(),
    ['linux/amd64', 'linux/arm64'],
  );
  assert.equal(merged.outputs.digest, `sha256:${await sha256Of(raw.stdout)}`);
});

async function sha256Of(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}
