import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INPUTS, parseRequest } from '../../../src/request/request.ts';
import { checkDocumentSize, MAX_DOCUMENT_BYTES } from '../../../src/oci/limits.ts';
import { InputError, errorCode } from '../../../src/core/errors.ts';

// Sizes are checked before any work starts: a runaway value (a whole file pasted into an input,
// a generated label list) fails at once and names the input.

const MiB = 1024 * 1024;
const base: Record<string, string> = {
  packages: 'hello',
  'pkg-source': 'path!/tmp/pkgs',
  image: 'ghcr.io/owner/name',
  tags: 'latest',
};

function parse(inputs: Record<string, string>) {
  return parseRequest((name) => inputs[name] ?? '');
}

function inputError(input: string, includes: string) {
  return (err: unknown) => {
    assert.ok(err instanceof InputError, String(err));
    assert.equal(err.input, input);
    assert.ok(err.message.includes(includes), err.message);
    return true;
  };
}

// Every input the action declares, present and future (a `labels` input included once added).
for (const name of Object.keys(INPUTS)) {
  test(`a 4 MiB + 1 byte value of ${name} is refused by the size limit`, () => {
    const size = 4 * MiB + 1;
    assert.throws(
      () => parse({ ...base, [name]: 'a'.repeat(size) }),
      inputError(name, `is ${size} bytes long`),
    );
  });
}

test('inputs each within their limit but over 2 MiB together are refused as a whole', () => {
  const inputs: Record<string, string> = { ...base, 'extra-commands': 'x'.repeat(MiB) };
  // Free-text inputs, filled to just under their own 64 KiB limit.
  for (const name of Object.keys(INPUTS)
    .filter((n) => !(n in inputs))
    .slice(0, 20)) {
    inputs[name] = 'a'.repeat(60 * 1024);
  }
  assert.throws(() => parse(inputs), inputError('inputs', 'at most 2097152 bytes'));
});

test('the size check comes before any grammar: a huge bad value is refused for its size', () => {
  assert.throws(
    () => parse({ ...base, image: 'UPPER'.repeat(20_000) }),
    inputError('image', 'bytes long'),
  );
});

test('max-layers is bounded (at most 125) and whole', () => {
  for (const v of ['0', '126', '1000', '-1', '9.5', '96; rm -rf /', '1e2']) {
    assert.throws(() => parse({ ...base, 'max-layers': v }), inputError('max-layers', 'to 125'));
  }
  assert.equal(parse({ ...base, 'max-layers': '125' }).maxLayers, 125);
});

test('concurrency, uid and gid are bounded', () => {
  assert.throws(() => parse({ ...base, concurrency: '33' }), inputError('concurrency', '1 to 32'));
  assert.throws(() => parse({ ...base, uid: '262144' }), inputError('uid', '0 to 262143'));
  assert.throws(() => parse({ ...base, gid: '-1' }), inputError('gid', '0 to 262143'));
});

test('image config and manifest over 4 MiB are refused before pushing', () => {
  assert.equal(MAX_DOCUMENT_BYTES, 4 * MiB);
  checkDocumentSize('image manifest', 4 * MiB);
  for (const what of ['image config', 'image manifest']) {
    assert.throws(
      () => checkDocumentSize(what, 4 * MiB + 1),
      (err: unknown) => {
        assert.equal(errorCode(err), 'DOCUMENT_TOO_LARGE');
        assert.match((err as Error).message, new RegExp(`The ${what} is 4194305 bytes`));
        return true;
      },
    );
  }
});
