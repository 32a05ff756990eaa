import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import { createSpyPath, type SpyPath } from '../../helpers/spy-path.ts';

// Package sources, image names and tags are checked against their grammars by the bundled
// action before anything runs: the step fails with a message naming the input and showing
// the offending value, and the spies on PATH record that no program was started.

let spy: SpyPath;

before(async () => {
  spy = await createSpyPath();
});

after(async () => {
  await spy?.remove();
});

interface Case {
  inputs: Record<string, string>;
  /** The input the error must name. */
  input: string;
  /** Text the error must hold: the offending value as shown, and why. */
  shows: string[];
}

async function expectRefused(cases: Case[]): Promise<void> {
  await spy.clear();
  const runs: ActionRun[] = [];
  // Four at a time: each is a process of its own.
  for (let i = 0; i < cases.length; i += 4) {
    runs.push(
      ...(await Promise.all(
        cases.slice(i, i + 4).map((c) =>
          runAction(
            {
              packages: 'hello',
              'pkg-source': testPkgSource,
              image: '127.0.0.1:5/sec/grammar',
              ...c.inputs,
            },
            { env: { PATH: spy.path } },
          ),
        ),
      )),
    );
  }
  runs.forEach((run, i) => {
    const c = cases[i]!;
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? run.stdout;
    assert.equal(run.code, 1, error);
    assert.ok(error.startsWith(`::error::Input '${c.input}': `), error);
    for (const s of c.shows) assert.ok(error.includes(s), `${JSON.stringify(s)} in ${error}`);
  });
  assert.deepEqual(await spy.calls(), [], 'nothing was started');
}

const source = (value: string, ...shows: string[]): Case => ({
  inputs: { 'pkg-source': value },
  input: 'pkg-source',
  shows,
});

test('git sources with dangerous transports or option-like parts are refused', () =>
  expectRefused([
    source('git!ext::sh -c touch% /tmp/pwned!main', '"git!ext::sh -c', 'ext::'),
    source('git!-uhttps://example.com/x!main', '"git!-uhttps:', 'may not start with "-"'),
    source('git!ssh://-oProxyCommand=touch/x!main', '"git!ssh://-oProxy', '"-"'),
  ]));

test('path sources with control characters are refused', () =>
  expectRefused([
    source('path!/tmp/a\u0007b', '"path!/tmp/a\\u0007b"', 'control characters'),
    source('path!/tmp/a\u001b[31mb', '"path!/tmp/a\\u001b[31mb"', 'control characters'),
    source('path!/tmp/a\nb', '"path!/tmp/a\\nb"', 'control characters'),
  ]));

test('nixpkgs sources must be a channel name or a 40-hex revision', () =>
  expectRefused([
    source('nixpkgs!../../etc', '"nixpkgs!../../etc"', 'channel name'),
    source('nixpkgs!$(touch /tmp/p)', '"nixpkgs!$(touch /tmp/p)"', 'channel name'),
    source('channel:nixos-25.05', '"channel:nixos-25.05"', 'no "<kind>!" prefix'),
  ]));

const image = (value: string, ...shows: string[]): Case => ({
  inputs: { image: value },
  input: 'image',
  shows: [JSON.stringify(value), ...shows],
});
const tags = (value: string, shown: string): Case => ({
  inputs: { tags: value },
  input: 'tags',
  shows: [JSON.stringify(shown), 'is not a valid tag'],
});

test('image names follow the distribution grammar and the error shows the value', () =>
  expectRefused([
    image('127.0.0.1:5/Upper/Case', 'upper-case'),
    image('ghcr.io/owner/name:v1', 'holds a tag'),
    image('ghcr.io/../etc', 'invalid path component'),
    image('ghcr.io/$(touch /tmp/p)', 'invalid path component'),
  ]));

test('tags follow [A-Za-z0-9_][A-Za-z0-9._-]{0,127} and the error shows the tag', () =>
  expectRefused([
    tags('.hidden', '.hidden'),
    tags('latest a/b', 'a/b'),
    tags('a'.repeat(129), 'a'.repeat(80) + '…'),
  ]));

// One environment variable holds at most 128 KiB on Linux (MAX_ARG_STRLEN), so a runner cannot
// pass a 4 MiB input; 100 KiB is over the 64 KiB limit of every input but extra-commands, and
// the unit tests try 4 MiB on every input.
test('oversized inputs and too many layers are refused by name before anything runs', () =>
  expectRefused([
    {
      inputs: { labels: `a=${'b'.repeat(100 * 1024)}` },
      input: 'labels',
      shows: ['is 102402 bytes long', 'at most 65536 bytes'],
    },
    {
      inputs: { annotations: `a=${'b'.repeat(100 * 1024)}` },
      input: 'annotations',
      shows: ['is 102402 bytes long'],
    },
    { inputs: { 'max-layers': '126' }, input: 'max-layers', shows: ['"126"', 'to 125'] },
  ]));
