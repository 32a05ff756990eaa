import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { compressor } from '../../../src/image/compress.ts';
import { CompressionPool } from '../../../src/image/compress-pool.ts';
import { DigestTap } from '../../../src/core/digest.ts';
import { copied, kept, ReadBuffers } from '../../../src/image/read-buffers.ts';
import { storePathsTar } from '../../../src/image/tar.ts';

/** Reads `bytes` through the pool as a file read would. */
function readOf(pool: ReadBuffers, bytes: Buffer): Buffer {
  return pool.read(bytes.length, (buffer, offset) => bytes.copy(buffer, offset));
}

describe('ReadBuffers', () => {
  it('reads into a slab again once every part lent from it was copied', () => {
    const pool = new ReadBuffers(1024, 4);
    const a = readOf(pool, Buffer.alloc(600, 1));
    const b = readOf(pool, Buffer.alloc(600, 2));
    assert.notEqual(a.buffer, b.buffer, 'a part that does not fit takes another slab');
    const c = readOf(pool, Buffer.alloc(600, 3));
    assert.notEqual(c.buffer, a.buffer, 'a slab with a part out is not read into');
    copied(a);
    const d = readOf(pool, Buffer.alloc(600, 4));
    assert.equal(d.buffer, a.buffer, 'a slab whose parts were all copied is read into again');
    assert.deepEqual(b, Buffer.alloc(600, 2));
    assert.deepEqual(c, Buffer.alloc(600, 3));
  });

  it('never reads over a part that was kept, sliced or not yet copied', () => {
    const pool = new ReadBuffers(1024, 4);
    const keptPart = readOf(pool, Buffer.alloc(300, 7));
    kept(keptPart);
    const sliced = readOf(pool, Buffer.alloc(300, 8));
    copied(sliced.subarray(0, 10)); // a stage's own slice is not the part that was lent
    const pending = readOf(pool, Buffer.alloc(300, 9));
    for (let i = 0; i < 50; i++) copied(readOf(pool, Buffer.alloc(500, i + 20)));
    assert.deepEqual(keptPart, Buffer.alloc(300, 7));
    assert.deepEqual(sliced, Buffer.alloc(300, 8));
    assert.deepEqual(pending, Buffer.alloc(300, 9));
  });
});

describe('a tar read into a compressor', () => {
  let dir: string;
  let store: string;
  const pool = new CompressionPool({ threads: 2 });
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nixery-read-buffers-'));
    store = join(dir, 'store-path');
    await mkdir(store);
    // Small files (read whole, several to a slab) and large ones (read 256 KiB at a time).
    for (let i = 0; i < 400; i++) {
      await writeFile(join(store, `small-${i}`), randomBytes(1 + ((i * 7919) % 40_000)));
    }
    for (let i = 0; i < 3; i++) await writeFile(join(store, `large-${i}`), randomBytes(3e6 + i));
  });
  after(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Records which memory the tar's chunks live in, passing them on untouched. */
  function spy(seen: Set<ArrayBufferLike>, keep: boolean): Transform {
    return new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
        if (chunk.length >= 512 && chunk.buffer.byteLength >= 256 * 1024) seen.add(chunk.buffer);
        if (keep) kept(chunk);
        done(null, chunk);
      },
    });
  }

  async function gzipOf(keep: boolean): Promise<{ digest: string; slabs: number }> {
    const seen = new Set<ArrayBufferLike>();
    const out = new DigestTap();
    await pipeline(
      storePathsTar([store]),
      spy(seen, keep),
      compressor('gzip', 1, pool),
      out,
      new Writable({ write: (_c, _e, done) => done() }),
    );
    return { digest: out.digest, slabs: seen.size };
  }

  it('reuses a bounded number of slabs, and gives the bytes it gives without reuse', async () => {
    const reused = await gzipOf(false);
    const fresh = await gzipOf(true);
    // About 20 MB of tar: one slab per read without reuse (over 80), a handful with it.
    assert.ok(fresh.slabs > 60, `${fresh.slabs} slabs when every chunk is kept`);
    assert.ok(reused.slabs <= 16, `${reused.slabs} slabs in flight at most`);
    assert.equal(reused.digest, fresh.digest);
  });
});
