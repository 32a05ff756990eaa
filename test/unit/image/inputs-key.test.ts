import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeIdentity as hashTree } from '../../../scripts/code-id.mjs';
import { codeIdentity, imageInputsKey, type ImageInputs } from '../../../src/image/inputs-key.ts';

const base: ImageInputs = {
  targets: ['/nix/store/aaaa-hello.drv!out'],
  system: 'x86_64-linux',
  links: ['/nix/store/bbbb-hello'],
  copies: [],
  uid: 0,
  gid: 0,
  maxLayers: 96,
  layering: 'expected-upload',
  compressor: 'gzip:libdeflate-1.14:level-1:chunk-1048576:v2',
  format: 'oci',
  time: { mtime: 1, created: '1970-01-01T00:00:00Z' },
  config: { Labels: { a: '1' } },
  annotations: {},
};

test('the inputs key is stable and changes with every input', async () => {
  const key = await imageInputsKey(base);
  assert.match(key, /^sha256:[0-9a-f]{64}$/);
  assert.equal(await imageInputsKey({ ...base, config: { Labels: { a: '1' } } }), key);
  const variants: Partial<ImageInputs>[] = [
    { targets: ['/nix/store/cccc-hello.drv!out'] },
    { system: 'aarch64-linux' },
    { links: [] },
    { copies: ['/nix/store/bbbb-hello'] },
    { uid: 1000 },
    { gid: 1000 },
    { maxLayers: 4 },
    { layering: 'dominator' },
    { compressor: 'zstd:x:level-3' },
    { time: { mtime: 2, created: '1970-01-01T00:00:02Z' } },
    { config: { Labels: { a: '2' } } },
    { annotations: { x: 'y' } },
  ];
  const keys = await Promise.all(variants.map((v) => imageInputsKey({ ...base, ...v })));
  for (const [i, k] of keys.entries()) assert.notEqual(k, key, JSON.stringify(variants[i]));
});

test('run from source, the code identity is the hash of src/', async () => {
  const id = hashTree(new URL('../../../src/', import.meta.url).pathname);
  assert.equal(await codeIdentity(), id);
  // The bundle carries the same identity, written in at build time.
  const dist = new URL('../../../dist/', import.meta.url).pathname;
  const bundled = (await readdir(dist)).filter((f) => f.endsWith('.js'));
  const texts = await Promise.all(bundled.map((f) => readFile(join(dist, f), 'utf8')));
  assert.ok(
    texts.some((t) => t.includes(JSON.stringify(id))),
    'dist/ is built from this src/',
  );
});
