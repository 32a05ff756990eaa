import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { parsePackageList, parseRequest } from '../../../src/request/request.ts';
import { InputError } from '../../../src/core/errors.ts';

// Every input is data. A value that could mean something to Nix or a shell is refused with a
// message naming the input and showing the value; one that fits the attribute path alphabet
// is only ever a name to look up.

const base: Record<string, string> = {
  packages: 'hello',
  'pkg-source': 'path!/tmp/pkgs',
  image: 'ghcr.io/owner/name',
  tags: 'latest',
};

function parse(overrides: Record<string, string>) {
  const inputs = { ...base, ...overrides };
  return parseRequest((name) => inputs[name] ?? '');
}

function refused(overrides: Record<string, string>, input: string, shown: string) {
  assert.throws(
    () => parse(overrides),
    (err: unknown) => {
      assert.ok(err instanceof InputError, String(err));
      assert.equal(err.input, input);
      assert.ok(err.message.startsWith(`Input '${input}':`), err.message);
      assert.ok(err.message.includes(shown), `${err.message} shows ${shown}`);
      return true;
    },
  );
}

const hostileNames: [string, string][] = [
  ['hello"; builtins.abort "x', '"hello\\";"'],
  ['${builtins.readFile /etc/passwd}', '"${builtins.readFile"'],
  ['-A foo', '"-A"'],
  ['--option sandbox false', '"--option"'],
  ['../../etc', '".."'],
  ['hello;rm', '"hello;rm"'],
  ['`id`', '"`id`"'],
  ['$(id)', '"$(id)"'],
  ['x\u0000y', '"x\\u0000y"'],
  ['héllo', '"héllo"'],
  ['hello.${x}', '"hello.${x}"'],
];

for (const [name, shown] of hostileNames) {
  test(`package name ${JSON.stringify(name)} is refused in packages and contents`, () => {
    refused({ packages: name }, 'packages', shown);
    refused({ contents: name }, 'contents', shown);
  });
}

test('a newline separates names: each part is an ordinary name to look up', () => {
  assert.deepEqual(parse({ packages: 'hello\nworld' }).packages, ['hello', 'world']);
  assert.deepEqual(parse({ packages: 'a\r\nb\u2028c' }).packages, ['a', 'b', 'c']);
});

test('names that fit the alphabet stay names, even when they spell Nix keywords', () => {
  const req = parse({ packages: "builtins.abort import __functor with let x' hello.drvPath" });
  assert.deepEqual(req.packages, [
    '__functor',
    'builtins.abort',
    'hello.drvPath',
    'import',
    'let',
    'with',
    "x'",
  ]);
});

test('10 000 names are refused by count, with the count in the message', () => {
  const names = Array.from({ length: 10_000 }, (_, i) => `p${i}`).join(' ');
  refused({ packages: names }, 'packages', '10000 packages');
});

test('a 1 MB name is refused by the input size limit before it is parsed', () => {
  refused({ packages: 'a'.repeat(1_000_000) }, 'packages', '1000000 bytes');
});

test('a name over 200 characters is refused', () => {
  refused({ packages: `a${'b'.repeat(200)}` }, 'packages', 'at most 200 characters');
});

// Random strings over an alphabet rich in Nix and shell syntax: whatever the parser accepts
// must hold none of it, so nothing accepted can be read as code by Nix or a shell.
test('fuzz: accepted names never hold Nix or shell syntax', () => {
  const alphabet = 'aZ09_.-\'+"$`{}();\\ !@#%^&*=[]<>?|~/\n\t\u0000é:';
  let accepted = 0;
  for (let i = 0; i < 5000; i++) {
    const bytes = randomBytes(1 + (i % 12));
    const value = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    let names: string[];
    try {
      names = parsePackageList(value, 'packages');
    } catch (err) {
      assert.ok(err instanceof InputError);
      assert.equal(err.input, 'packages');
      continue;
    }
    accepted += names.length;
    for (const n of names) assert.match(n, /^[A-Za-z0-9_'+.-]+$/, JSON.stringify(value));
  }
  assert.ok(accepted > 0, 'the fuzzer produced some valid names too');
});

test('pkg-source: dangerous git transports and option-looking values are refused', () => {
  const cases: [string, string][] = [
    ['git!ext::sh -c touch% /tmp/pwned!main', 'ext::'],
    ['git!fd::17!main', 'remote helpers'],
    ['git!-uhttps://example.com/x!main', 'may not start with "-"'],
    ['git!--upload-pack=touch /tmp/pwned!main', 'may not start with "-"'],
    ['git!https://-oProxyCommand=x/repo!main', '"-"'],
    ['git!ssh://-oProxyCommand=touch/x!main', '"-"'],
    ['git!https://example.com/x!--output=/tmp/x', 'git ref'],
    ['git!https://example.com/x!a..b', 'not a valid git ref'],
    ['path!/tmp/a\nb', 'control characters'],
    ['path!/tmp/a\u0007b', 'control characters'],
    ['nixpkgs!../../etc', 'channel name'],
    ['nixpkgs!$(touch /tmp/x)', 'channel name'],
    ['nixpkgs!nixos-25.05"; builtins.abort "x', 'channel name'],
    ['nixpkgs!-Ifoo', 'channel name'],
  ];
  for (const [value, why] of cases) {
    assert.throws(
      () => parse({ 'pkg-source': value }),
      (err: unknown) =>
        err instanceof InputError &&
        err.input === 'pkg-source' &&
        err.message.includes(JSON.stringify(value.trim()).slice(0, 20)) &&
        err.message.includes(why),
      value,
    );
  }
  assert.deepEqual(parse({ 'pkg-source': 'nixpkgs!nixos-25.05' }).pkgSource, {
    kind: 'nixpkgs',
    ref: 'nixos-25.05',
  });
  const rev = 'A'.repeat(40);
  assert.deepEqual(parse({ 'pkg-source': `nixpkgs!${rev}` }).pkgSource, {
    kind: 'nixpkgs',
    ref: 'a'.repeat(40),
  });
});

test('image names and tags follow the distribution grammar and show the offending value', () => {
  const images: [string, string][] = [
    ['ghcr.io/Owner/Name', 'upper-case'],
    ['ghcr.io/owner/name:tag', 'holds a tag'],
    [`ghcr.io/owner/name@sha256:${'0'.repeat(64)}`, 'holds a digest'],
    ['ghcr.io/../etc', 'invalid path component'],
    ['ghcr.io/owner/-name', 'invalid path component'],
    ['ghcr.io/owner//name', 'invalid path component'],
    ['-ghcr.io/x', 'invalid registry host'],
    ['owner/name', 'no registry host'],
    [`ghcr.io/${'a'.repeat(260)}`, 'longer than 255'],
    ['ghcr.io/owner/na me', 'invalid path component'],
    ['ghcr.io/$(touch /tmp/x)', 'invalid path component'],
  ];
  for (const [image, why] of images) {
    refused({ image }, 'image', why);
    refused({ image }, 'image', JSON.stringify(image).slice(0, 20));
  }
  const tags = ['.hidden', '-x', 'a/b', 'täg', '$(id)', 'a'.repeat(129), 'a:b', 'v1;rm'];
  for (const tag of tags) {
    refused({ tags: tag }, 'tags', JSON.stringify(tag).slice(0, 20));
  }
  assert.deepEqual(parse({ tags: `_x v1.0-rc_1 ${'A'.repeat(128)}` }).tags, [
    '_x',
    'v1.0-rc_1',
    'A'.repeat(128),
  ]);
});
