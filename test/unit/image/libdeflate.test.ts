import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { constants, inflateRawSync } from 'node:zlib';
import { LIBDEFLATE_WASM_SHA256, Libdeflate } from '../../../src/image/libdeflate.ts';
import { ZSTD_WASM_SHA256, Zstd } from '../../../src/image/zstd.ts';
import { seededRandom } from '../../helpers/image.ts';

const wasmDir = new URL('../../../src/image/wasm/', import.meta.url);

/** Half random bytes, half repeated text: both stored and Huffman blocks get a turn. */
function sample(size: number, seed: number): Buffer {
  const random = seededRandom(seed);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) {
    out[i] = i % 4096 < 2048 ? Math.floor(random() * 256) : 'nix store '.charCodeAt(i % 10);
  }
  return out;
}

describe('libdeflate engine', () => {
  for (const [engine, sha256] of [
    ['libdeflate', LIBDEFLATE_WASM_SHA256],
    ['zstd', ZSTD_WASM_SHA256],
  ] as const) {
    it(`the committed ${engine}.wasm is the pinned build (scripts/wasm/build.sh)`, async () => {
      const bytes = await readFile(new URL(`${engine}.wasm`, wasmDir));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), sha256);
    });
  }

  it('ships each engine’s licence beside it', async () => {
    const libdeflate = await readFile(new URL('libdeflate.COPYING', wasmDir), 'utf8');
    assert.match(libdeflate, /Copyright 2016 Eric Biggers/);
    assert.match(libdeflate, /Permission is hereby granted, free of charge/);
    const zstd = await readFile(new URL('zstd.COPYING', wasmDir), 'utf8');
    assert.match(zstd, /BSD License[\s\S]*Meta Platforms/);
  });

  for (const level of [1, 4, 6, 9, 12]) {
    it(`level ${level}: continued chunks end with a sync flush and join into one stream`, () => {
      const engine = new Libdeflate();
      const chunks = [sample(1 << 20, level), sample(1 << 20, level + 1), sample(777, 3)];
      const parts = chunks.map((c, i) => engine.compressChunk(c, level, i === chunks.length - 1));
      for (const part of parts.slice(0, -1)) {
        // An empty non-final stored block: …00 00 ff ff on a byte boundary.
        assert.deepEqual([...part.subarray(-4)], [0, 0, 0xff, 0xff]);
        // It inflates alone with a sync flush, so it holds no final block.
        const alone = inflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH });
        assert.deepEqual(alone, chunks[parts.indexOf(part)]);
      }
      assert.deepEqual(inflateRawSync(Buffer.concat(parts)), Buffer.concat(chunks));
    });
  }

  it('the last chunk may be empty; a continued chunk may not be tiny', () => {
    const engine = new Libdeflate();
    const first = engine.compressChunk(sample(4096, 9), 4, false);
    const last = engine.compressChunk(new Uint8Array(0), 4, true);
    assert.deepEqual(inflateRawSync(Buffer.concat([first, last])), sample(4096, 9));
    assert.throws(() => engine.compressChunk(new Uint8Array(10), 4, false), /could not compress/);
  });

  it('the same chunk gives the same bytes on a new instance', () => {
    const data = sample(300_000, 5);
    const a = new Libdeflate().compressChunk(data, 6, false);
    const b = new Libdeflate().compressChunk(data, 6, false);
    assert.ok(Buffer.from(a).equals(b));
  });
});

describe('zstd engine', () => {
  it('writes whole frames that concatenate into one stream, the same bytes each time', () => {
    const zstd = new Zstd();
    const chunks = [sample(4 << 20, 1), sample(1000, 2)];
    const frames = chunks.map((c) => zstd.compressFrame(c, 3));
    // Magic number 0xFD2FB528 (little-endian) opens every frame.
    for (const f of frames) assert.deepEqual([...f.subarray(0, 4)], [0x28, 0xb5, 0x2f, 0xfd]);
    assert.ok(
      Buffer.from(new Zstd().compressFrame(chunks[0] as Buffer, 3)).equals(frames[0] as Uint8Array),
    );
  });
});
