import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  discardStoreCacheState,
  loadStoreCacheState,
  saveStoreCacheState,
} from '../../../src/action/state.ts';
import type { StoreCacheState } from '../../../src/pipeline/steps/nix.ts';

// The runner passes main's saved state to the post step as STATE_<name> variables; this is
// what it would read back from the GITHUB_STATE file main wrote.
const STATE_VAR = 'STATE_store-cache-file';
const saved = { ...process.env };
let temp: string;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'state-test-'));
  process.env.RUNNER_TEMP = temp;
  process.env.GITHUB_STATE = join(temp, 'github-state');
  await writeFile(process.env.GITHUB_STATE, '');
});
after(async () => {
  process.env = saved;
  await rm(temp, { recursive: true, force: true });
});

const state: StoreCacheState = {
  key: { key: 'nixery-store-v1-abc', restoreKeys: ['nixery-store-v1-'] } as StoreCacheState['key'],
  closure: ['/nix/store/aaaa-hello', '/nix/store/bbbb-glibc'],
  restored: { hit: 'partial', key: 'nixery-store-v1-old', imported: 3 },
};

/** The file main named in the runner's state file (`name<<delimiter` lines). */
function savedStateFile(): string {
  const text = readFileSync(process.env.GITHUB_STATE!, 'utf8');
  const m = /^store-cache-file<<(.+)\n(.*)\n\1$/m.exec(text);
  assert.ok(m, `state file holds the entry: ${text}`);
  return m[2]!;
}

describe('store cache state between main and post', () => {
  it('is undefined when main saved none', async () => {
    delete process.env[STATE_VAR];
    assert.equal(await loadStoreCacheState(), undefined);
  });

  it('round-trips through a private file named in the runner state', async () => {
    await saveStoreCacheState(state);
    const file = savedStateFile();
    assert.ok(file.startsWith(join(temp, 'nixery-action-state-')), file);
    process.env[STATE_VAR] = file;
    assert.deepEqual(await loadStoreCacheState(), state);
  });

  for (const [what, bad] of [
    ['a relative store path', { ...state, closure: ['nix/store/x'] }],
    ['an unknown hit kind', { ...state, restored: { ...state.restored, hit: 'maybe' } }],
    ['an empty key', { ...state, key: { key: '', restoreKeys: [] } }],
  ] as const) {
    it(`refuses a state file with ${what}`, async () => {
      const file = process.env[STATE_VAR]!;
      await writeFile(file, JSON.stringify(bad));
      await assert.rejects(loadStoreCacheState(), /post step state in .* is invalid/);
    });
  }

  it('is discarded with its folder, and only a folder main made', async () => {
    const file = process.env[STATE_VAR]!;
    await discardStoreCacheState();
    assert.equal(existsSync(dirname(file)), false);
    const elsewhere = join(temp, 'not-ours');
    await writeFile(elsewhere, '{}');
    process.env[STATE_VAR] = elsewhere;
    await discardStoreCacheState();
    assert.equal(existsSync(elsewhere), true);
  });
});
