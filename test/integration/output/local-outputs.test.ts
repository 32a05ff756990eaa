import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { bufferBlob, type Layer } from '../../../src/oci/blob.ts';
import { writeLayer } from '../../../src/image/build-layer.ts';
import { closeCompressionPool } from '../../../src/image/compress-pool.ts';
import { imageConfig, platformFromNixSystem } from '../../../src/image/config.ts';
import { planLayers } from '../../helpers/image.ts';
import { imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import { customisationTar, storePathsTar } from '../../../src/image/tar.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { buildPackages, type NixBuildResult } from '../../../src/nix/build.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';
import { expandNixeryNames } from '../../../src/request/nixery-names.ts';
import { writeDockerArchive } from '../../../src/output/docker-archive.ts';
import { writeOciLayout, type LocalImage } from '../../../src/output/oci-layout.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import { requireTool } from '../../helpers/tools.ts';

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;
const NAME = 'localhost:5000/nixery/shell-hello';

async function skopeo(...args: string[]): Promise<string> {
  return (await run('skopeo', args, { maxBuffer: 1 << 26 })).stdout;
}

/** Layers of the built closure as the pipeline packs them; the customisation layer last. */
async function packImage(
  built: NixBuildResult,
  workDir: string,
  compression: 'gzip' | 'zstd',
): Promise<LocalImage<Layer>> {
  const layers: Layer[] = [];
  for (const paths of planLayers(built.closure, 4)) {
    const layer = await writeLayer(storePathsTar(paths), {
      workDir,
      compression,
      format: 'oci',
      storePaths: paths,
      description: paths.join(' '),
    });
    layers.push(layer);
  }
  // Left uncompressed, so the writers meet both kinds of layer in one image.
  layers.push(
    await writeLayer(
      customisationTar({ links: built.packages.map((p) => p.outPath), copies: [], uid: 0, gid: 0 }),
      { workDir, compression: 'none', format: 'oci', storePaths: [], description: 'customisation' },
    ),
  );
  const config = bufferBlob(
    MEDIA_TYPES.ociConfig,
    imageConfig({
      ...platformFromNixSystem(built.system),
      diffIds: layers.map((l) => l.diffId),
      history: layers.map((l) => ({ created_by: 'nixery-action', comment: l.description })),
      created: '1970-01-01T00:00:00Z',
      config: { Env: ['PATH=/bin'], Cmd: ['/bin/hello'] },
    }),
  );
  return { manifest: imageManifest('oci', config, layers), config, layers };
}

describe('local outputs of a real image (shell/hello from test/pkgs)', () => {
  let work: string;
  let built: NixBuildResult;
  let image: LocalImage<Layer>;

  before(async () => {
    requireTool('skopeo', 'apt-get install -y skopeo');
    requireTool('umoci', 'apt-get install -y umoci');
    work = await mkdtemp(join(tmpdir(), 'nixery-local-outputs-'));
    const { packages } = expandNixeryNames(['shell', 'hello']);
    built = await buildPackages({
      packages,
      contents: [],
      pkgSource: parsePkgSource(testPkgSource),
      log: memoryLogger(),
    });
    image = await packImage(built, join(work, 'layers-gzip'), 'gzip');
    assert.ok(image.layers.length >= 3, 'several store layers and the customisation layer');
  });

  after(async () => {
    await closeCompressionPool();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('builds the shell stand-ins of test/pkgs for the shell meta-package', () => {
    assert.deepEqual(
      built.packages.map((p) => p.name),
      ['bashInteractive', 'coreutils', 'hello', 'moreutils', 'nano'],
    );
  });

  it('writes an OCI layout that skopeo reads back digest for digest', async () => {
    const dir = join(work, 'layout');
    await writeOciLayout(dir, image, ['latest', 'v1']);
    for (const tag of ['latest', 'v1']) {
      const raw = await skopeo('inspect', '--raw', `oci:${dir}:${tag}`);
      assert.equal(raw, image.manifest.body.toString());
      const info = JSON.parse(await skopeo('inspect', `oci:${dir}:${tag}`)) as {
        Digest: string;
        Layers: string[];
      };
      assert.equal(info.Digest, image.manifest.digest);
      assert.deepEqual(
        info.Layers,
        image.layers.map((l) => l.digest),
      );
    }
    // skopeo copy re-reads and checks every blob against its digest.
    await skopeo('copy', `oci:${dir}:latest`, `oci:${join(work, 'copied')}:latest`);
  });

  it('writes an OCI layout that umoci unpacks into a rootfs where /bin/hello runs', async () => {
    const dir = join(work, 'layout-umoci');
    await writeOciLayout(dir, image, 'latest');
    const bundle = join(work, 'bundle');
    await run('umoci', [
      'unpack',
      ...(isRoot ? [] : ['--rootless']),
      '--image',
      `${dir}:latest`,
      bundle,
    ]);
    const rootfs = join(bundle, 'rootfs');
    assert.match(await readFile(join(rootfs, 'bin', 'hello'), 'utf8'), /^#!\/nix\/store\//);
    if (isRoot) {
      assert.equal((await run('chroot', [rootfs, '/bin/hello'])).stdout, 'Hello, world!\n');
      const shell = await run('chroot', [
        rootfs,
        '/bin/bash',
        '-c',
        'echo from bash | sponge; uname',
      ]);
      assert.equal(shell.stdout, 'from bash\nLinux\n');
    }
  });

  it('writes a docker archive that skopeo accepts, its layers matching the diff_ids', async () => {
    const file = join(work, 'image.tar');
    const repoTags = [`${NAME}:latest`, `${NAME}:v1`];
    await writeDockerArchive(file, { ...image, repoTags });
    const config = JSON.parse(await skopeo('inspect', '--config', `docker-archive:${file}`)) as {
      rootfs: { diff_ids: string[] };
    };
    assert.deepEqual(
      config.rootfs.diff_ids,
      image.layers.map((l) => l.diffId),
    );
    for (const ref of repoTags) {
      // In a docker archive each layer is its uncompressed tar: its digest is its diffId.
      const info = JSON.parse(await skopeo('inspect', `docker-archive:${file}:${ref}`)) as {
        Layers: string[];
      };
      assert.deepEqual(
        info.Layers,
        image.layers.map((l) => l.diffId),
      );
    }
    // Copying out of the archive checks every layer file against its diff_id.
    const out = join(work, 'from-archive');
    await skopeo('copy', `docker-archive:${file}`, `dir:${out}`);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
      config: { digest: string };
    };
    assert.equal(manifest.config.digest, image.config.digest, 'the config travels unchanged');
  });

  it('writes the same docker archive from zstd layers as from gzip layers', async () => {
    const zstdImage = await packImage(built, join(work, 'layers-zstd'), 'zstd');
    assert.equal(zstdImage.layers[0]!.mediaType, MEDIA_TYPES.ociLayerZstd);
    assert.equal(zstdImage.config.digest, image.config.digest, 'same tars, same diff_ids');
    const fromGzip = join(work, 'gzip.tar');
    const fromZstd = join(work, 'zstd.tar');
    await writeDockerArchive(fromGzip, { ...image, repoTags: [`${NAME}:latest`] });
    await writeDockerArchive(fromZstd, { ...zstdImage, repoTags: [`${NAME}:latest`] });
    assert.deepEqual(await readFile(fromZstd), await readFile(fromGzip));
  });
});
