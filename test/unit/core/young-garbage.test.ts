import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { collectYoungGarbage } from '../../../src/core/young-garbage.ts';

test('a young collection frees buffers that nothing holds any more', async () => {
  // Few young buffers before, so that allocating these does not itself set off a collection.
  collectYoungGarbage();
  await sleep(100);
  const before = process.memoryUsage().arrayBuffers;
  let held: Buffer[] = Array.from({ length: 16 }, () => Buffer.allocUnsafeSlow(2 ** 20));
  assert.ok(process.memoryUsage().arrayBuffers - before >= 16 * 2 ** 20);
  held = [];
  collectYoungGarbage();
  // V8 frees the memory of collected buffers on a background thread, soon after.
  await sleep(200);
  const left = (process.memoryUsage().arrayBuffers - before) / 2 ** 20 + held.length;
  assert.ok(left < 4, `${left.toFixed(1)} MiB still held`);
});
