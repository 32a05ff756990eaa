/**
 * Every reader that meets our gzip layers decodes them to the very tar we hashed: skopeo,
 * umoci, containerd (ctr, with runc), GNU gzip, pigz, busybox gunzip and Python's gzip
 * module. The layers are several 1 MiB chunks long, so they cross the joins between chunks
 * that libdeflate compressed on their own (compress.ts, chunked-compressor.ts).
 */
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
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
import { buildFixtures, closureGraphOf, writeOciLayout } from '../../helpers/image.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { requireTool } from '../../helpers/tools.ts';

const run = promisify(execFile);
const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const MAX = 1 << 28;
const RUN_DIR = '/run/containerd';

/** Decodes a file with a command-line gunzip; resolves with the decoded bytes. */
async function gunzipWith(cmd: string, args: string[], file: string): Promise<Buffer> {
  const { stdout } = await run(cmd, [...args, file], { encoding: 'buffer', maxBuffer: MAX });
  return stdout;
}

/** containerd with its own root, state and socket under `dir`: nothing machine-wide. */
async function startContainerd(dir: string): Promise<{ socket: string; stop(): Promise<void> }> {
  const socket = join(dir, 'containerd.sock');
  const config = join(dir, 'config.toml');
  await writeFile(
    config,
    [
      'version = 2',
      `root = ${JSON.stringify(join(dir, 'root'))}`,
      `state = ${JSON.stringify(join(dir, 'state'))}`,
      'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
      '[grpc]',
      `  address = ${JSON.stringify(socket)}`,
      '[ttrpc]',
      `  address = ${JSON.stringify(`${socket}.ttrpc`)}`,
      '[debug]',
      '  address = ""',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('containerd', ['--config', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await run('ctr', ['-a', socket, 'version']);
      break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        throw new Error(`containerd did not start: ${log}`, { cause: err });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    socket,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

describe('gzip layers decode to the same tar in every consumer', () => {
  let work: string;
  let registry: TestRegistry;
  let hello: string;
  let data: string;
  let layers: Layer[];
  let tars: Buffer[];
  let ref: string;

  before(async () => {
    requireTool('skopeo', 'apt-get install -y skopeo');
    requireTool('umoci', 'apt-get install -y umoci');
    requireTool('pigz', 'apt-get install -y pigz');
    requireTool('gzip', 'apt-get install -y gzip');
    requireTool('busybox', 'apt-get install -y busybox-static');
    requireTool('python3', 'apt-get install -y python3');
    // Several megabytes: text that compresses well and binaries that compress less.
    ({ hello, data } = (await buildFixtures([
      {
        name: 'data',
        script: [
          'mkdir -p $out/share $out/bin',
          '$busybox/bin/busybox seq 1 700000 > $out/share/numbers',
          'for i in 1 2 3; do $busybox/bin/busybox cat $busybox/bin/busybox > $out/bin/copy$i; done',
        ].join('\n'),
      },
      {
        name: 'hello',
        deps: ['data'],
        script: [
          'mkdir -p $out/bin',
          'printf "#!$busybox/bin/busybox sh\\n$busybox/bin/busybox tail -n 1 $dep_data/share/numbers\\n" > $out/bin/hello',
          'chmod +x $out/bin/hello',
        ].join('\n'),
      },
    ])) as { hello: string; data: string });
    work = await mkdtemp(join(tmpdir(), 'nixery-gzip-consumers-'));
    const graph = await closureGraphOf([hello]);
    layers = [];
    tars = [];
    const tarStreams = [
      ...planLayers(graph, 3).map((paths) => ({ paths, tar: () => storePathsTar(paths) })),
      {
        paths: [hello],
        tar: () => customisationTar({ links: [hello], copies: [], uid: 0, gid: 0 }),
      },
    ];
    for (const { paths, tar } of tarStreams) {
      const chunks: Buffer[] = [];
      for await (const c of tar()) chunks.push(c as Buffer);
      tars.push(Buffer.concat(chunks));
      layers.push(
        await writeLayer(tar(), {
          workDir: join(work, 'blobs'),
          compression: 'gzip',
          format: 'oci',
          storePaths: paths,
          description: paths.join(' '),
        }),
      );
    }
    assert.ok(
      tars.some((t) => t.length > 4 << 20),
      'a layer spans several compressed chunks',
    );
    const config = bufferBlob(
      MEDIA_TYPES.ociConfig,
      imageConfig({
        ...platformFromNixSystem('x86_64-linux'),
        diffIds: layers.map((l) => l.diffId),
        history: layers.map((l) => ({ created_by: 'nixery-action', comment: l.description })),
        created: '1970-01-01T00:00:01Z',
        config: { Env: ['PATH=/bin'], Cmd: ['/bin/hello'] },
      }),
    );
    const manifest = imageManifest('oci', config, layers);
    await writeOciLayout(join(work, 'layout'), manifest, config, layers, 'test');
    registry = await startRegistry();
    ref = `${registry.host}/consumers/hello:test`;
    await run('skopeo', [
      'copy',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${join(work, 'layout')}:test`,
      `docker://${ref}`,
    ]);
  });
  after(async () => {
    await closeCompressionPool();
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('each layer tar hashes to its diff_id', () => {
    assert.deepEqual(
      tars.map(sha256),
      layers.map((l) => l.diffId),
    );
  });

  for (const [name, cmd, args] of [
    ['GNU gzip', 'gzip', ['-dc']],
    ['pigz', 'pigz', ['-dc']],
    ['busybox gunzip', 'busybox', ['gunzip', '-c']],
    [
      'Python gzip',
      'python3',
      ['-c', 'import gzip,sys; sys.stdout.buffer.write(gzip.open(sys.argv[1]).read())'],
    ],
  ] as const) {
    it(`${name} decodes every layer to its tar`, async () => {
      for (const [i, layer] of layers.entries()) {
        const file = join(work, 'blobs', layer.digest.replace(':', '-'));
        const tar = await gunzipWith(cmd, [...args], file);
        assert.equal(sha256(tar), layer.diffId, `layer ${i}`);
      }
    });
  }

  it('skopeo decompresses the pushed layers to their diff_ids', async () => {
    const dir = join(work, 'skopeo-dir');
    await run('skopeo', [
      'copy',
      '--src-tls-verify=false',
      '--dest-decompress',
      `docker://${ref}`,
      `dir:${dir}`,
    ]);
    const files = await readdir(dir);
    for (const layer of layers) {
      const hex = layer.diffId.slice('sha256:'.length);
      assert.ok(files.includes(hex), `skopeo wrote the decompressed layer ${hex}`);
      assert.equal(sha256(await readFile(join(dir, hex))), layer.diffId);
    }
  });

  it('umoci unpacks the pulled image (checking diff_ids) into the same files', async () => {
    const layout = join(work, 'pulled');
    await run('skopeo', [
      'copy',
      '--src-tls-verify=false',
      `docker://${ref}`,
      `oci:${layout}:test`,
    ]);
    const bundle = join(work, 'bundle');
    await run('umoci', ['unpack', '--image', `${layout}:test`, bundle]);
    const numbers = await readFile(join(bundle, 'rootfs', data, 'share/numbers'), 'utf8');
    assert.ok(numbers.endsWith('\n700000\n'));
  });

  it('containerd pulls, unpacks (checking diff_ids) and runs the image', async (t) => {
    if (process.getuid?.() !== 0) throw new Error('containerd needs root: run the tests as root');
    requireTool('containerd', 'apt-get install -y --no-install-recommends containerd runc');
    requireTool('runc', 'apt-get install -y --no-install-recommends runc');
    const dir = await mkdtemp(join(tmpdir(), 'nixery-containerd-'));
    // containerd 1.6 puts shim sockets under /run/containerd/s whatever its state folder:
    // remove what this test made there, once empty.
    const hadRunDir = existsSync(RUN_DIR);
    const containerd = await startContainerd(dir);
    t.after(async () => {
      await containerd.stop();
      await rm(dir, { recursive: true, force: true });
      if (!hadRunDir) {
        for (const d of [join(RUN_DIR, 's'), join(RUN_DIR, 'fifo'), RUN_DIR]) {
          await rmdir(d).catch(() => {});
        }
      }
    });
    const ctr = (...args: string[]) =>
      run('ctr', ['-a', containerd.socket, ...args], { maxBuffer: MAX });
    await ctr('images', 'pull', '--plain-http', '--snapshotter', 'native', ref);
    const { stdout } = await ctr(
      'run',
      '--rm',
      '--snapshotter',
      'native',
      '--runc-root',
      join(dir, 'runc'),
      '--fifo-dir',
      join(dir, 'fifo'),
      ref,
      'consumers-test',
      '/bin/hello',
    );
    assert.equal(stdout.trim(), '700000');
  });
});
