import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { execFileSync } from 'node:child_process';
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

/**
 * Churns short-lived objects in a fresh process (the flag is process-wide, so not in this
 * one) and reports the young generation's size before and after, in bytes.
 */
function youngGenerationAfterChurn(small: boolean): { before: number; after: number } {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { keepYoungGenerationSmall } from ${JSON.stringify(new URL('../../../src/core/young-garbage.ts', import.meta.url).href)};
    const size = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const before = size();
    if (${small}) keepYoungGenerationSmall();
    let held = [];
    for (let i = 0; i < 2e6; i++) {
      held.push({ i, s: 'x' + i });
      if (held.length > 5000) held = [];
    }
    console.log(JSON.stringify({ before, after: size() }));
  `;
  const args = ['--import', 'tsx', '--input-type=module', '-e', script];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(out) as { before: number; after: number };
}

test('the young generation keeps its starting size under a churn of short-lived objects', () => {
  // Without the flag the space grows (from 4 to 32 MB on Node 20 and 24): the test can tell.
  const grown = youngGenerationAfterChurn(false);
  assert.ok(grown.after > 2 * grown.before, `grew from ${grown.before} to ${grown.after} bytes`);
  const kept = youngGenerationAfterChurn(true);
  assert.equal(kept.after, kept.before);
});
