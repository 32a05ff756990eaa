import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack as tarPack, type Header, type Pack } from 'tar-stream';
import { NixeryError } from '../core/errors.ts';
import type { Blob, Layer } from '../oci/blob.ts';
import type { Manifest } from '../oci/manifest.ts';
import { DigestTap } from '../core/digest.ts';
import { digestHex, partialName } from './blob-file.ts';
import { openUncompressed, uncompressedSize } from './uncompressed.ts';

export interface DockerArchiveImage {
  /** Not stored: `docker load` rebuilds a manifest from the config and layers. */
  manifest?: Manifest;
  config: Blob;
  layers: Layer[];
  /** Full references (`ghcr.io/owner/name:tag`) that `docker load` tags the image with. */
  repoTags: string[];
  /** A file already holding a layer's tar (written while the layer was made), if any. */
  tarFile?: (layer: Layer) => string | undefined;
}

// The tag part of a reference (distribution's reference grammar).
const TAGGED = /^[^\s@]+:[\w][\w.-]{0,127}$/;

/**
 * Writes the tar `docker save` writes and `docker load` / `podman load` /
 * `skopeo … docker-archive:` read: `manifest.json` (`[{Config, RepoTags, Layers}]`), the
 * config as `<hex>.json` and each layer as an uncompressed `<diffId hex>.tar` (a loader
 * checks the config's diff_ids against these files). Entries have fixed owners and times,
 * so the same image gives the same archive. Layers are streamed, never held in memory; the
 * archive is written under a temporary name and renamed when complete.
 */
export async function writeDockerArchive(file: string, image: DockerArchiveImage): Promise<void> {
  for (const ref of image.repoTags) {
    const tail = ref.slice(ref.lastIndexOf('/') + 1);
    if (!TAGGED.test(ref) || !tail.includes(':')) {
      throw new NixeryError(
        `docker archive ${file}: ${JSON.stringify(ref)} is not a <name>:<tag> reference`,
        'OUTPUT_BAD_TAG',
      );
    }
  }
  await mkdir(dirname(file), { recursive: true });
  const partial = partialName(file);
  const pack = tarPack();
  const producing = addEntries(pack, image).then(
    () => pack.finalize(),
    (err: Error) => {
      pack.destroy(err);
      throw err;
    },
  );
  try {
    // tar-stream's pack is a streamx stream; Readable.from gives Node's pipeline a plain one.
    const writing = pipeline(
      Readable.from(pack, { objectMode: false }),
      createWriteStream(partial),
    );
    // Both sides must have stopped before the partial file is removed, or a late open or
    // write could bring it back.
    const failed = (await Promise.allSettled([producing, writing])).find(
      (r) => r.status === 'rejected',
    );
    if (failed) throw failed.reason;
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

async function addEntries(pack: Pack, image: DockerArchiveImage): Promise<void> {
  const configName = `${digestHex(image.config.digest)}.json`;
  await addEntry(pack, configName, image.config.size, image.config.open(), image.config.digest);
  const layerNames: string[] = [];
  const written = new Set<string>();
  for (const layer of image.layers) {
    const name = `${digestHex(layer.diffId)}.tar`;
    layerNames.push(name);
    if (written.has(name)) continue;
    written.add(name);
    const staged = image.tarFile?.(layer);
    if (staged !== undefined) {
      const { size } = await stat(staged);
      await addEntry(
        pack,
        name,
        size,
        createReadStream(staged, { highWaterMark: 1 << 20 }),
        layer.diffId,
      );
      continue;
    }
    const size = await uncompressedSize(layer);
    await addEntry(pack, name, size, openUncompressed(layer), layer.diffId);
  }
  const manifest = [{ Config: configName, RepoTags: image.repoTags, Layers: layerNames }];
  const body = Buffer.from(`${JSON.stringify(manifest)}\n`);
  await addEntry(pack, 'manifest.json', body.length, Readable.from([body]));
}

/** One regular file; its bytes are hashed on the way when an expected digest is given. */
function addEntry(
  pack: Pack,
  name: string,
  size: number,
  bytes: Readable,
  expected?: string,
): Promise<void> {
  const header: Partial<Header> & Pick<Header, 'name'> = {
    name,
    size,
    type: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    uname: '',
    gname: '',
    mtime: new Date(0),
  };
  const tap = new DigestTap();
  return new Promise((resolve, reject) => {
    const sink = pack.entry(header, (err) => {
      if (err) return reject(err);
      if (expected !== undefined && tap.digest !== expected) {
        return reject(
          new NixeryError(
            `${name}: bytes read as ${tap.digest}, expected ${expected}`,
            'BLOB_MISMATCH',
          ),
        );
      }
      resolve();
    });
    // The sink reports a short or failed entry both to the callback and as an 'error' event,
    // which would be thrown if nobody listened.
    sink.on('error', reject);
    bytes.on('error', (err) => {
      sink.destroy(err);
      reject(err);
    });
    bytes.pipe(tap).pipe(sink);
  });
}
