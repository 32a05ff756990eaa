import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, describe, it } from 'node:test';
import { writeLayer } from '../../../src/image/build-layer.ts';
import { compressor } from '../../../src/image/compress.ts';
import { CompressionPool, compressesOnThisThread } from '../../../src/image/compress-pool.ts';
import { DigestTap } from '../../../src/core/digest.ts';
import { makeLayers, StreamLayer, type LayerSink } from '../../../src/image/stream-layer.ts';

const tar = randomBytes(3 * 2 ** 20 + 12345);
const pool = new CompressionPool({ threads: 2 });
after(() => pool.close());

function layer(opens: { n: number }, compression: 'gzip' | 'zstd' | 'none' = 'gzip') {
  return new StreamLayer({
    tar: () => {
      opens.n++;
      return Readable.from([tar.subarray(0, 2 ** 20), tar.subarray(2 ** 20)]);
    },
    compression,
    level: compression === 'zstd' ? 3 : 1,
    format: 'oci',
    pool,
    storePaths: [],
    description: 'test layer',
    contentKey: `sha256:${'c'.repeat(64)}`,
  });
}

async function readAll(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of r) parts.push(p as Buffer);
  return Buffer.concat(parts);
}

/** A sink that keeps what it got in memory and records what happened to it. */
function memorySink(events: string[]): LayerSink & { bytes: () => Buffer } {
  const parts: Buffer[] = [];
  return {
    stream: new Writable({
      write: (c: Buffer, _e, done) => {
        parts.push(c);
        done();
      },
    }),
    commit: async (sums) => void events.push(`commit ${sums.digest}`),
    abort: async () => void events.push('abort'),
    bytes: () => Buffer.concat(parts),
  };
}

describe('StreamLayer', () => {
  it('says clearly that digest, size and diffId are not computed before its bytes are made', () => {
    const l = layer({ n: 0 });
    assert.equal(l.computed, false);
    for (const read of [() => l.digest, () => l.size, () => l.diffId, () => l.annotations]) {
      assert.throws(read, { code: 'LAYER_NOT_COMPUTED', message: /not computed yet/ });
    }
  });

  it('computes diffId, digest and size in the one pass that yields the bytes, the same as writeLayer', async () => {
    const opens = { n: 0 };
    const l = layer(opens);
    const bytes = await readAll(l.open());
    assert.equal(l.computed, true);
    assert.equal(opens.n, 1);
    const dir = await mkdtemp(join(tmpdir(), 'stream-layer-'));
    try {
      const written = await writeLayer(Readable.from([tar]), {
        workDir: dir,
        compression: 'gzip',
        level: 1,
        format: 'oci',
        storePaths: [],
        description: 'file layer',
      });
      assert.equal(l.digest, written.digest, 'same bytes as the file-backed layer');
      assert.equal(l.diffId, written.diffId);
      assert.equal(l.size, bytes.length);
      assert.equal(l.uncompressedSize, tar.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.deepEqual(l.annotations, {
      'org.nixery-action.layer.key': `sha256:${'c'.repeat(64)}`,
      'org.nixery-action.layer.diff-id': l.diffId,
    });
  });

  it('re-opens by making the bytes again from its source, never from a kept copy', async () => {
    const opens = { n: 0 };
    const l = layer(opens, 'zstd');
    const first = await readAll(l.open());
    const again = await readAll(l.open());
    assert.equal(opens.n, 2, 'the tar was read from its source twice');
    assert.ok(first.equals(again));
  });

  it('a pass that fails leaves the layer not computed, and a new pass starts from byte 0', async () => {
    let fail = true;
    const l = new StreamLayer({
      tar: () =>
        fail
          ? Readable.from(
              (async function* () {
                yield tar.subarray(0, 1000);
                throw new Error('disk went away');
              })(),
            )
          : Readable.from([tar]),
      compression: 'none',
      level: 0,
      format: 'oci',
      storePaths: [],
      description: 'flaky',
    });
    await assert.rejects(readAll(l.open()), /disk went away/);
    assert.equal(l.computed, false);
    fail = false;
    const bytes = await readAll(l.open());
    assert.ok(bytes.equals(tar), 'uncompressed: the blob is the tar');
    assert.equal(l.digest, l.diffId);
  });

  it('copies the tar and the blob to taps from the first pass, committed once complete', async () => {
    const events: string[] = [];
    const tarSink = memorySink(events);
    const blobSink = memorySink(events);
    const opens = { n: 0 };
    const l = layer(opens);
    l.addTap({ tar: () => tarSink, blob: () => blobSink });
    const bytes = await readAll(l.open());
    assert.equal(opens.n, 1);
    assert.ok(tarSink.bytes().equals(tar));
    assert.ok(blobSink.bytes().equals(bytes));
    assert.deepEqual(events, [`commit ${l.digest}`, `commit ${l.digest}`]);
    assert.throws(() => l.addTap({}), /already produced/);
  });

  it('aborts its taps when the pass fails', async () => {
    const events: string[] = [];
    const l = new StreamLayer({
      tar: () =>
        Readable.from(
          (async function* () {
            yield tar.subarray(0, 1000);
            throw new Error('read error');
          })(),
        ),
      compression: 'gzip',
      level: 1,
      format: 'oci',
      pool,
      storePaths: [],
      description: 'broken',
    });
    l.addTap({ blob: () => memorySink(events) });
    await assert.rejects(readAll(l.open()), /read error/);
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(events, ['abort']);
  });

  it('makeLayers makes every layer not yet made', async () => {
    const opens = { n: 0 };
    const layers = [layer(opens), layer(opens, 'none')];
    await makeLayers(layers, 2);
    assert.ok(layers.every((l) => l.computed));
    assert.equal(opens.n, 2);
  });
});

describe('CompressionPool', () => {
  it('is owned by its run: closing one pool leaves another compressing', async () => {
    const a = new CompressionPool({ threads: 1 });
    const b = new CompressionPool({ threads: 1 });
    const gzip = async (p: CompressionPool) => {
      const tap = new DigestTap();
      await pipeline(
        Readable.from([tar]),
        compressor('gzip', 1, p),
        tap,
        new Writable({ write: (_c, _e, d) => d() }),
      );
      return tap.digest;
    };
    const before = await gzip(a);
    await a.close();
    assert.equal(await gzip(b), before, 'the other pool still works, with the same bytes');
    await assert.rejects(gzip(a), /closed/);
    await b.close();
  });

  it('warmed ahead (threads started, engine loaded on an empty chunk), makes the same bytes', async () => {
    const digestWith = async (p: CompressionPool) => {
      const tap = new DigestTap();
      await pipeline(
        Readable.from([tar]),
        compressor('gzip', 1, p),
        tap,
        new Writable({ write: (_c, _e, d) => d() }),
      );
      await p.close();
      return tap.digest;
    };
    const warmed = new CompressionPool({ threads: 2 });
    warmed.warm('gzip');
    warmed.warm('gzip'); // a second call starts nothing more
    assert.equal(await digestWith(warmed), await digestWith(new CompressionPool({ threads: 2 })));
    // Warmed and closed unused: the warm-up chunks fail quietly with the pool.
    const unused = new CompressionPool({ threads: 1 });
    unused.warm('zstd');
    await unused.close();
    unused.warm('gzip');
  });

  for (const compression of ['gzip', 'zstd'] as const) {
    it(`compressing on the calling thread too, starts one worker fewer and makes the same ${compression} bytes`, async () => {
      const digestWith = async (p: CompressionPool) => {
        const tap = new DigestTap();
        await pipeline(
          Readable.from([tar]),
          compressor(compression, compression === 'zstd' ? 3 : 1, p),
          tap,
          new Writable({ write: (_c, _e, d) => d() }),
        );
        return tap.digest;
      };
      const workersOnly = new CompressionPool({ threads: 2 });
      const expected = await digestWith(workersOnly);
      assert.equal(workersOnly.startedWorkers, 2);
      await workersOnly.close();
      for (const threads of [1, 2, 3]) {
        const p = new CompressionPool({ threads, onThisThread: true });
        p.warm(compression);
        assert.equal(await digestWith(p), expected, `${threads} compressors, one of them here`);
        assert.equal(p.startedWorkers, threads - 1);
        await p.close();
      }
    });
  }

  it("a chunk the calling thread cannot compress fails alone, with the engine's reason", async () => {
    const p = new CompressionPool({ threads: 1, onThisThread: true });
    const data = new Uint8Array(1000);
    await assert.rejects(
      p.compress({ codec: 'deflate', level: 99, final: true, data }),
      /compression failed: RangeError: libdeflate has no level 99/,
    );
    const ok = await p.compress({ codec: 'deflate', level: 1, final: true, data });
    assert.ok(ok.data.byteLength > 0 && ok.data.byteLength < 100, 'the next chunk is compressed');
    await p.close();
  });

  it('counts the calling thread as a compressor only at levels where a chunk is quick', () => {
    for (const level of [1, 6, 9]) assert.equal(compressesOnThisThread('gzip', level), true);
    for (const level of [1, 3, 6]) assert.equal(compressesOnThisThread('zstd', level), true);
    for (const level of [7, 19]) assert.equal(compressesOnThisThread('zstd', level), false);
    assert.equal(compressesOnThisThread('none', 0), true);
  });

  it('closed, fails the chunks still waiting for the calling thread', async () => {
    const p = new CompressionPool({ threads: 1, onThisThread: true });
    const job = { codec: 'deflate', level: 1, final: true, data: new Uint8Array(tar) } as const;
    const waiting = [p.compress(job), p.compress(job)];
    await p.close();
    await assert.rejects(Promise.all(waiting), /closed/);
    assert.equal(p.startedWorkers, 0);
  });
});
