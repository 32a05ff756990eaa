import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { crc32, gunzipSync, inflateRawSync } from 'node:zlib';
import { sha256Digest } from '../../../src/core/digest.ts';
import { compressor, compressorId, LEVELS } from '../../../src/image/compress.ts';
import { parseCompression, parseCompressionLevel } from '../../../src/request/layout.ts';
import { closeCompressionPool, CompressionPool } from '../../../src/image/compress-pool.ts';
import { LIBDEFLATE_WASM_SHA256 } from '../../../src/image/libdeflate.ts';
import { ZSTD_WASM_SHA256 } from '../../../src/image/zstd.ts';
import { requireTool } from '../../helpers/tools.ts';
import { seededRandom } from '../../helpers/image.ts';

/** Text-like bytes: compressible, several chunks long, the same on every machine. */
function sample(size: number): Buffer {
  const random = seededRandom(2024);
  const words = ['nix', 'store', 'glibc', 'bash', 'layer', '/', '\n', 'ü', '\0\0\0\0'];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const w = words[Math.floor(random() * words.length)] as string;
    parts.push(w);
    length += w.length;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

async function compress(data: Buffer, c: 'gzip' | 'zstd' | 'none', level?: number) {
  const pieces: Buffer[] = [];
  // Uneven writes, so chunking cannot depend on how the input arrives.
  const input = Readable.from(
    (function* () {
      for (let o = 0, n = 1; o < data.length; o += n, n = (n * 7 + 13) % 300_000) {
        yield data.subarray(o, o + n);
      }
    })(),
  );
  for await (const piece of input.pipe(compressor(c, level))) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

const data = sample(5 * 1024 * 1024 + 4321);

describe('compressor', () => {
  after(() => closeCompressionPool());

  it('gzip: one member whose bytes are pinned (golden digest)', async () => {
    const out = await compress(data, 'gzip');
    assert.deepEqual(gunzipSync(out), data);
    assert.deepEqual([...out.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    // One deflate stream from header to trailer: a second member would not inflate here.
    assert.deepEqual(inflateRawSync(out.subarray(10, -8)), data);
    assert.equal(out.readUInt32LE(out.length - 8), crc32(data));
    assert.equal(out.readUInt32LE(out.length - 4), data.length);
    assert.equal(sha256Digest(out), GOLDEN.gzip);
  });

  it('zstd: concatenated frames whose bytes are pinned (golden digest)', async () => {
    requireTool('zstd', 'apt-get install -y zstd');
    const out = await compress(data, 'zstd');
    assert.deepEqual(execFileSync('zstd', ['-d', '-c'], { input: out, maxBuffer: 1 << 28 }), data);
    assert.equal(sha256Digest(out), GOLDEN.zstd);
  });

  it('none passes bytes through', async () => {
    assert.deepEqual(await compress(data, 'none'), data);
  });

  for (let level = LEVELS.gzip.min; level <= LEVELS.gzip.max; level++) {
    it(`gzip level ${level} round-trips, the same bytes twice`, async () => {
      const small = data.subarray(0, 3 * 1024 * 1024 + 77);
      const [a, b] = [await compress(small, 'gzip', level), await compress(small, 'gzip', level)];
      assert.deepEqual(gunzipSync(a), small);
      assert.ok(a.equals(b));
    });
  }

  it('an empty input still makes a valid stream', async () => {
    assert.equal(gunzipSync(await compress(Buffer.alloc(0), 'gzip')).length, 0);
  });

  it('names the compressor exactly for cache keys', () => {
    assert.equal(
      compressorId('gzip', 4),
      `gzip:libdeflate-1.14-1-wasm-${LIBDEFLATE_WASM_SHA256.slice(0, 12)}:level-4:chunk-1048576:v2`,
    );
    assert.equal(
      compressorId('zstd', 3),
      `zstd:zstd-1.5.4-dfsg2-5-wasm-${ZSTD_WASM_SHA256.slice(0, 12)}:level-3:chunk-4194304:v2`,
    );
    assert.notEqual(compressorId('gzip', 5), compressorId('gzip', 4));
  });
});

describe('compression pool', () => {
  it('compresses a small Buffer (a view into the shared pool of Node) and leaves the pool alone', async () => {
    // Node 24 refuses to transfer the pool (Node 20 copied it); the action runs on Node 24.
    const pool = new CompressionPool({ threads: 1 });
    try {
      const small = Buffer.from('a small chunk, allocated from the pool');
      const neighbour = Buffer.from('another Buffer in the same pool');
      assert.equal(small.buffer, neighbour.buffer, 'both are views into one pooled ArrayBuffer');
      const { data } = await pool.compress({
        codec: 'deflate',
        level: 6,
        final: true,
        data: small,
      });
      assert.equal(inflateRawSync(data).toString(), 'a small chunk, allocated from the pool');
      assert.equal(neighbour.toString(), 'another Buffer in the same pool');
      assert.equal(small.toString(), 'a small chunk, allocated from the pool');
    } finally {
      await pool.close();
    }
  });
});

describe('compression inputs', () => {
  it('parses gzip, zstd and none; zstd only with OCI', () => {
    assert.equal(parseCompression('', 'oci'), 'gzip');
    assert.equal(parseCompression('ZSTD', 'oci'), 'zstd');
    assert.equal(parseCompression('none', 'docker'), 'none');
    assert.throws(() => parseCompression('zstd', 'docker'), /compression.*OCI/);
    assert.throws(() => parseCompression('xz', 'oci'), /compression.*gzip, zstd, none/);
  });

  it('levels: default per compression, range checked', () => {
    assert.equal(parseCompressionLevel('', 'gzip'), 1);
    assert.equal(parseCompressionLevel('', 'zstd'), 3);
    assert.equal(parseCompressionLevel('19', 'zstd'), 19);
    assert.throws(() => parseCompressionLevel('10', 'gzip'), /compression-level.*1 to 9/);
    assert.throws(() => parseCompressionLevel('0', 'zstd'), /compression-level.*1 to 19/);
  });
});

/**
 * Digests of the sample compressed with the defaults. They must not change with the Node
 * version or the machine; if a pinned compressor is upgraded on purpose, update them and
 * bump COMPRESSION_FORMAT_VERSION.
 */
const GOLDEN = {
  gzip: 'sha256:6396e3c4a73c86e37646d8ff6ede5f2ff44c849ec9319046208c5dc7c6588657',
  zstd: 'sha256:04249a349c62232b8ed1f20b5f2ba6af2c8cf8bdbaf9c240cae5da14410f0812',
};
