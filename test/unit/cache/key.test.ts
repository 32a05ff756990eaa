import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storeCacheKey } from '../../../src/cache/key.ts';

const base = { system: 'x86_64-linux', source: 'nixpkgs@0123456789abcdef0123456789abcdef01234567' };

describe('storeCacheKey', () => {
  test('has the documented shape', () => {
    const { key, restoreKeys } = storeCacheKey({ ...base, packages: ['git', 'jq'] });
    assert.match(key, /^nixery-store-x86_64-linux-[0-9a-f]{16}-[0-9a-f]{16}$/);
    assert.equal(restoreKeys.length, 1);
    assert.ok(key.startsWith(restoreKeys[0]!), 'the restore key is a prefix of the key');
  });

  test('does not depend on package order or repeats', () => {
    const a = storeCacheKey({ ...base, packages: ['jq', 'git', 'shell'] });
    const b = storeCacheKey({ ...base, packages: ['shell', 'jq', 'git', 'jq'] });
    assert.deepEqual(a, b);
  });

  test('another package list keeps the restore key but not the key', () => {
    const a = storeCacheKey({ ...base, packages: ['git'] });
    const b = storeCacheKey({ ...base, packages: ['git', 'jq'] });
    assert.notEqual(a.key, b.key);
    assert.deepEqual(a.restoreKeys, b.restoreKeys);
  });

  test('another source or system changes the restore key too', () => {
    const a = storeCacheKey({ ...base, packages: ['git'] });
    const otherSource = storeCacheKey({ ...base, source: 'nixpkgs@fedcba', packages: ['git'] });
    const otherSystem = storeCacheKey({ ...base, system: 'aarch64-linux', packages: ['git'] });
    for (const other of [otherSource, otherSystem]) {
      assert.notEqual(other.key, a.key);
      assert.notDeepEqual(other.restoreKeys, a.restoreKeys);
      assert.ok(!a.key.startsWith(other.restoreKeys[0]!));
    }
    assert.ok(otherSystem.key.startsWith('nixery-store-aarch64-linux-'));
  });

  test('a suffix changes the key, not the restore key', () => {
    const plain = storeCacheKey({ ...base, packages: ['git'] });
    const empty = storeCacheKey({ ...base, packages: ['git'], suffix: '' });
    const suffixed = storeCacheKey({ ...base, packages: ['git'], suffix: 'layers=96' });
    assert.deepEqual(empty, plain, 'no suffix and an empty one are the same');
    assert.notEqual(suffixed.key, plain.key);
    assert.deepEqual(suffixed.restoreKeys, plain.restoreKeys);
  });

  test('package and suffix boundaries cannot be confused', () => {
    const a = storeCacheKey({ ...base, packages: ['a', 'b'] });
    const b = storeCacheKey({ ...base, packages: ['a'], suffix: 'b' });
    const c = storeCacheKey({ ...base, packages: ['ab'] });
    assert.equal(new Set([a.key, b.key, c.key]).size, 3);
  });

  test('stays a valid @actions/cache key whatever the inputs', () => {
    const { key, restoreKeys } = storeCacheKey({
      ...base,
      source: `git!https://example.com/a,b!${'x'.repeat(2000)}`,
      packages: Array.from({ length: 500 }, (_, i) => `pkg,${i}`),
      suffix: 'a,b'.repeat(300),
    });
    for (const k of [key, ...restoreKeys]) {
      assert.ok(k.length <= 512, `${k.length} characters`);
      assert.ok(!k.includes(','), k);
    }
  });

  test('rejects a system that could break the key', () => {
    for (const system of ['', 'x86_64 linux', 'a,b', 'x'.repeat(65)]) {
      assert.throws(
        () => storeCacheKey({ ...base, system, packages: ['git'] }),
        /Store cache key: system .* must be 1 to 64/,
      );
    }
    assert.throws(
      () => storeCacheKey({ ...base, source: '', packages: [] }),
      /package source is empty/,
    );
  });
});
