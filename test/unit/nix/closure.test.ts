import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { narHashHex, parseDumpDb, parsePathInfo } from '../../../src/nix/closure.ts';

const busybox = '/nix/store/71fc7s32zl20dc955bhghy5dvalm7ndz-busybox';
const lib = '/nix/store/bnr8pnkkqdmyg0rdp5gzqi70pvca5fd7-hello-lib';
const hello = '/nix/store/hrky8bc97n55vpi58mf5sx52p2mf326y-hello';
const hash = (c: string) => c.repeat(64);

// As printed by `nix-store --dump-db` on Nix 2.8 (a path without deriver has an empty line).
const dump = [
  busybox,
  hash('a'),
  '1982736',
  '',
  '0',
  hello,
  hash('b'),
  '696',
  '/nix/store/2z7lr8rwxcgkfin4lmihk9ynfvm7mxg4-hello.drv',
  '3',
  lib,
  hello,
  busybox,
  lib,
  hash('c'),
  '464',
  '/nix/store/i3b7x0yp078g5db6hkcfn63j3gv3dhga-hello-lib.drv',
  '0',
  '',
].join('\n');

describe('parseDumpDb', () => {
  it('reads path, hash, size and references; drops self-references and sorts', () => {
    assert.deepEqual(parseDumpDb(dump), [
      { path: busybox, references: [], narSize: 1982736, narHash: `sha256:${hash('a')}` },
      { path: hello, references: [busybox, lib], narSize: 696, narHash: `sha256:${hash('b')}` },
      { path: lib, references: [], narSize: 464, narHash: `sha256:${hash('c')}` },
    ]);
  });

  it('reads empty output as no paths', () => {
    assert.deepEqual(parseDumpDb(''), []);
  });

  const broken: [string, string, RegExp][] = [
    [
      'a truncated record',
      dump.split('\n').slice(0, 11).join('\n'),
      /ended where a reference was expected/,
    ],
    [
      'a base-32 hash',
      dump.replace(hash('a'), '1a63knxzkqdwcbq1qfnj2m80iczgl0882p0mps4577lkr86nbdzg'),
      /bad NAR hash/,
    ],
    ['a negative size', dump.replace('1982736', '-1'), /bad NAR size/],
    [
      'a missing deriver',
      [busybox, hash('a'), '1'].join('\n'),
      /ended where a deriver was expected/,
    ],
    ['a bad reference count', [busybox, hash('a'), '1', '', 'x'].join('\n'), /bad reference count/],
    ['a relative path', dump.replace(busybox, 'nix/store/x'), /expected a store path/],
  ];
  for (const [what, text, message] of broken) {
    it(`refuses ${what}`, () => {
      assert.throws(
        () => parseDumpDb(text),
        (err: Error) => errorCode(err) === 'NIX_QUERY_FAILED' && message.test(err.message),
      );
    });
  }
});

describe('parsePathInfo', () => {
  const sri = (c: string) => `sha256-${Buffer.from(c.repeat(64), 'hex').toString('base64')}`;
  // Sorted by path, as readClosure gives them.
  const expected = [
    { path: busybox, references: [], narSize: 1982736, narHash: `sha256:${hash('a')}` },
    { path: lib, references: [], narSize: 464, narHash: `sha256:${hash('c')}` },
    { path: hello, references: [busybox, lib], narSize: 696, narHash: `sha256:${hash('b')}` },
  ];
  // Nix 2.4 to 2.18: an array, each entry naming its path; references may include the path itself.
  const asArray = JSON.stringify([
    { path: hello, narHash: sri('b'), narSize: 696, references: [lib, hello, busybox] },
    { path: busybox, narHash: sri('a'), narSize: 1982736, references: [], ultimate: true },
    { path: lib, narHash: sri('c'), narSize: 464, references: [], deriver: '/nix/store/x.drv' },
  ]);
  // Nix 2.19 on: an object keyed by path.
  const asObject = JSON.stringify({
    [lib]: { narHash: sri('c'), narSize: 464, references: [] },
    [hello]: { narHash: sri('b'), narSize: 696, references: [busybox, lib] },
    [busybox]: { narHash: sri('a'), narSize: 1982736, references: [], signatures: [] },
  });

  it('reads the array form and the object form alike, as --dump-db would', () => {
    assert.deepEqual(parsePathInfo(asArray, [hello]), expected);
    assert.deepEqual(parsePathInfo(asObject, [hello]), expected);
  });

  it('converts an SRI NAR hash to hex and keeps hex as it is', () => {
    assert.equal(narHashHex(sri('d')), `sha256:${hash('d')}`);
    assert.equal(narHashHex(`sha256:${hash('e')}`), `sha256:${hash('e')}`);
    assert.equal(
      narHashHex('sha256:1a63knxzkqdwcbq1qfnj2m80iczgl0882p0mps4577lkr86nbdzg'),
      undefined,
    );
    assert.equal(narHashHex(`sha512-${Buffer.alloc(64).toString('base64')}`), undefined);
    assert.equal(narHashHex(42), undefined);
  });

  const refused: [string, string, string[]][] = [
    ['not JSON', 'error: path is not valid', [hello]],
    ['an empty answer', '[]', [hello]],
    ['a path marked not valid', JSON.stringify([{ path: hello, valid: false }]), [hello]],
    ['a path given as null', JSON.stringify({ [hello]: null }), [hello]],
    [
      'paths without the store directory (a later form)',
      asObject.replaceAll('/nix/store/', ''),
      [hello],
    ],
    ['a base-32 NAR hash', asArray.replace(sri('a'), `sha256:${'1'.repeat(52)}`), [hello]],
    ['a fractional size', asArray.replace('464', '464.5'), [hello]],
    ['a root that is missing', asArray, [hello, '/nix/store/00000000000000000000000000000000-x']],
    [
      'a reference outside the closure',
      JSON.stringify([{ path: hello, narHash: sri('b'), narSize: 1, references: [lib] }]),
      [hello],
    ],
  ];
  for (const [what, text, roots] of refused) {
    it(`gives undefined (the legacy commands then read the closure) for ${what}`, () => {
      assert.equal(parsePathInfo(text, roots), undefined);
    });
  }
});
