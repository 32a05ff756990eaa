import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { formatPkgSource, type PkgSource } from '../../../src/nix/source.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';

const rev = '0123456789abcdef0123456789abcdef01234567';

const accepted: [string, PkgSource][] = [
  ['nixpkgs!nixos-25.05', { kind: 'nixpkgs', ref: 'nixos-25.05' }],
  ['nixpkgs!nixpkgs-unstable', { kind: 'nixpkgs', ref: 'nixpkgs-unstable' }],
  [`nixpkgs!${rev}`, { kind: 'nixpkgs', ref: rev }],
  [`nixpkgs!${rev.toUpperCase()}`, { kind: 'nixpkgs', ref: rev }],
  ['  nixpkgs!nixos-unstable\n', { kind: 'nixpkgs', ref: 'nixos-unstable' }],
  [
    `git!https://github.com/NixOS/nixpkgs!${rev}`,
    { kind: 'git', url: 'https://github.com/NixOS/nixpkgs', ref: rev },
  ],
  [
    'git!http://example.com/repo.git!main',
    { kind: 'git', url: 'http://example.com/repo.git', ref: 'main' },
  ],
  [
    'git!ssh://git@example.com:2222/org/repo.git!refs/tags/v1.0',
    { kind: 'git', url: 'ssh://git@example.com:2222/org/repo.git', ref: 'refs/tags/v1.0' },
  ],
  [
    'git!git://example.com/repo!release-24.11',
    { kind: 'git', url: 'git://example.com/repo', ref: 'release-24.11' },
  ],
  ['git!file:///tmp/some repo!main', { kind: 'git', url: 'file:///tmp/some repo', ref: 'main' }],
  [
    'git!git@github.com:NixOS/nixpkgs.git!nixos-25.05',
    { kind: 'git', url: 'git@github.com:NixOS/nixpkgs.git', ref: 'nixos-25.05' },
  ],
  // The ref is after the last "!", so a URL may hold one.
  [
    'git!https://example.com/a!b!main',
    { kind: 'git', url: 'https://example.com/a!b', ref: 'main' },
  ],
  ['path!/srv/pkgs', { kind: 'path', dir: '/srv/pkgs' }],
  ['path!./test/pkgs', { kind: 'path', dir: './test/pkgs' }],
  ['path!/dir with spaces/é', { kind: 'path', dir: '/dir with spaces/é' }],
  [
    'flake!github:NixOS/nixpkgs/nixos-25.05',
    { kind: 'flake', ref: 'github:NixOS/nixpkgs/nixos-25.05' },
  ],
  ['flake!.', { kind: 'flake', ref: '.' }],
  ['flake!path:/abs/dir', { kind: 'flake', ref: 'path:/abs/dir' }],
  [
    `flake!git+https://example.com/repo?rev=${rev}`,
    { kind: 'flake', ref: `git+https://example.com/repo?rev=${rev}` },
  ],
  ['lock!', { kind: 'lock', input: 'nixpkgs' }],
  ['lock!nixpkgs-unstable', { kind: 'lock', input: 'nixpkgs-unstable' }],
  ['lock!utils/nixpkgs', { kind: 'lock', input: 'utils/nixpkgs' }],
];

const rejected: [string, RegExp][] = [
  ['', /no "<kind>!" prefix/],
  ['nixos-25.05', /no "<kind>!" prefix/],
  ['channel!nixos-25.05', /unknown kind "channel"/],
  ['nixpkgs!', /channel name/],
  ['nixpkgs!-nixos', /channel name/],
  ['nixpkgs!nixos/25.05', /channel name/],
  ['nixpkgs!nixos 25.05', /channel name/],
  ['nixpkgs!../../etc', /channel name/],
  ['nixpkgs!nixos\u0000', /control characters/],
  ['git!https://example.com/repo', /both a URL and a ref/],
  ['git!!main', /both a URL and a ref/],
  ['git!https://example.com/repo!', /both a URL and a ref/],
  ['git!ext::sh -c touch% /tmp/pwned!main', /remote helpers/],
  ['git!fd::17!main', /remote helpers/],
  ['git!-uhttps://example.com!main', /may not start with "-"/],
  ['git!--upload-pack=touch /tmp/x!main', /may not start with "-"/],
  ['git!ssh://-oProxyCommand=touch%20x/repo!main', /host may not start with "-"/],
  ['git!-oProxyCommand=x@host:repo!main', /may not start with "-"/],
  ['git!ftp://example.com/repo!main', /scheme ftp: is not allowed/],
  ['git!javascript:alert(1)!main', /scheme javascript: is not allowed/],
  ['git!example.com/repo!main', /is not a URL/],
  ['git!https://example.com/repo!-main', /git ref/],
  ['git!https://example.com/repo!main..other', /not a valid git ref name/],
  ['git!https://example.com/repo!heads/main.lock', /not a valid git ref name/],
  ['git!https://example.com/repo!ma in', /git ref/],
  ['git!https://example.com/re\npo!main', /control characters/],
  ['git!https://example.com/repo!main\u001b[31m', /control characters/],
  ['path!', /needs a directory/],
  ['path!/tmp/a\tb', /control characters/],
  ['path!/tmp/\u007f', /control characters/],
  ['flake!', /needs a flake reference/],
  ['flake!--impure', /may not start with "-"/],
  ['flake!github:a/b "x"', /no spaces, quotes or brackets/],
  ['flake!${builtins.abort}', /no spaces, quotes or brackets/],
  ['lock!../etc', /flake\.lock input/],
  ['lock!a//b', /flake\.lock input/],
];

describe('parsePkgSource', () => {
  for (const [value, expected] of accepted) {
    it(`accepts ${JSON.stringify(value)}`, () => {
      assert.deepEqual(parsePkgSource(value), expected);
    });
  }

  for (const [value, reason] of rejected) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      assert.throws(
        () => parsePkgSource(value, 'pkg-source'),
        (err: Error) => {
          assert.equal(errorCode(err), 'INPUT_INVALID');
          assert.match(err.message, /^Input 'pkg-source': /);
          assert.match(err.message, reason);
          // Every refusal teaches the allowed forms.
          assert.match(err.message, /nixpkgs!<channel or 40-hex commit>/);
          assert.match(err.message, /git!<url>!<40-hex commit or ref>/);
          assert.match(err.message, /path!<directory>/);
          return true;
        },
      );
    });
  }

  it('names the input it was given', () => {
    assert.throws(
      () => parsePkgSource('bogus', 'source'),
      (err: Error) => err.message.startsWith(`Input 'source': "bogus" is not a package source`),
    );
  });
});

describe('formatPkgSource', () => {
  for (const [value, parsed] of accepted) {
    it(`round-trips ${JSON.stringify(value)}`, () => {
      assert.deepEqual(parsePkgSource(formatPkgSource(parsed)), parsed);
    });
  }

  it('prints each kind in its string form', () => {
    assert.equal(formatPkgSource({ kind: 'nixpkgs', ref: 'nixos-25.05' }), 'nixpkgs!nixos-25.05');
    assert.equal(
      formatPkgSource({ kind: 'git', url: 'https://example.com/r', ref: rev }),
      `git!https://example.com/r!${rev}`,
    );
    assert.equal(formatPkgSource({ kind: 'path', dir: '/srv/pkgs' }), 'path!/srv/pkgs');
  });
});
