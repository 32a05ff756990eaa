import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { promisify } from 'node:util';
import type { Blob } from '../../src/oci/blob.ts';
import type { ClosureGraph } from '../../src/image/graph.ts';
import { planImageLayers, type LayeringStrategy } from '../../src/image/layers.ts';
import type { Manifest } from '../../src/oci/manifest.ts';
import { requireTool } from './tools.ts';

const run = promisify(execFile);
const NIX_ENV = { ...process.env, NIX_CONFIG: process.env.NIX_CONFIG ?? 'substituters =' };

/** A seeded PRNG (mulberry32): random tests that fail can be replayed from their seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random closure graph: path i may only refer to paths before it, so it is a DAG like a
 * real store closure; every path without dependents is a root.
 */
export function randomClosureGraph(
  random: () => number,
  size: number,
  density = 0.1,
): ClosureGraph {
  const names = Array.from({ length: size }, (_, i) => {
    const hash = Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
    return `/nix/store/${hash}${String(i).padStart(4, '0')}-p${i}`;
  });
  const refs = names.map((_, i) => names.filter((_, j) => j < i && random() < density));
  const referenced = new Set(refs.flat());
  const paths = names
    .map((path, i) => ({
      path,
      references: [...(refs[i] ?? [])].sort(),
      narSize: 1000 + i,
      narHash: `sha256:${i}`,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { roots: names.filter((n) => !referenced.has(n)).sort(), paths };
}

export interface FixtureSpec {
  name: string;
  /**
   * A busybox `sh -e -c` script that fills `$out`; `$dep_<name>` holds each dependency and
   * `$busybox` the store path of busybox (for `#!$busybox/bin/busybox sh` scripts).
   */
  script: string;
  deps?: string[];
}

const FIXTURE_NIX = `{ busyboxDir, specJson }:
let
  bb = builtins.path { path = /. + busyboxDir; name = "busybox"; };
  spec = builtins.fromJSON specJson;
  mk = f: derivation ({
    name = f.name;
    system = builtins.currentSystem;
    builder = "\${bb}/bin/busybox";
    args = [ "sh" "-e" "-c" f.script ];
    busybox = bb;
  } // builtins.listToAttrs (map (d: { name = "dep_" + d; value = built.\${d}; }) (f.deps or [])));
  built = builtins.listToAttrs (map (f: { name = f.name; value = mk f; }) spec);
in built
`;

/**
 * Builds small store paths with real Nix, from scripts run by the static busybox (which
 * Nix copies into the store itself, so the fixtures need no nixpkgs). Returns name → path.
 */
export async function buildFixtures(specs: FixtureSpec[]): Promise<Record<string, string>> {
  requireTool('nix-build', 'apt-get install -y nix-bin');
  requireTool('busybox', 'apt-get install -y busybox-static');
  const dir = await mkdtemp(join(tmpdir(), 'nixery-fixture-'));
  await mkdir(join(dir, 'busybox', 'bin'), { recursive: true });
  await copyFile('/usr/bin/busybox', join(dir, 'busybox', 'bin', 'busybox'));
  const file = join(dir, 'fixtures.nix');
  await writeFile(file, FIXTURE_NIX);
  const args = [
    '--argstr',
    'busyboxDir',
    join(dir, 'busybox'),
    '--argstr',
    'specJson',
    JSON.stringify(specs),
  ];
  await run('nix-build', ['--no-out-link', file, ...args], { env: NIX_ENV });
  const { stdout } = await run(
    'nix-instantiate',
    [
      '--eval',
      '--strict',
      '--json',
      '--read-write-mode',
      '-E',
      `{ busyboxDir, specJson }@a: builtins.mapAttrs (n: d: d.outPath) (import ${file} a)`,
      ...args,
    ],
    { env: NIX_ENV },
  );
  return JSON.parse(stdout) as Record<string, string>;
}

/** Writes a stream to a temp file and returns its path. */
export async function saveStream(
  stream: NodeJS.ReadableStream,
  dir: string,
  name: string,
): Promise<string> {
  const file = join(dir, name);
  await pipeline(stream, createWriteStream(file));
  return file;
}

/** The closure graph of store paths, read with the legacy CLI (works on Nix 2.8). */
export async function closureGraphOf(roots: string[]): Promise<ClosureGraph> {
  const query = async (...args: string[]) =>
    (await run('nix-store', ['--query', ...args], { env: NIX_ENV, maxBuffer: 1 << 26 })).stdout
      .trim()
      .split('\n');
  const paths = (await query('--requisites', ...roots)).sort();
  const infos = [];
  for (const path of paths) {
    const references = (await query('--references', path))
      .filter((r) => r !== '' && r !== path)
      .sort();
    const [narSize] = await query('--size', path);
    const [narHash] = await query('--hash', path);
    infos.push({ path, references, narSize: Number(narSize), narHash: narHash as string });
  }
  return { roots: [...roots].sort(), paths: infos };
}

export interface TarListing {
  type: string;
  mode: string;
  uid: number;
  gid: number;
  size: number;
  mtime: string;
  name: string;
  target?: string;
}

/** Lists a tar with GNU tar itself (numeric owners, full times, names unescaped). */
export async function gnuTarList(file: string): Promise<TarListing[]> {
  requireTool('tar', 'apt-get install -y tar');
  const { stdout } = await run(
    'tar',
    [
      '--list',
      '--verbose',
      '--numeric-owner',
      '--full-time',
      '--quoting-style=literal',
      '-f',
      file,
    ],
    { maxBuffer: 1 << 28, env: { ...process.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' } },
  );
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(\S)(\S{9}) (\d+)\/(\d+) +(\d+) (\S+ \S+) (.*)$/.exec(line);
      if (!m) throw new Error(`unexpected tar listing line: ${line}`);
      const [, type, mode, uid, gid, size, mtime, rest] = m as unknown as string[];
      const arrow = type === 'l' ? (rest as string).indexOf(' -> ') : -1;
      return {
        type: type as string,
        mode: mode as string,
        uid: Number(uid),
        gid: Number(gid),
        size: Number(size),
        mtime: mtime as string,
        name: arrow >= 0 ? (rest as string).slice(0, arrow) : (rest as string),
        ...(arrow >= 0 ? { target: (rest as string).slice(arrow + 4) } : {}),
      };
    });
}

/**
 * Writes an OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md)
 * holding one image tagged `tag`, for umoci and skopeo to read.
 */
export async function writeOciLayout(
  dir: string,
  manifest: Manifest,
  config: Blob,
  layers: Blob[],
  tag = 'latest',
): Promise<void> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  for (const blob of [config, ...layers]) {
    await pipeline(blob.open(), createWriteStream(join(blobs, hexOf(blob.digest))));
  }
  await writeFile(join(blobs, hexOf(manifest.digest)), manifest.body);
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.body.length,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      },
    ],
  };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
}

function hexOf(digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return digest.slice('sha256:'.length);
}

/**
 * The store layers alone, for tests that keep the customisation layer apart (maxLayers ≥ 2).
 */
export function planLayers(
  graph: ClosureGraph,
  maxLayers: number,
  strategy: LayeringStrategy = 'expected-upload',
): string[][] {
  if (!Number.isInteger(maxLayers) || maxLayers < 2) {
    throw new Error(
      `max-layers must be a whole number of at least 2 (one store layer and the customisation layer), got ${maxLayers}`,
    );
  }
  return planImageLayers(graph, { maxLayers, strategy }).storeLayers;
}
