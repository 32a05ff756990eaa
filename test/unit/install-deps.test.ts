import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// A tool installed by hand on one machine makes tests pass there that fail on a fresh one. Every
// Debian package that a test or benchmark names in its install hint must be one that
// scripts/install-deps.sh installs, so that .ci/run (which runs it) gives a fresh machine the same.

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'pkgs') return [];
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|mjs|sh)$/.test(name) ? [p] : [];
  });
}

function installedByScript(): Set<string> {
  const script = readFileSync(join(root, 'scripts', 'install-deps.sh'), 'utf8');
  const lists = [...script.matchAll(/^\s*\w*packages\w*=\(([^)]*)\)/gm)].map((m) => m[1]!);
  assert.ok(lists.length > 0, 'install-deps.sh declares its packages in a packages=(…) array');
  return new Set(lists.flatMap((l) => l.split(/\s+/).filter(Boolean)));
}

test('every apt package named in a test or benchmark hint is installed by install-deps.sh', () => {
  const installed = installedByScript();
  const named = new Map<string, string>();
  for (const file of [...filesUnder(join(root, 'test')), ...filesUnder(join(root, 'bench'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /apt-get install (?:-y )?(?:--no-install-recommends )?([a-z0-9][a-z0-9 .+-]*)/g,
    )) {
      for (const pkg of m[1]!.split(/\s+/).filter((p) => /^[a-z0-9][a-z0-9.+-]+$/.test(p))) {
        named.set(pkg, file.slice(root.length + 1));
      }
    }
  }
  assert.ok(named.size > 5, 'the hints were found');
  const missing = [...named].filter(([pkg]) => !installed.has(pkg)).map(([p, f]) => `${p} (${f})`);
  assert.deepEqual(missing, [], 'add these to the packages list in scripts/install-deps.sh');
});
