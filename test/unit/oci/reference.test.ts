import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../../src/core/errors.ts';
import { parseImageName, registryBaseUrl, validateTag } from '../../../src/oci/reference.ts';

describe('parseImageName', () => {
  const accepted: [string, string, string][] = [
    ['ghcr.io/owner/ci-tools', 'ghcr.io', 'owner/ci-tools'],
    ['localhost:5000/a', 'localhost:5000', 'a'],
    ['localhost/a/b', 'localhost', 'a/b'],
    ['127.0.0.1:5000/x/y/z', '127.0.0.1:5000', 'x/y/z'],
    ['[::1]:5000/img', '[::1]:5000', 'img'],
    ['registry.example.com/a.b/c_d/e__f/g-h/i--j', 'registry.example.com', 'a.b/c_d/e__f/g-h/i--j'],
    ['docker.io/library/alpine', 'docker.io', 'library/alpine'],
    ['  ghcr.io/o/n  ', 'ghcr.io', 'o/n'],
  ];
  for (const [value, registry, repository] of accepted) {
    it(`accepts ${value.trim()}`, () => {
      assert.deepEqual(parseImageName(value), { registry, repository });
    });
  }

  const rejected: [string, RegExp][] = [
    ['', /is empty/],
    ['alpine', /write the registry host.*docker\.io\/library\/alpine/],
    ['owner/name', /write the registry host.*docker\.io\/owner\/name/],
    ['ghcr.io/Owner/Name', /"ghcr\.io\/Owner\/Name".*registry names must be lower case/],
    ['ghcr.io/owner/name:latest', /holds a tag.*`tags`/],
    ['ghcr.io/owner/name@sha256:' + 'a'.repeat(64), /holds a digest/],
    ['ghcr.io/owner//name', /invalid path component/],
    ['ghcr.io/owner/-name', /invalid path component "-name"/],
    ['ghcr.io/owner/name.', /invalid path component/],
    ['ghcr.io/owner/a___b', /invalid path component/],
    ['ghcr.io/', /invalid path component ""/],
    ['ghcr.io/owner/na me', /invalid path component/],
    ['bad_host.io/x', /invalid registry host/],
    [`ghcr.io/${'a'.repeat(250)}`, /longer than 255/],
  ];
  for (const [value, message] of rejected) {
    it(`rejects ${JSON.stringify(value.slice(0, 40))}`, () => {
      assert.throws(
        () => parseImageName(value, 'image'),
        (err: unknown) => {
          assert.ok(err instanceof InputError);
          assert.match(err.message, /^Input 'image': /);
          assert.match(err.message, message);
          return true;
        },
      );
    });
  }

  it('names the input it was given', () => {
    assert.throws(() => parseImageName('alpine', 'cache-image'), /Input 'cache-image': /);
  });
});

describe('validateTag', () => {
  for (const tag of ['latest', 'v1.2.3', '_x', 'A-b_c.d', 'a'.repeat(128), '0123abcdef']) {
    it(`accepts ${tag.slice(0, 20)}`, () => assert.equal(validateTag(tag), tag));
  }
  for (const tag of ['', '.x', '-x', 'a'.repeat(129), 'a/b', 'a:b', 'ü', 'a b']) {
    it(`rejects ${JSON.stringify(tag.slice(0, 20))}`, () => {
      assert.throws(() => validateTag(tag), /Input 'tags': .* is not a valid tag/);
    });
  }
});

describe('registryBaseUrl', () => {
  const cases: [string, string][] = [
    ['localhost', 'http://localhost'],
    ['localhost:5000', 'http://localhost:5000'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['127.255.3.4', 'http://127.255.3.4'],
    ['[::1]:5000', 'http://[::1]:5000'],
    ['ghcr.io', 'https://ghcr.io'],
    ['registry.example.com:5000', 'https://registry.example.com:5000'],
    ['128.0.0.1:5000', 'https://128.0.0.1:5000'],
    ['localhost.example.com', 'https://localhost.example.com'],
    ['docker.io', 'https://registry-1.docker.io'],
  ];
  for (const [registry, url] of cases) {
    it(`${registry} → ${url}`, () => assert.equal(registryBaseUrl(registry), url));
  }
});
