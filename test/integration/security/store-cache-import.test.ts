/**
 * The store cache imports only what Nix can verify (src/cache/verify-import.ts): real Nix
 * writes the binary cache and copies it back into private chroot stores, so the machine's own
 * store is never touched. A store path whose content was changed, a narinfo re-signed by
 * another key or not signed at all, is refused.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportVerifiable, importVerified } from '../../../src/cache/verify-import.ts';
import { closureInImportOrder } from '../../../src/cache/nix-archive.ts';
import { errorCode } from '../../../src/core/errors.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { runCommand } from '../../../src/nix/exec.ts';
import { testPkgsDir } from '../../helpers/pkgs.ts';
import { requireTool } from '../../helpers/tools.ts';

const log = memoryLogger();
let work: string;
let closure: string[];
let signingKey: string;
let otherKey: string;
let runs = 0;

async function generateKey(name: string): Promise<string> {
  const dir = await mkdtemp(join(work, 'key-'));
  const r = await runCommand('nix-store', [
    '--generate-binary-cache-key',
    name,
    join(dir, 'sec'),
    join(dir, 'pub'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  return (await readFile(join(dir, 'sec'), 'utf8')).trim();
}

/** A fresh binary cache folder written from the closure, and a fresh chroot store. */
async function fresh(key?: string) {
  const n = ++runs;
  const dir = join(work, `cache-${n}`);
  const store = join(work, `store-${n}`);
  const saved = await exportVerifiable(closure, dir, { signingKey: key }, log);
  return { dir, store, saved };
}

/** Whether the chroot store holds `path` as valid (a refused path may leave files behind). */
async function valid(store: string, path: string): Promise<boolean> {
  const r = await runCommand('nix-store', ['--store', store, '--check-validity', path]);
  return r.code === 0;
}

async function narinfoOf(dir: string, name: string): Promise<{ file: string; text: string }> {
  for (const f of await readdir(dir)) {
    if (!f.endsWith('.narinfo')) continue;
    const text = await readFile(join(dir, f), 'utf8');
    if (new RegExp(`^StorePath: /nix/store/[0-9a-z]{32}-${name}$`, 'm').test(text)) {
      return { file: join(dir, f), text };
    }
  }
  throw new Error(`no narinfo for ${name} in ${dir}`);
}

/** Changes "Hello" to "Jello" in the NAR of hello-lib: same size, other content. */
async function tamperHelloLib(dir: string): Promise<{ file: string; text: string; nar: Buffer }> {
  const info = await narinfoOf(dir, 'hello-lib');
  const narFile = join(dir, /^URL: (\S+)$/m.exec(info.text)![1]!);
  const nar = await readFile(narFile);
  const at = nar.indexOf('Hello, world!');
  assert.ok(at > 0, 'the NAR holds the greeting');
  nar.write('J', at);
  await writeFile(narFile, nar);
  return { ...info, nar };
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('the import was not refused');
}

before(async () => {
  requireTool('nix-build', 'apt-get install -y nix-bin');
  work = await mkdtemp(join(tmpdir(), 'nixery-store-verify-'));
  const built = await runCommand('nix-build', ['--no-out-link', testPkgsDir(), '-A', 'hello']);
  assert.equal(built.code, 0, built.stderr);
  closure = await closureInImportOrder([built.stdout.trim()], log);
  assert.equal(closure.length, 3, closure.join('\n'));
  signingKey = await generateKey('repo-cache-1');
  otherKey = await generateKey('attacker-1');
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('store cache import', () => {
  test('a signed closure is imported whole', async () => {
    const { dir, store, saved } = await fresh(signingKey);
    assert.deepEqual(saved, closure);
    const imported = await importVerified(dir, { signingKey, store }, log);
    assert.deepEqual([...imported].sort(), [...closure].sort());
    for (const path of closure) assert.ok(await valid(store, path), path);
  });

  test('a store path whose content was changed is refused', async () => {
    const { dir, store } = await fresh(signingKey);
    await tamperHelloLib(dir);
    const err = await refusal(importVerified(dir, { signingKey, store }, log));
    assert.equal(errorCode(err), 'STORE_CACHE_UNVERIFIED');
    assert.match(err.message, /hash mismatch/i);
    assert.ok(
      !(await valid(
        store,
        closure.find((p) => p.endsWith('-hello-lib'))!,
      )),
    );
    assert.ok(
      !(await valid(
        store,
        closure.find((p) => p.endsWith('-hello'))!,
      )),
    );
  });

  test('changed content with a narinfo rewritten to match is refused: the signature fails', async () => {
    const { dir, store } = await fresh(signingKey);
    const { file, text, nar } = await tamperHelloLib(dir);
    const hex = createHash('sha256').update(nar).digest('hex');
    await writeFile(
      file,
      text
        .replace(/^NarHash: .*$/m, `NarHash: sha256:${hex}`)
        .replace(/^FileHash: .*$/m, `FileHash: sha256:${hex}`),
    );
    // A user's nix-conf cannot switch the check off for this import.
    const saved = process.env.NIX_CONFIG;
    process.env.NIX_CONFIG = `${saved ?? ''}\nrequire-sigs = false`;
    try {
      const err = await refusal(importVerified(dir, { signingKey, store }, log));
      assert.match(err.message, /lacks a valid signature/);
    } finally {
      process.env.NIX_CONFIG = saved;
    }
    assert.ok(
      !(await valid(
        store,
        closure.find((p) => p.endsWith('-hello-lib'))!,
      )),
    );
  });

  test('paths signed by another key are refused', async () => {
    const { dir, store } = await fresh(otherKey);
    const err = await refusal(importVerified(dir, { signingKey, store }, log));
    assert.match(err.message, /lacks a valid signature/);
    assert.ok(
      !(await valid(
        store,
        closure.find((p) => p.endsWith('-hello'))!,
      )),
    );
  });

  test('without a signing key only content-addressed paths are cached, and they import', async () => {
    const { dir, store, saved } = await fresh(undefined);
    assert.deepEqual(
      saved,
      closure.filter((p) => p.endsWith('-busybox')),
      'locally built paths are not cached unsigned',
    );
    assert.ok(log.lines.some((l) => /2 locally built store paths are not cached/.test(l)));
    const imported = await importVerified(dir, { store }, log);
    assert.deepEqual(imported, saved);
    assert.ok(await valid(store, saved[0]!));
  });

  test('unsigned locally built paths planted in the folder are refused', async () => {
    const { dir, store } = await fresh(undefined);
    const r = await runCommand('nix', [
      '--extra-experimental-features',
      'nix-command',
      'copy',
      '--to',
      `file://${dir}?compression=none`,
      ...closure,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const err = await refusal(importVerified(dir, { signingKey, store }, log));
    assert.match(err.message, /lacks a valid signature/);
  });
});
