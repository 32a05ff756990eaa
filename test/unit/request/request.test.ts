import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseRequest,
  parsePackageList,
  parseTags,
  describeRequest,
} from '../../../src/request/request.ts';

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

const base = { packages: 'hello', 'pkg-source': 'path!/tmp/pkgs', image: 'localhost:5000/demo' };

test('packages: every separator form gives the same sorted, de-duplicated list', () => {
  const forms = [
    'jq git hello',
    'jq,git,hello',
    'jq\ngit\nhello',
    'jq/git/hello',
    ' jq ,\n git/ hello  jq ',
    'hello\r\ngit\r\njq',
  ];
  for (const form of forms) {
    assert.deepEqual(parsePackageList(form, 'packages'), ['git', 'hello', 'jq'], form);
  }
});

test('packages: attribute paths are kept exactly', () => {
  assert.deepEqual(parsePackageList('xorg.xev haskellPackages.stylish-haskell', 'packages'), [
    'haskellPackages.stylish-haskell',
    'xorg.xev',
  ]);
});

test('packages: bad names are rejected naming the input and the value', () => {
  const bad = [
    'hello";',
    '${builtins.readFile /etc/passwd}',
    '../../etc',
    '-A',
    'a..b',
    '.hidden',
    'x'.repeat(201),
    'pkg;rm',
  ];
  for (const name of bad) {
    assert.throws(
      () => parsePackageList(name, 'packages'),
      (err: Error) =>
        err.message.startsWith("Input 'packages':") && err.message.includes('attribute path'),
      name,
    );
  }
});

test('packages: empty list and too many names are refused', () => {
  assert.throws(
    () => parseRequest(reader({ ...base, packages: ' , ' })),
    /Input 'packages': is empty/,
  );
  const many = Array.from({ length: 501 }, (_, i) => `p${i}`).join(' ');
  assert.throws(() => parseRequest(reader({ ...base, packages: many })), /at most 500/);
});

test('tags: spaces, commas and newlines; order kept; repeats dropped', () => {
  assert.deepEqual(parseTags('latest v1,v1.2\nabc123 latest'), ['latest', 'v1', 'v1.2', 'abc123']);
  assert.throws(() => parseTags('  '), /Input 'tags': is empty/);
  assert.throws(() => parseTags('bad/tag'), /Input 'tags'/);
});

test('defaults are applied', () => {
  const req = parseRequest(reader({ packages: 'hello', image: 'ghcr.io/owner/name' }));
  assert.deepEqual(req.pkgSource, { kind: 'nixpkgs', ref: 'nixos-unstable' });
  assert.deepEqual(req.tags, ['latest']);
  assert.equal(req.push, true);
  assert.equal(req.maxLayers, 96);
  assert.equal(req.uid, 0);
  assert.equal(req.gid, 0);
  assert.deepEqual(req.contents, []);
  assert.deepEqual(req.image, { registry: 'ghcr.io', repository: 'owner/name' });
  assert.equal(req.registry.timeoutMs, 30_000);
});

test('scalar inputs are validated with a message naming the input', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ push: 'yes' }, /Input 'push': "yes" is not a boolean/],
    [{ 'max-layers': '0' }, /Input 'max-layers': "0" is not a whole number from 1 to 125/],
    [{ 'max-layers': '126' }, /Input 'max-layers'/],
    [{ 'max-layers': '9x' }, /Input 'max-layers'/],
    [{ uid: '-1' }, /Input 'uid'/],
    [{ gid: 'root' }, /Input 'gid'/],
    [{ image: 'ghcr.io/Owner/Name' }, /Input 'image'.*lower case/],
    [{ image: '' }, /Input 'image': is required when push is true/],
    [{ 'pkg-source': 'nixpkgs' }, /Input 'pkg-source'/],
    [{ username: 'u' }, /Input 'password': username and password must be given together/],
    [{ timeout: '0' }, /Input 'timeout': "0" is not a whole number from 1 to 3600/],
    [{ timeout: '1.5' }, /Input 'timeout'/],
    [{ timeout: '3601' }, /Input 'timeout'/],
  ];
  for (const [over, re] of cases) {
    assert.throws(() => parseRequest(reader({ ...base, ...over })), re, JSON.stringify(over));
  }
});

test('timeout is given in seconds', () => {
  assert.equal(parseRequest(reader({ ...base, timeout: ' 90 ' })).registry.timeoutMs, 90_000);
});

test('merge takes images of other repositories of the same registry, not of another registry', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  const req = parseRequest(
    reader({
      image: 'ghcr.io/o/multi',
      merge: `ghcr.io/o/amd64@${digest} ghcr.io/o/multi@${digest}`,
    }),
  );
  assert.deepEqual(
    req.merge.map((m) => m.image.repository),
    ['o/amd64', 'o/multi'],
  );
  assert.throws(
    () => parseRequest(reader({ image: 'ghcr.io/o/multi', merge: `quay.io/o/amd64@${digest}` })),
    /Input 'merge': "quay\.io\/o\/amd64@sha256:a+…" is not in ghcr\.io; images are merged only within one registry/,
  );
});

test('push false needs no image', () => {
  const req = parseRequest(reader({ packages: 'hello', push: 'false', 'pkg-source': 'path!/x' }));
  assert.equal(req.push, false);
  assert.equal(req.image, undefined);
});

test('describeRequest never shows the password', () => {
  const req = parseRequest(reader({ ...base, username: 'me', password: 's3cr3t-value' }));
  const text = describeRequest(req);
  assert.ok(!text.includes('s3cr3t-value'));
  assert.ok(text.includes('"username": "me"'));
});
