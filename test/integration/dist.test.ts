import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/action.ts';

test('dist/ is what `npm run build` makes from the current sources', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'nixery-action-dist-'));
  try {
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), fresh], { cwd: repoRoot });
    const committed = join(repoRoot, 'dist');
    assert.deepEqual(readdirSync(committed).sort(), readdirSync(fresh).sort(), 'same files');
    for (const name of readdirSync(fresh)) {
      const same = readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name)));
      assert.ok(same, `dist/${name} is stale: run \`npm run build\` and commit dist/`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
