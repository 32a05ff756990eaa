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
      const built = readFileSync(join(fresh, name));
      const kept = readFileSync(join(committed, name));
      assert.ok(
        built.equals(kept),
        `dist/${name} is stale: run \`npm run build\` and commit dist/\n${firstDifference(built, kept)}`,
      );
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

/** Where two builds of a file first differ: the line there in each, so a stale file says why. */
function firstDifference(built: Buffer, kept: Buffer): string {
  let i = 0;
  while (i < built.length && i < kept.length && built[i] === kept[i]) i++;
  const lineAt = (b: Buffer) => {
    const start = b.lastIndexOf(10, i - 1) + 1;
    const end = b.indexOf(10, i);
    return b
      .subarray(start, end < 0 ? b.length : end)
      .toString('utf8')
      .slice(0, 300);
  };
  const line = built.subarray(0, i).toString('utf8').split('\n').length;
  return `first difference at line ${line}:\n  built:     ${lineAt(built)}\n  committed: ${lineAt(kept)}`;
}
