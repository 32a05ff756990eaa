// Small images held in memory for the output writers' unit tests: real tars and real gzip,
// without the layer pipeline (whose compression threads these tests do not need).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { extract, pack as tarPack } from 'tar-stream';
import { bufferBlob, type Layer } from '../../../src/oci/blob.ts';
import { sha256Digest } from '../../../src/core/digest.ts';
import { imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import type { LocalImage } from '../../../src/output/oci-layout.ts';

/** A tar of small text files, built in memory. */
export async function smallTar(files: Record<string, string>): Promise<Buffer> {
  const pack = tarPack();
  for (const [name, text] of Object.entries(files)) pack.entry({ name, mtime: new Date(0) }, text);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function memoryLayer(tar: Buffer, compression: 'gzip' | 'none'): Layer & { tar: Buffer } {
  const bytes = compression === 'gzip' ? gzipSync(tar) : tar;
  return {
    mediaType: compression === 'gzip' ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar,
    digest: sha256Digest(bytes),
    size: bytes.length,
    diffId: sha256Digest(tar),
    storePaths: [],
    description: `${compression} layer`,
    tar,
    open: () => Readable.from([bytes]),
  };
}

/** An image of one gzip and one uncompressed layer, told apart by `seed`. */
export async function smallImage(seed: string): Promise<LocalImage<Layer & { tar: Buffer }>> {
  const layers = [
    memoryLayer(await smallTar({ 'bin/tool': `${seed} tool\n`, 'etc/conf': seed }), 'gzip'),
    memoryLayer(await smallTar({ 'share/data': `${seed} data\n` }), 'none'),
  ];
  const config = bufferBlob(
    MEDIA_TYPES.ociConfig,
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Labels: { seed } },
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      }),
    ),
  );
  return { manifest: imageManifest('oci', config, layers), config, layers };
}

/** Every entry of a tar file, by name. */
export async function readTarEntries(file: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const ex = extract();
  createReadStream(file).pipe(ex);
  for await (const entry of ex) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.set(entry.header.name, Buffer.concat(chunks));
  }
  return entries;
}
