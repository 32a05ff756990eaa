import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { repoRoot } from '../../helpers/action.ts';

test("the steps of a push load undici's Agent and request, not its index", () => {
  // A fresh process, so that nothing another test loaded counts.
  const script = `
    for (const step of ['nix', 'pack', 'push', 'supply', 'changes', 'unchanged', 'merge', 'local-outputs']) {
      await import('./src/pipeline/steps/' + step + '.ts');
    }
    const { createRequire } = await import('node:module');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /[\\\\/]undici[\\\\/]/.test(f));
    console.log(JSON.stringify(loaded));
  `;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const loaded = JSON.parse(out) as string[];
  assert.ok(
    loaded.some((f) => /dispatcher[\\/]agent\.js$/.test(f)),
    'the Agent is loaded',
  );
  assert.deepEqual(
    loaded.filter((f) =>
      /undici[\\/](index\.js|lib[\\/]web[\\/]fetch[\\/]index\.js|lib[\\/]mock[\\/])/.test(f),
    ),
    [],
  );
});
