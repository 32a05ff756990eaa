import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changesMarkdown, computeChanges } from '../../../src/pipeline/steps/changes.ts';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const p = (n: string) => `/nix/store/${'x'.repeat(31)}${n.length}-${n}`;

test('a bump: the package with both versions, store paths, layers and bytes', () => {
  const layers = [
    { digest: d('1'), size: 1000 },
    { digest: d('2'), size: 300 },
    { digest: d('3'), size: 50 },
  ];
  const changes = computeChanges(
    {
      layers,
      entries: [
        { path: p('greeter-1.1'), name: 'greeter', version: '1.1', requested: true },
        { path: p('glibc-2.40'), name: 'glibc', version: '2.40', requested: false },
        { path: p('jq-1.7'), name: 'jq', version: '1.7', requested: true },
      ],
      blobs: [
        { digest: d('1'), size: 1000, status: 'skipped', ms: 0 },
        { digest: d('2'), size: 300, status: 'uploaded', ms: 1 },
        { digest: d('3'), size: 50, status: 'uploaded', ms: 1 },
      ],
    },
    {
      tag: 'latest',
      digest: d('a'),
      layers: [
        { digest: d('1'), size: 1000 },
        { digest: d('9'), size: 280 },
      ],
    },
    [
      { path: p('greeter-1.0'), name: 'greeter', version: '1.0', requested: true },
      { path: p('glibc-2.40'), name: 'glibc', version: '2.40', requested: false },
      { path: p('curl-8.0'), name: 'curl', version: '8.0', requested: true },
    ],
  );
  assert.equal(changes.firstPush, false);
  assert.deepEqual(changes.packages, {
    added: [{ name: 'jq', version: '1.7' }],
    removed: [{ name: 'curl', version: '8.0' }],
    changed: [{ name: 'greeter', from: '1.0', to: '1.1' }],
  });
  assert.deepEqual(changes.storePaths.added, [p('greeter-1.1'), p('jq-1.7')].sort());
  assert.deepEqual(changes.storePaths.removed, [p('curl-8.0'), p('greeter-1.0')].sort());
  assert.equal(changes.storePaths.addedCount, 2);
  assert.deepEqual(changes.layers, { total: 3, reused: 1, uploaded: 2, unchanged: 1 });
  assert.deepEqual(changes.bytes, { uploaded: 350, reused: 1000 });
  assert.deepEqual(changes.size, { before: 1280, after: 1350 });
  const md = changesMarkdown(changes, layers, [
    { digest: d('2'), size: 300, status: 'uploaded', ms: 1 },
  ]);
  assert.match(md, /`greeter` 1\.0 → 1\.1/);
  assert.match(md, /\*\*Added\*\*: `jq` 1\.7/);
  assert.match(md, /bar \[1, 0, 1\]/);
});

test('a first push, and a previous image without an SBOM', () => {
  const current = { layers: [{ digest: d('1'), size: 10 }], entries: [], blobs: [] };
  const first = computeChanges(current, undefined, undefined);
  assert.equal(first.firstPush, true);
  assert.equal(first.previous, null);
  assert.match(changesMarkdown(first, current.layers, []), /First push/);
  const noSbom = computeChanges(current, { tag: 't', digest: d('a'), layers: [] }, undefined);
  assert.equal(noSbom.comparedPackages, false);
  assert.match(changesMarkdown(noSbom, current.layers, []), /no SBOM/);
});

test('long lists are cut in the summary', () => {
  const entries = Array.from({ length: 50 }, (_, i) => ({
    path: p(`pkg${i}-1`),
    name: `pkg${i}`,
    version: '1',
    requested: false,
  }));
  const changes = computeChanges(
    { layers: [], entries, blobs: [] },
    { tag: 't', digest: d('a'), layers: [] },
    [],
  );
  assert.equal(changes.packages.added.length, 50);
  assert.equal(changes.storePaths.addedCount, 50);
  assert.match(changesMarkdown(changes, [], []), /and 30 more/);
});
