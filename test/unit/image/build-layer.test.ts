import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { bufferBlob } from '../../../src/oci/blob.ts';
import { writeLayer } from '../../../src/image/build-layer.ts';
import { DigestTap, sha256Digest } from '../../../src/core/digest.ts';
import { MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import { seededRandom } from '../../helpers/image.ts';

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Compressible but not trivial bytes, several MiB, so the stream runs many chunks. */
function sampleBytes(size: number): Buffer {
  const random = seededRandom(99);
  const words = ['nix', 'store', 'layer', 'glibc', 'bash', '/', '\n', 'ü'];
  let s = '';
  while (s.length < size) s += words[Math.floor(random() * words.length)];
  return Buffer.from(s).subarray(0, size);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('writeLayer', () => {
  let work: string;
  const tar = sampleBytes(5 * 1024 * 1024 + 17);
  before(async () => void (work = await mkdtemp(join(tmpdir(), 'nixery-layer-test-'))));
  after(() => rm(work, { recursive: true, force: true }));

  const base = { storePaths: ['/nix/store/b', '/nix/store/a'], description: 'two paths' };

  it('gzip: diffId of the tar, digest and size of the compressed file, named by digest', async () => {
    const layer = await writeLayer(Readable.from([tar]), {
      ...base,
      workDir: work,
      compression: 'gzip',
      format: 'oci',
    });
    const file = await readFile(join(work, layer.digest.replace(':', '-')));
    assert.equal(layer.diffId, sha256(tar));
    assert.equal(layer.digest, sha256(file));
    assert.equal(layer.size, file.length);
    assert.ok(layer.size < tar.length / 2);
    assert.ok(gunzipSync(file).equals(tar));
    assert.equal(file[9], 255, 'gzip header OS byte: unknown, the same on every machine');
    assert.equal(file.readUInt32LE(4), 0, 'gzip header mtime 0');
    assert.equal(layer.mediaType, MEDIA_TYPES.ociLayerGzip);
    assert.deepEqual(layer.storePaths, base.storePaths);
    assert.equal(layer.description, 'two paths');
    assert.ok((await readAll(layer.open())).equals(file));
    assert.ok((await readAll(layer.open())).equals(file), 'open() starts over each time');
    assert.deepEqual(
      (await readdir(work)).filter((n) => n.startsWith('partial-')),
      [],
    );
  });

  it('the same input gives the same digest; the level changes it', async () => {
    const a = await writeLayer(Readable.from([tar]), {
      ...base,
      workDir: work,
      compression: 'gzip',
      format: 'oci',
    });
    const b = await writeLayer(Readable.from([tar]), {
      ...base,
      workDir: work,
      compression: 'gzip',
      format: 'oci',
    });
    const c = await writeLayer(Readable.from([tar]), {
      ...base,
      workDir: work,
      compression: 'gzip',
      format: 'oci',
      level: 6,
    });
    assert.equal(a.digest, b.digest);
    assert.notEqual(a.digest, c.digest);
    assert.equal(a.diffId, c.diffId);
  });

  it('uncompressed: digest equals diffId, Docker media type', async () => {
    const layer = await writeLayer(Readable.from([tar]), {
      ...base,
      workDir: work,
      compression: 'none',
      format: 'docker',
    });
    assert.equal(layer.digest, layer.diffId);
    assert.equal(layer.size, tar.length);
    assert.equal(layer.mediaType, MEDIA_TYPES.dockerLayerTar);
  });

  it('leaves no file behind when the tar stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    const dir = join(work, 'failing');
    await assert.rejects(
      writeLayer(failing, { ...base, workDir: dir, compression: 'gzip', format: 'oci' }),
      /disk gone/,
    );
    assert.deepEqual(await readdir(dir), []);
  });
});

describe('digest helpers', () => {
  it('DigestTap hashes and counts what passes, and refuses to answer early', async () => {
    const tap = new DigestTap();
    assert.throws(() => tap.digest, /not computed/);
    const out = await text(Readable.from([Buffer.from('hello '), Buffer.from('world')]).pipe(tap));
    assert.equal(out, 'hello world');
    assert.equal(tap.digest, sha256(Buffer.from('hello world')));
    assert.equal(tap.size, 11);
  });

  it('sha256Digest and bufferBlob agree with node:crypto', async () => {
    const bytes = Buffer.from('{"a":1}');
    assert.equal(sha256Digest(bytes), sha256(bytes));
    const blob = bufferBlob('application/json', bytes);
    assert.equal(blob.digest, sha256(bytes));
    assert.equal(blob.size, 7);
    assert.ok((await readAll(blob.open())).equals(bytes));
    assert.ok((await readAll(blob.open())).equals(bytes));
  });
});
