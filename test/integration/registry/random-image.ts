import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Blob } from '../../../src/oci/blob.ts';
import type { Manifest } from '../../../src/oci/manifest.ts';

const run = promisify(execFile);

export interface TestImage {
  layers: Blob[];
  config: Blob;
  manifest: Manifest;
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

/**
 * A small valid OCI image: each layer is a GNU tar of a directory holding random files,
 * gzipped; the config lists the tars' diff_ids. Files live under `dir` and are re-opened on demand.
 */
export async function randomImage(
  dir: string,
  layerCount: number,
  fileBytes = 4096,
): Promise<TestImage> {
  const layers: Blob[] = [];
  const diffIds: string[] = [];
  for (let i = 0; i < layerCount; i++) {
    const root = await mkdtemp(join(dir, `layer-${i}-`));
    await mkdir(join(root, 'data'));
    await writeFile(join(root, 'data', `file-${i}.bin`), randomBytes(fileBytes + i * 1000));
    await writeFile(join(root, 'data', 'name.txt'), `layer ${i}\n`);
    const tarPath = join(dir, `layer-${i}.tar`);
    await run('tar', [
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '-cf',
      tarPath,
      '-C',
      root,
      'data',
    ]);
    const tar = await readFile(tarPath);
    diffIds.push(sha256(tar));
    const gzPath = `${tarPath}.gz`;
    await writeFile(gzPath, gzipSync(tar));
    layers.push(await fileBlob(gzPath, OCI_LAYER_GZIP));
  }
  const configBody = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: diffIds },
    }),
  );
  const config = bufferBlob(configBody, OCI_CONFIG);
  return { layers, config, manifest: manifestFor(config, layers) };
}

export function manifestFor(config: Blob, layers: Blob[]): Manifest {
  const descriptor = (b: Blob) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size });
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(config),
      layers: layers.map(descriptor),
    }),
  );
  return { mediaType: OCI_MANIFEST, body, digest: sha256(body) };
}

export async function fileBlob(path: string, mediaType: string): Promise<Blob> {
  const bytes = await readFile(path);
  return {
    mediaType,
    digest: sha256(bytes),
    size: bytes.length,
    open: () => createReadStream(path),
  };
}

export function bufferBlob(bytes: Buffer, mediaType: string): Blob {
  return {
    mediaType,
    digest: sha256(bytes),
    size: bytes.length,
    open: () => Readable.from([bytes]),
  };
}

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
