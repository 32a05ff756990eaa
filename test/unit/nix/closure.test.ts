import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../src/core/errors.ts';
import { parseDumpDb } from '../../../src/nix/closure.ts';

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
