import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { NixeryError } from '../core/errors.ts';
import { bufferBlob, type Blob } from '../oci/blob.ts';
import { MEDIA_TYPES, type Manifest } from '../oci/manifest.ts';
import { partialName, writeBlobFile } from './blob-file.ts';

/** An image as the local writers need it: the bytes of the manifest, config and layers. */
export interface LocalImage<L extends Blob = Blob> {
  manifest: Manifest;
  config: Blob;
  layers: L[];
}

const REF_NAME = 'org.opencontainers.image.ref.name';
const LAYOUT_FILE = { imageLayoutVersion: '1.0.0' };

const indexSchema = z.looseObject({
  schemaVersion: z.literal(2),
  manifests: z.array(
    z.looseObject({
      mediaType: z.string(),
      digest: z.string(),
      size: z.number(),
      annotations: z.record(z.string(), z.string()).optional(),
    }),
  ),
});
type IndexDocument = z.infer<typeof indexSchema>;

/**
 * Writes an OCI image layout (image-spec `image-layout.md`): `oci-layout`, `blobs/sha256/*`
 * and `index.json` naming the manifest once per tag with `org.opencontainers.image.ref.name`,
 * which is what `skopeo … oci:<dir>:<tag>` and `umoci --image <dir>:<tag>` look up.
 *
 * A new layout is built in a folder beside `dir` and renamed into place. An existing layout
 * gets the new blobs first (each complete before it is named) and a new `index.json` last,
 * replacing only the entries for these tags; a failure leaves the old index in force.
 */
export async function writeOciLayout(
  dir: string,
  image: LocalImage,
  tags: string | string[],
): Promise<void> {
  const staged = await startOciLayout(dir, tags);
  await staged.finish(image);
}

/** An OCI layout being written: blobs may land in `blobsDir` before the image is complete. */
export interface StagedOciLayout {
  /** Content-addressed folder where a blob file, once complete, may be put under its hex. */
  blobsDir: string;
  /** Writes what is missing, then the index: the image becomes visible. */
  finish(image: LocalImage): Promise<void>;
  /** Removes a layout that was never finished (an existing one keeps its old index). */
  abort(): Promise<void>;
}

/**
 * Begins a layout, so that layers can be written into it while they are made. The checks
 * (tags, what `dir` holds) are made now, before any work.
 */
export async function startOciLayout(
  dir: string,
  tags: string | string[],
): Promise<StagedOciLayout> {
  const refNames = typeof tags === 'string' ? [tags] : [...new Set(tags)];
  if (refNames.length === 0 || refNames.some((t) => t === '' || /\s/.test(t))) {
    throw new NixeryError(`OCI layout ${dir}: tags must be non-empty words`, 'OUTPUT_BAD_TAG');
  }
  const state = await layoutState(dir);
  if (state === 'existing') {
    const blobsDir = join(dir, 'blobs', 'sha256');
    await mkdir(blobsDir, { recursive: true });
    return {
      blobsDir,
      finish: async (image) => fillLayout(dir, image, refNames, await readIndex(dir)),
      abort: async () => {},
    };
  }
  await mkdir(dirname(dir), { recursive: true });
  const partial = partialName(dir);
  const blobsDir = join(partial, 'blobs', 'sha256');
  await mkdir(blobsDir, { recursive: true });
  const abort = () => rm(partial, { recursive: true, force: true });
  return {
    blobsDir,
    abort,
    finish: async (image) => {
      try {
        await fillLayout(partial, image, refNames, { schemaVersion: 2, manifests: [] });
        // rename(2) replaces an empty folder, so an empty `dir` is taken over as well.
        await rename(partial, dir);
      } catch (err) {
        await abort();
        throw err;
      }
    },
  };
}

async function layoutState(dir: string): Promise<'absent' | 'empty' | 'existing'> {
  const st = await stat(dir).catch(() => undefined);
  if (st === undefined) return 'absent';
  if (st.isDirectory()) {
    const names = await readdir(dir);
    if (names.length === 0) return 'empty';
    if (names.includes('oci-layout') && names.includes('index.json')) return 'existing';
  }
  throw new NixeryError(
    `Cannot write an OCI layout to ${dir}: it exists and is not an OCI layout or an empty folder`,
    'OUTPUT_PATH_TAKEN',
  );
}

async function readIndex(dir: string): Promise<IndexDocument> {
  const file = join(dir, 'index.json');
  const parsed = indexSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    throw new NixeryError(
      `${file} is not an OCI image index: ${z.prettifyError(parsed.error)}`,
      'OUTPUT_BAD_LAYOUT',
    );
  }
  return parsed.data;
}

async function fillLayout(
  dir: string,
  image: LocalImage,
  refNames: string[],
  index: IndexDocument,
): Promise<void> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  for (const blob of [...image.layers, image.config]) await writeBlobFile(blobs, blob);
  const manifest = image.manifest;
  await writeBlobFile(blobs, bufferBlob(manifest.mediaType, manifest.body));
  await writeFile(join(dir, 'oci-layout'), `${JSON.stringify(LAYOUT_FILE)}\n`);
  const kept = index.manifests.filter((m) => !refNames.includes(m.annotations?.[REF_NAME] ?? ''));
  const added = refNames.map((ref) => ({
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.body.length,
    annotations: { [REF_NAME]: ref },
  }));
  const next = { ...index, mediaType: MEDIA_TYPES.ociIndex, manifests: [...kept, ...added] };
  // The index is what makes the image visible: it is replaced in one rename, after the blobs.
  const indexFile = join(dir, 'index.json');
  const partial = partialName(indexFile);
  try {
    await writeFile(partial, `${JSON.stringify(next, null, 2)}\n`);
    await rename(partial, indexFile);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
