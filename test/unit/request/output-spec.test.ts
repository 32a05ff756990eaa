import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../../src/core/errors.ts';
import { parseOutputSpec } from '../../../src/request/output-spec.ts';
import type { OutputSpec } from '../../../src/output/write.ts';

describe('parseOutputSpec', () => {
  const good: { value: string; specs: OutputSpec[] }[] = [
    { value: '', specs: [] },
    { value: ' \n , ', specs: [] },
    { value: 'oci-layout:out/image', specs: [{ kind: 'oci-layout', dir: 'out/image' }] },
    {
      value: 'docker-archive:/tmp/image.tar',
      specs: [{ kind: 'docker-archive', file: '/tmp/image.tar' }],
    },
    {
      value: 'oci-layout:a\ndocker-archive:b.tar',
      specs: [
        { kind: 'oci-layout', dir: 'a' },
        { kind: 'docker-archive', file: 'b.tar' },
      ],
    },
    {
      value: ' oci-layout: a , docker-archive:b.tar,oci-layout: a',
      specs: [
        { kind: 'oci-layout', dir: 'a' },
        { kind: 'docker-archive', file: 'b.tar' },
      ],
    },
    // Everything after the first colon is the path.
    {
      value: 'oci-layout:dir:with:colons',
      specs: [{ kind: 'oci-layout', dir: 'dir:with:colons' }],
    },
  ];
  for (const c of good) {
    it(`reads ${JSON.stringify(c.value)}`, () => {
      assert.deepEqual(parseOutputSpec(c.value), c.specs);
    });
  }

  const bad: { value: string; match: RegExp }[] = [
    { value: 'oci:dir', match: /unknown kind "oci"/ },
    { value: 'docker-archive', match: /names no path/ },
    { value: 'oci-layout:', match: /names no path/ },
    { value: 'oci-layout:  ', match: /names no path/ },
    { value: 'type=docker,dest=x', match: /unknown kind/ },
    { value: 'oci-layout:a\u0007b', match: /control characters/ },
    { value: 'oci-layout:x\ndocker-archive:x', match: /same path/ },
  ];
  for (const c of bad) {
    it(`refuses ${JSON.stringify(c.value)}, naming the input and the allowed forms`, () => {
      assert.throws(
        () => parseOutputSpec(c.value, 'outputs'),
        (err: unknown) =>
          err instanceof InputError &&
          err.input === 'outputs' &&
          c.match.test(err.message) &&
          (/oci-layout:<directory>/.test(err.message) || /same path/.test(err.message)),
      );
    });
  }

  it('names the input "output" by default', () => {
    assert.throws(
      () => parseOutputSpec('nope:x'),
      (err: unknown) => err instanceof InputError && err.input === 'output',
    );
  });
});
