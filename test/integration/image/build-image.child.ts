/**
 * Builds an image in its own process, for the reproducibility test: argv[2] is a JSON
 * request; the result (manifest digest and layers) is printed as JSON on stdout.
 */
import { assembleImage } from '../../../src/image/assemble.ts';
import { closeCompressionPool } from '../../../src/image/compress-pool.ts';
import type { Compression } from '../../../src/image/compress.ts';
import { imageTime } from '../../../src/image/epoch.ts';
import { loadLayerCache, saveLayerCache } from '../../helpers/layer-cache.ts';
import { buildPackages } from '../../../src/nix/build.ts';
import { readClosure } from '../../../src/nix/closure.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';

interface ChildRequest {
  workDir: string;
  compression: Compression;
  /** Package names from pkgSource, or store paths as they are. */
  packages?: string[];
  pkgSource?: string;
  roots?: string[];
  cacheFile?: string;
  maxLayers?: number;
}

const req = JSON.parse(process.argv[2] as string) as ChildRequest;
let links: string[];
let closure;
let system = 'x86_64-linux';
if (req.packages) {
  const built = await buildPackages({
    packages: req.packages,
    contents: [],
    pkgSource: parsePkgSource(req.pkgSource as string, 'pkg-source'),
  });
  links = built.packages.map((p) => p.outPath);
  closure = built.closure;
  system = built.system;
} else {
  links = req.roots as string[];
  closure = await readClosure(links);
}
const cache = req.cacheFile ? await loadLayerCache(req.cacheFile) : undefined;
const image = await assembleImage({
  closure,
  system,
  customisation: { links, copies: [], uid: 0, gid: 0 },
  maxLayers: req.maxLayers ?? 96,
  compression: req.compression,
  format: 'oci',
  workDir: req.workDir,
  time: imageTime(),
  cache,
});
if (req.cacheFile) await saveLayerCache(req.cacheFile, image.records);
await closeCompressionPool();
process.stdout.write(
  JSON.stringify({
    manifest: image.manifest.digest,
    reused: image.reused,
    layers: image.layers.map((l) => ({ digest: l.digest, paths: l.storePaths })),
  }),
);
