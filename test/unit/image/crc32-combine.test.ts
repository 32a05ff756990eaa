import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { crc32Combine } from '../../../src/image/crc32-combine.ts';
import { seededRandom } from '../../helpers/image.ts';

function bytes(n: number, seed: number): Buffer {
  const random = seededRandom(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
}

describe('crc32Combine', () => {
  it("gives zlib's CRC-32 of two pieces joined, whatever their lengths", () => {
    for (const [a, b] of [
      [0, 0],
      [0, 7],
      [7, 0],
      [1, 1],
      [100, 1 << 20],
      [1 << 20, 3],
      [12345, 77777],
    ] as const) {
      const x = bytes(a, a + 1);
      const y = bytes(b, b + 2);
      assert.equal(crc32Combine(crc32(x), crc32(y), b), crc32(Buffer.concat([x, y])), `${a}+${b}`);
    }
  });

  it('joins many chunks in order into the CRC of the whole', () => {
    const whole = bytes(300_000, 9);
    let crc = 0;
    for (let o = 0; o < whole.length; o += 65_536) {
      const piece = whole.subarray(o, o + 65_536);
      crc = crc32Combine(crc, crc32(piece), piece.length);
    }
    assert.equal(crc, crc32(whole));
  });
});
