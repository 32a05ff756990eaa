/**
 * The default layering on images built by real Nix from the test package set: the layers
 * are assembled (tar, gzip, digests) as for a push, and compared by digest, so the shares
 * below are of the bytes a registry would receive.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assembleImage } from '../../../src/image/assemble.ts';
import type { Layer } from '../../../src/oci/blob.ts';
import { closeCompressionPool } from '../../../src/image/compress-pool.ts';
import { imageTime } from '../../../src/image/epoch.ts';
import { DEFAULT_LAYERING } from '../../../src/image/layers.ts';
import { buildPackages } from '../../../src/nix/build.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';

let scratch: string;
let builds = 0;

async function imageLayers(packages: string[], maxLayers: number): Promise<Layer[]> {
  const built = await buildPackages({
    packages,
    contents: [],
    pkgSource: parsePkgSource(testPkgSource, 'pkg-source'),
  });
  const image = await assembleImage({
    closure: built.closure,
    system: built.system,
    customisation: { links: built.packages.map((p) => p.outPath), copies: [], uid: 0, gid: 0 },
    maxLayers,
    compression: 'gzip',
    format: 'oci',
    workDir: join(scratch, `build-${builds++}`),
    time: imageTime({}),
  });
  assert.ok(image.layers.length <= maxLayers, `${image.layers.length} layers`);
  return image.layers;
}

/** Share of the bytes of `of` that are in layers `other` has too (same digest). */
function sharedShare(of: Layer[], other: Layer[]): number {
  const digests = new Set(other.map((l) => l.digest));
  const total = of.reduce((s, l) => s + l.size, 0);
  return of.filter((l) => digests.has(l.digest)).reduce((s, l) => s + l.size, 0) / total;
}

describe(`default layering (${DEFAULT_LAYERING}) on real Nix closures`, () => {
  before(async () => void (scratch = await mkdtemp(join(tmpdir(), 'nixery-layering-'))));
  after(async () => {
    await closeCompressionPool();
    await rm(scratch, { recursive: true, force: true });
  });

  for (const [maxLayers, least] of [
    [4, 0.9],
    [96, 0.95],
  ] as const) {
    it(`greet wide vs greetAlt wide at max-layers ${maxLayers}: ≥ ${least} of the second image's bytes in shared layers`, async () => {
      const first = await imageLayers(['greet', 'wide'], maxLayers);
      const second = await imageLayers(['greetAlt', 'wide'], maxLayers);
      const share = sharedShare(second, first);
      console.log(`max-layers ${maxLayers}: ${share.toFixed(3)} of greetAlt wide shared`);
      assert.ok(share >= least, `${share.toFixed(3)} shared`);
    });
  }

  for (const [maxLayers, least] of [
    [96, 0.9],
    [8, 0.8],
  ] as const) {
    it(`adding one package at max-layers ${maxLayers}: ≥ ${least} of the previous image's bytes in unchanged layers`, async () => {
      const base = ['shell', 'coreutils', 'many-deps', 'wide', 'greet'];
      const previous = await imageLayers(base, maxLayers);
      const next = await imageLayers([...base, 'hello'], maxLayers);
      const share = sharedShare(previous, next);
      console.log(`max-layers ${maxLayers}: ${share.toFixed(3)} of the previous image kept`);
      assert.ok(share >= least, `${share.toFixed(3)} kept`);
    });
  }
});
