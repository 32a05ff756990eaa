import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Blob, Layer } from '../../../src/oci/blob.ts';
import { MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import { writeOciLayout, type LocalImage } from '../../../src/output/oci-layout.ts';
import { smallImage } from './fixtures.ts';

const REF = 'org.opencontainers.image.ref.name';

interface Index {
  manifests: {
    digest: string;
    size: number;
    mediaType: string;
    annotations?: Record<string, string>;
  }[];
}

async function readIndex(dir: string): Promise<Index> {
  return JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Index;
}

function refs(index: Index): Record<string, string> {
  return Object.fromEntries(index.manifests.map((m) => [m.annotations?.[REF] ?? '', m.digest]));
}

describe('writeOciLayout', () => {
  let work: string;
  let image: LocalImage<Layer>;
  let other: LocalImage<Layer>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'nixery-oci-layout-'));
    image = await smallImage('one');
    other = await smallImage('two');
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('writes oci-layout, every blob under its digest, and one index entry per tag', async () => {
    const dir = join(work, 'fresh', 'layout');
    await writeOciLayout(dir, image, ['latest', 'v1']);
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8')), {
      imageLayoutVersion: '1.0.0',
    });
    const index = await readIndex(dir);
    assert.deepEqual(refs(index), { latest: image.manifest.digest, v1: image.manifest.digest });
    for (const m of index.manifests) {
      assert.equal(m.mediaType, MEDIA_TYPES.ociManifest);
      assert.equal(m.size, image.manifest.body.length);
    }
    const blobs = join(dir, 'blobs', 'sha256');
    const expected = [
      image.manifest.digest,
      image.config.digest,
      ...image.layers.map((l) => l.digest),
    ];
    assert.deepEqual((await readdir(blobs)).sort(), expected.map((d) => d.slice(7)).sort());
    for (const digest of expected) {
      const bytes = await readFile(join(blobs, digest.slice(7)));
      assert.equal(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, digest);
    }
    assert.deepEqual(await readdir(join(work, 'fresh')), ['layout'], 'no partial folder left');
  });

  it('adds to an existing layout, replacing only the entries of the same tags', async () => {
    const dir = join(work, 'shared');
    await writeOciLayout(dir, image, ['latest', 'v1']);
    await writeOciLayout(dir, other, 'latest');
    assert.deepEqual(refs(await readIndex(dir)), {
      v1: image.manifest.digest,
      latest: other.manifest.digest,
    });
    const names = await readdir(join(dir, 'blobs', 'sha256'));
    assert.ok(
      names.includes(image.manifest.digest.slice(7)) &&
        names.includes(other.manifest.digest.slice(7)),
    );
    assert.ok(!(await readdir(dir)).some((n) => n.includes('partial')));
  });

  it('takes over an empty folder', async () => {
    const dir = join(work, 'empty');
    await mkdir(dir);
    await writeOciLayout(dir, image, 'latest');
    assert.deepEqual(refs(await readIndex(dir)), { latest: image.manifest.digest });
  });

  it('refuses a folder that holds something else, and a file', async () => {
    const dir = join(work, 'taken');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await assert.rejects(
      writeOciLayout(dir, image, 'latest'),
      /not an OCI layout or an empty folder/,
    );
    assert.deepEqual(await readdir(dir), ['notes.txt']);
    await assert.rejects(
      writeOciLayout(join(dir, 'notes.txt'), image, 'latest'),
      /not an OCI layout/,
    );
  });

  it('leaves nothing behind when a blob cannot be written', async () => {
    const broken: Blob = {
      ...image.layers[0]!,
      open: () =>
        Readable.from(
          (async function* () {
            yield Buffer.from('partial bytes');
            throw new Error('disk on fire');
          })(),
        ),
    };
    const parent = join(work, 'failing');
    await mkdir(parent);
    await assert.rejects(
      writeOciLayout(join(parent, 'layout'), { ...image, layers: [broken] }, 'latest'),
      /disk on fire/,
    );
    assert.deepEqual(await readdir(parent), []);
  });

  it('refuses a blob whose bytes do not match its digest, keeping the old index', async () => {
    const dir = join(work, 'kept');
    await writeOciLayout(dir, image, 'latest');
    const before = await readFile(join(dir, 'index.json'), 'utf8');
    const liar: Blob = { ...other.config, open: () => Readable.from([Buffer.from('other bytes')]) };
    await assert.rejects(writeOciLayout(dir, { ...other, config: liar }, 'latest'), /read back as/);
    assert.equal(await readFile(join(dir, 'index.json'), 'utf8'), before);
    const names = await readdir(join(dir, 'blobs', 'sha256'));
    assert.ok(!names.includes(other.config.digest.slice(7)));
    assert.ok(!names.some((n) => n.includes('partial')));
  });
});
