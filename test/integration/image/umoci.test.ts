import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { lstat, mkdtemp, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { bufferBlob, type Layer } from '../../../src/oci/blob.ts';
import { writeLayer } from '../../../src/image/build-layer.ts';
import { imageConfig, platformFromNixSystem } from '../../../src/image/config.ts';
import { planLayers } from '../../helpers/image.ts';
import { imageManifest, MEDIA_TYPES, type Manifest } from '../../../src/oci/manifest.ts';
import { customisationTar, storePathsTar } from '../../../src/image/tar.ts';
import { buildFixtures, closureGraphOf, writeOciLayout } from '../../helpers/image.ts';
import { requireTool } from '../../helpers/tools.ts';

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;

describe('an OCI layout of real store paths', () => {
  let work: string;
  let hello: string;
  let lib: string;
  let layers: Layer[];
  let manifest: Manifest;
  let layout: string;

  before(async () => {
    requireTool('umoci', 'apt-get install -y umoci');
    requireTool('skopeo', 'apt-get install -y skopeo');
    ({ hello, lib } = (await buildFixtures([
      { name: 'lib', script: 'mkdir -p $out/lib; echo "library data" > $out/lib/data' },
      {
        name: 'hello',
        deps: ['lib'],
        script: [
          'mkdir -p $out/bin $out/share/hello',
          'printf "#!$busybox/bin/busybox sh\\necho Hello from nix; $busybox/bin/busybox cat $dep_lib/lib/data\\n" > $out/bin/hello',
          'chmod +x $out/bin/hello',
          'echo "ünï" > "$out/share/hello/ünïcødé"',
        ].join('\n'),
      },
    ])) as { hello: string; lib: string });
    work = await mkdtemp(join(tmpdir(), 'nixery-umoci-test-'));
    const graph = await closureGraphOf([hello]);
    assert.equal(graph.paths.length, 3, 'hello, lib and busybox');
    const groups = planLayers(graph, 3);
    layers = [];
    for (const paths of groups) {
      layers.push(
        await writeLayer(storePathsTar(paths), {
          workDir: join(work, 'blobs'),
          compression: 'gzip',
          format: 'oci',
          storePaths: paths,
          description: paths.join(' '),
        }),
      );
    }
    layers.push(
      await writeLayer(customisationTar({ links: [hello], copies: [], uid: 0, gid: 0 }), {
        workDir: join(work, 'blobs'),
        compression: 'none',
        format: 'oci',
        storePaths: [hello],
        description: 'customisation layer',
      }),
    );
    const platform = platformFromNixSystem('x86_64-linux');
    const config = bufferBlob(
      MEDIA_TYPES.ociConfig,
      imageConfig({
        ...platform,
        diffIds: layers.map((l) => l.diffId),
        history: layers.map((l) => ({ created_by: 'nixery-action', comment: l.description })),
        created: '1970-01-01T00:00:01Z',
        config: { Env: ['PATH=/bin'], Cmd: ['/bin/hello'] },
      }),
    );
    manifest = imageManifest('oci', config, layers);
    layout = join(work, 'layout');
    await writeOciLayout(layout, manifest, config, layers, 'test');
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('is accepted by skopeo with our digests', async () => {
    const { stdout } = await run('skopeo', ['inspect', `oci:${layout}:test`]);
    const info = JSON.parse(stdout);
    assert.equal(info.Digest, manifest.digest);
    assert.deepEqual(
      info.Layers,
      layers.map((l) => l.digest),
    );
    assert.equal(info.Architecture, 'amd64');
    // skopeo copy re-reads every blob and checks its digest against the manifest.
    await run('skopeo', ['copy', `oci:${layout}:test`, `oci:${join(work, 'copy')}:test`]);
  });

  it('unpacks with umoci into a rootfs holding the store paths and the forest', async () => {
    const bundle = join(work, 'bundle');
    await run('umoci', [
      'unpack',
      ...(isRoot ? [] : ['--rootless']),
      '--image',
      `${layout}:test`,
      bundle,
    ]);
    const rootfs = join(bundle, 'rootfs');
    assert.equal(await readlink(join(rootfs, 'bin/hello')), `${hello}/bin/hello`);
    assert.equal(await readFile(join(rootfs, lib, 'lib/data'), 'utf8'), 'library data\n');
    assert.equal(await readFile(join(rootfs, hello, 'share/hello/ünïcødé'), 'utf8'), 'ünï\n');
    assert.equal(
      await readlink(join(rootfs, 'share/hello/ünïcødé')),
      `${hello}/share/hello/ünïcødé`,
    );
    assert.equal((await lstat(join(rootfs, hello, 'bin/hello'))).mode & 0o7777, 0o555);

    const chroot = isRoot
      ? ['chroot', [rootfs, '/bin/hello']]
      : ['unshare', ['-r', 'chroot', rootfs, '/bin/hello']];
    const { stdout } = await run(chroot[0] as string, chroot[1] as string[]);
    assert.equal(stdout, 'Hello from nix\nlibrary data\n');
  });
});
