import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMergeRefs } from '../../../src/request/merge-refs.ts';

const a = `sha256:${'a'.repeat(64)}`;
const b = `sha256:${'b'.repeat(64)}`;
const target = { registry: 'ghcr.io', repository: 'owner/app' };

describe('parseMergeRefs', () => {
  it('reads <image>@<digest> references separated by spaces, commas or newlines', () => {
    assert.deepEqual(
      parseMergeRefs(`ghcr.io/owner/app@${a},\n ghcr.io/owner/other@${b}\n`, target),
      [
        { image: target, digest: a },
        { image: { registry: 'ghcr.io', repository: 'owner/other' }, digest: b },
      ],
    );
  });

  it('is empty for an empty input', () => {
    assert.deepEqual(parseMergeRefs('  \n', target), []);
  });

  for (const bad of [
    'ghcr.io/owner/app',
    'ghcr.io/owner/app:latest',
    `ghcr.io/owner/app@sha256:${'a'.repeat(63)}`,
    `ghcr.io/owner/app@sha512:${'a'.repeat(64)}`,
    `ghcr.io/owner/app@${a.toUpperCase()}`,
  ]) {
    it(`refuses ${JSON.stringify(bad)}, naming the input`, () => {
      assert.throws(
        () => parseMergeRefs(bad, target),
        /Input 'merge': .* is not <image>@sha256:<64 hex digits>\./,
      );
    });
  }

  it('refuses an image of another registry', () => {
    assert.throws(
      () => parseMergeRefs(`quay.io/owner/app@${a}`, target),
      /Input 'merge': .*is not in ghcr\.io; images are merged only within one registry/,
    );
  });

  it('refuses an invalid image name, naming the merge input', () => {
    assert.throws(
      () => parseMergeRefs(`ghcr.io/Owner/App@${a}`, target),
      /Input 'merge': .*upper-case/,
    );
  });
});
