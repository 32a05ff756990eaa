/**
 * The images the push benchmarks send, each written once as an OCI layout so that skopeo
 * (from `oci:`) and our client (from the layout's blob files) push exactly the same bytes.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pack } from 'tar-stream';
import { assembleImage } from '../../src/image/assemble.ts';
import { bufferBlob, type Layer } from '../../src/oci/blob.ts';
import { writeLayer } from '../../src/image/build-layer.ts';
import { closeCompressionPool } from '../../src/image/compress-pool.ts';
import { imageConfig, layerHistory, platformFromNixSystem } from '../../src/image/config.ts';
import { imageTime } from '../../src/image/epoch.ts';
import { imageManifest, MEDIA_TYPES } from '../../src/oci/manifest.ts';
import { buildPackages } from '../../src/nix/build.ts';
import { parsePkgSource } from '../../src/request/pkg-source.ts';
import { writeOciLayout } from '../../src/output/oci-layout.ts';
import type { Blob } from '../../src/oci/blob.ts';
import type { Manifest } from '../../src/oci/manifest.ts';
import { testPkgSource } from '../../test/helpers/pkgs.ts';
import { openToAll } from './skopeo.ts';

export interface LayoutImage {
  /** OCI layout folder, readable by every user (skopeo runs as `nobody`). */
  layout: string;
  tag: string;
  layers: Blob[];
  config: Blob;
  manifest: Manifest;
  /** Sum of layer and config sizes. */
  bytes: number;
}

export const LAYOUT_TAG = 'bench';
const MiB = 2 ** 20;

let scratch: string | undefined;
/** One scratch folder per benchmark process, removed when it exits. */
export async function benchScratch(): Promise<string> {
  if (!scratch) {
    const dir = await mkdtemp(join(tmpdir(), 'nixery-bench-'));
    await openToAll(dir);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}

/** A tar of one file of random bytes: it compresses to its own size, as packed binaries nearly do. */
function randomTar(name: string, size: number): Readable {
  const tar = pack();
  const entry = tar.entry({ name, size, mtime: new Date(1000), uid: 0, gid: 0, mode: 0o644 });
  Readable.from(
    (function* () {
      for (let left = size; left > 0; left -= MiB) yield randomBytes(Math.min(MiB, left));
    })(),
  ).pipe(entry);
  entry.on('finish', () => tar.finalize());
  // tar-stream's streams are streamx ones; Node's pipeline wants its own kind.
  return Readable.from(tar);
}

async function randomLayers(work: string, sizes: number[]): Promise<Layer[]> {
  const layers: Layer[] = [];
  for (const [i, size] of sizes.entries()) {
    layers.push(
      await writeLayer(randomTar(`data/random-${i}.bin`, size), {
        workDir: work,
        compression: 'gzip',
        level: 1,
        format: 'oci',
        storePaths: [],
        description: `random ${size} bytes`,
      }),
    );
  }
  // Its threads would keep the process alive; the pool starts again when next needed.
  await closeCompressionPool();
  return layers;
}

/** Writes layers + a config + a manifest as a layout; blobs are then read back from it. */
async function toLayout(name: string, layers: Layer[]): Promise<LayoutImage> {
  const time = imageTime({});
  const config = bufferBlob(
    MEDIA_TYPES.ociConfig,
    imageConfig({
      ...platformFromNixSystem('x86_64-linux'),
      diffIds: layers.map((l) => l.diffId),
      history: layers.map(layerHistory),
      created: time.created,
      config: {},
    }),
  );
  const manifest = imageManifest('oci', config, layers);
  const layout = join(await benchScratch(), name);
  await writeOciLayout(layout, { manifest, config, layers }, LAYOUT_TAG);
  await openToAll(layout);
  const fromLayout = (b: Blob): Blob => ({
    mediaType: b.mediaType,
    digest: b.digest,
    size: b.size,
    open: () =>
      createReadStream(join(layout, 'blobs', 'sha256', b.digest.slice('sha256:'.length)), {
        highWaterMark: MiB,
      }),
  });
  const blobs = layers.map(fromLayout);
  return {
    layout,
    tag: LAYOUT_TAG,
    layers: blobs,
    config: fromLayout(config),
    manifest,
    bytes: blobs.reduce((n, b) => n + b.size, config.size),
  };
}

const made = new Map<string, Promise<LayoutImage>>();

/** An image of random layers of the given sizes (bytes of content each). */
export function randomImage(name: string, sizes: number[]): Promise<LayoutImage> {
  const key = `random:${name}`;
  if (!made.has(key)) {
    made.set(
      key,
      (async () =>
        toLayout(
          name,
          await randomLayers(await mkdtemp(join(await benchScratch(), 'w-')), sizes),
        ))(),
    );
  }
  return made.get(key) as Promise<LayoutImage>;
}

export const MIXED_PACKAGES = ['many-deps', 'hello', 'shell', 'awkward'];
export const MIXED_RANDOM_SIZES = [200, 40, 30, 20].map((m) => m * MiB);

/**
 * The fresh-push image: the test package set's `many-deps hello shell awkward` packed by
 * the action's own layer code, under four random layers (one of 200 MiB) — about 300 MB
 * in 30 layers.
 */
export function mixedImage(): Promise<LayoutImage> {
  const key = 'mixed';
  if (!made.has(key)) {
    made.set(
      key,
      (async () => {
        const work = await mkdtemp(join(await benchScratch(), 'w-'));
        const built = await buildPackages({
          packages: MIXED_PACKAGES,
          contents: [],
          pkgSource: parsePkgSource(testPkgSource),
        });
        const nix = await assembleImage({
          closure: built.closure,
          system: built.system,
          customisation: {
            links: built.packages.map((p) => p.outPath),
            copies: [],
            uid: 0,
            gid: 0,
          },
          maxLayers: 96,
          compression: 'gzip',
          format: 'oci',
          workDir: work,
          time: imageTime({}),
        });
        return toLayout('mixed', [
          ...(await randomLayers(work, MIXED_RANDOM_SIZES)),
          ...nix.layers,
        ]);
      })(),
    );
  }
  return made.get(key) as Promise<LayoutImage>;
}

export function describeImage(image: LayoutImage): string {
  return `${image.layers.length} layers, ${(image.bytes / 1e6).toFixed(1)} MB compressed`;
}
