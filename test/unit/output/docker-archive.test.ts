import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { extract } from 'tar-stream';
import type { Layer } from '../../../src/oci/blob.ts';
import { sha256Digest } from '../../../src/core/digest.ts';
import { writeDockerArchive } from '../../../src/output/docker-archive.ts';
import { smallImage } from './fixtures.ts';

interface Entry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  bytes: Buffer;
}

async function readArchive(file: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  const ex = extract();
  createReadStream(file).pipe(ex);
  for await (const entry of ex) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const h = entry.header;
    entries.push({
      name: h.name,
      mode: h.mode ?? -1,
      uid: h.uid ?? -1,
      gid: h.gid ?? -1,
      mtime: h.mtime?.getTime() ?? -1,
      bytes: Buffer.concat(chunks),
    });
  }
  return entries;
}

const hex = (digest: string) => digest.slice('sha256:'.length);

describe('writeDockerArchive', () => {
  let work: string;
  let image: Awaited<ReturnType<typeof smallImage>>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'nixery-docker-archive-'));
    image = await smallImage('one');
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('writes manifest.json, the config and every layer uncompressed, named by digest', async () => {
    const file = join(work, 'out', 'image.tar');
    await writeDockerArchive(file, {
      ...image,
      repoTags: ['ghcr.io/octo/tools:latest', 'ghcr.io/octo/tools:v1'],
    });
    const entries = await readArchive(file);
    const layerNames = image.layers.map((l) => `${hex(l.diffId)}.tar`);
    const configName = `${hex(image.config.digest)}.json`;
    assert.deepEqual(
      entries.map((e) => e.name),
      [configName, ...layerNames, 'manifest.json'],
    );
    const byName = new Map(entries.map((e) => [e.name, e]));
    assert.deepEqual(JSON.parse(byName.get('manifest.json')!.bytes.toString()), [
      {
        Config: configName,
        RepoTags: ['ghcr.io/octo/tools:latest', 'ghcr.io/octo/tools:v1'],
        Layers: layerNames,
      },
    ]);
    assert.equal(sha256Digest(byName.get(configName)!.bytes), image.config.digest);
    for (const layer of image.layers) {
      const bytes = byName.get(`${hex(layer.diffId)}.tar`)!.bytes;
      assert.equal(sha256Digest(bytes), layer.diffId, 'a layer file hashes to its diffId');
      assert.deepEqual(bytes, layer.tar);
    }
    for (const e of entries) {
      assert.deepEqual([e.mode, e.uid, e.gid, e.mtime], [0o644, 0, 0, 0], e.name);
    }
    assert.deepEqual(await readdir(join(work, 'out')), ['image.tar'], 'no partial file left');
  });

  it('gives the same bytes every time', async () => {
    const a = join(work, 'a.tar');
    const b = join(work, 'b.tar');
    await writeDockerArchive(a, { ...image, repoTags: ['x:1'] });
    await writeDockerArchive(b, { ...image, repoTags: ['x:1'] });
    assert.deepEqual(await readFile(a), await readFile(b));
  });

  it('writes a layer that appears twice once, and may be untagged', async () => {
    const file = join(work, 'twice.tar');
    const layers = [image.layers[0]!, image.layers[1]!, image.layers[0]!];
    await writeDockerArchive(file, { config: image.config, layers, repoTags: [] });
    const entries = await readArchive(file);
    assert.equal(entries.length, 4);
    const manifest = JSON.parse(entries.at(-1)!.bytes.toString()) as {
      Layers: string[];
      RepoTags: string[];
    }[];
    assert.deepEqual(
      manifest[0]!.Layers,
      layers.map((l) => `${hex(l.diffId)}.tar`),
    );
    assert.deepEqual(manifest[0]!.RepoTags, []);
  });

  it('refuses a layer whose bytes do not decompress to its diffId, leaving no file', async () => {
    const dir = join(work, 'bad-diffid');
    await mkdir(dir);
    const wrong: Layer = { ...image.layers[0]!, diffId: image.layers[1]!.diffId };
    await assert.rejects(
      writeDockerArchive(join(dir, 'image.tar'), { ...image, layers: [wrong], repoTags: [] }),
      /not its diffId/,
    );
    const lying: Layer = {
      ...image.layers[1]!,
      open: () => Readable.from([Buffer.from('not a tar')]),
    };
    await assert.rejects(
      writeDockerArchive(join(dir, 'image.tar'), { ...image, layers: [lying], repoTags: [] }),
    );
    assert.deepEqual(await readdir(dir), []);
  });

  it('stops and cleans up when a layer cannot be read', async () => {
    const dir = join(work, 'unreadable');
    await mkdir(dir);
    const failing: Layer = {
      ...image.layers[0]!,
      open: () =>
        Readable.from(
          (async function* () {
            yield Buffer.from([0x1f, 0x8b]);
            throw new Error('read error on purpose');
          })(),
        ),
    };
    await assert.rejects(
      writeDockerArchive(join(dir, 'image.tar'), { ...image, layers: [failing], repoTags: [] }),
      /read error on purpose/,
    );
    assert.deepEqual(await readdir(dir), []);
  });

  for (const ref of [
    'latest',
    'ghcr.io/octo/tools',
    'localhost:5000/tools',
    'a b:c',
    'x@sha256:00',
  ]) {
    it(`refuses the repo tag ${JSON.stringify(ref)}`, async () => {
      await assert.rejects(
        writeDockerArchive(join(work, 'never.tar'), { ...image, repoTags: [ref] }),
        /is not a <name>:<tag> reference/,
      );
    });
  }
});
