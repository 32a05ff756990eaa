import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storeCacheKey, storeCacheLookup } from '../../../src/cache/key.ts';

const scope = {
  system: 'x86_64-linux',
  packages: ['git', 'jq'],
  source: 'nixpkgs!nixos-unstable https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz',
};
const resolved = { pin: 'sha256-AAAA', targets: ['/nix/store/a-git.drv!out'] };

describe('storeCacheKey', () => {
  test('has the documented shape: request, source as written, then pin and targets', () => {
    const { key, restoreKeys } = storeCacheKey(scope, resolved);
    assert.match(key, /^nixery-store-v2-x86_64-linux-[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16}$/);
    assert.equal(restoreKeys.length, 2);
    for (const r of restoreKeys) assert.ok(key.startsWith(r), 'each restore key is a prefix');
    assert.deepEqual(storeCacheLookup(scope).restoreKeys, restoreKeys);
  });

  test('does not depend on package order or repeats', () => {
    const a = storeCacheKey({ ...scope, packages: ['jq', 'git', 'shell'] }, resolved);
    const b = storeCacheKey({ ...scope, packages: ['shell', 'jq', 'git', 'jq'] }, resolved);
    assert.deepEqual(a, b);
  });

  test('after the channel moves, the lookup still finds the previous entry', () => {
    const before = storeCacheKey(scope, resolved);
    const after = storeCacheKey(scope, {
      pin: 'sha256-BBBB',
      targets: ['/nix/store/b-git.drv!out'],
    });
    assert.notEqual(before.key, after.key, 'a new revision is a new entry');
    const lookup = storeCacheLookup(scope);
    assert.ok(before.key.startsWith(lookup.restoreKeys[0]!), 'restored by the first prefix');
  });

  test('another source as written falls back to the same package list', () => {
    const a = storeCacheKey(scope, resolved);
    const b = storeCacheKey({ ...scope, source: 'nixpkgs!nixos-25.05 x' }, resolved);
    assert.notEqual(a.restoreKeys[0], b.restoreKeys[0]);
    assert.equal(a.restoreKeys[1], b.restoreKeys[1]);
  });

  test('another package list, system or cache-key shares no prefix', () => {
    const a = storeCacheKey(scope, resolved);
    for (const other of [
      storeCacheKey({ ...scope, packages: ['git'] }, resolved),
      storeCacheKey({ ...scope, contents: ['jq'] }, resolved),
      storeCacheKey({ ...scope, system: 'aarch64-linux' }, resolved),
      storeCacheKey({ ...scope, suffix: 'v2' }, resolved),
    ]) {
      for (const r of other.restoreKeys) assert.ok(!a.key.startsWith(r), `${r} is not a prefix`);
    }
  });

  test('no cache-key and an empty one are the same', () => {
    assert.deepEqual(
      storeCacheKey({ ...scope, suffix: '' }, resolved),
      storeCacheKey(scope, resolved),
    );
  });

  test('package and suffix boundaries cannot be confused', () => {
    const a = storeCacheKey({ ...scope, packages: ['a', 'b'] }, resolved);
    const b = storeCacheKey({ ...scope, packages: ['a'], suffix: 'b' }, resolved);
    const c = storeCacheKey({ ...scope, packages: ['ab'] }, resolved);
    assert.equal(new Set([a.key, b.key, c.key]).size, 3);
  });

  test('stays a valid @actions/cache key whatever the inputs', () => {
    const { key, restoreKeys } = storeCacheKey(
      {
        ...scope,
        source: `git!https://example.com/a,b!${'x'.repeat(2000)}`,
        packages: Array.from({ length: 500 }, (_, i) => `pkg,${i}`),
        suffix: 'a,b'.repeat(300),
      },
      resolved,
    );
    for (const k of [key, ...restoreKeys]) {
      assert.ok(k.length <= 512, `${k.length} characters`);
      assert.ok(!k.includes(','), k);
    }
  });

  test('rejects a system that could break the key', () => {
    for (const system of ['', 'x86_64 linux', 'a,b', 'x'.repeat(65)]) {
      assert.throws(
        () => storeCacheKey({ ...scope, system }, resolved),
        /Store cache key: system .* must be 1 to 64/,
      );
    }
    assert.throws(() => storeCacheLookup({ ...scope, source: '' }), /package source is empty/);
  });
});
