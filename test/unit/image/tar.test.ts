import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sha256Digest } from '../../../src/core/digest.ts';
import { customisationTar, storePathsTar } from '../../../src/image/tar.ts';
import { buildFixtures, gnuTarList, saveStream, type TarListing } from '../../helpers/image.ts';

const run = promisify(execFile);

const LONG_NAME = `long-${'n'.repeat(150)}`; // over ustar's 100-byte name field
const DEEP_A = 'd'.repeat(120);
const DEEP_B = 'e'.repeat(120); // with the store prefix, over 255 bytes in all
const UNICODE = 'ünïcødé-日本語-🐚';
const BIG_LINES = 300000; // a file of several MiB, larger than any read buffer

const TREE_SCRIPT = [
  'mkdir -p $out/bin $out/empty $out/a $out/a-c',
  'printf "#!/bin/sh\\necho hello\\n" > $out/bin/hello',
  'chmod +x $out/bin/hello',
  'ln $out/bin/hello $out/bin/hello-hard',
  'ln -s hello $out/bin/hi',
  `echo long > $out/${LONG_NAME}`,
  `mkdir -p $out/${DEEP_A}/${DEEP_B}`,
  `echo deep > $out/${DEEP_A}/${DEEP_B}/${LONG_NAME}`,
  `echo unicode > "$out/${UNICODE}"`,
  `ln -s "${UNICODE}" $out/link-to-unicode`,
  'echo upper > $out/B; echo lower > $out/a/b; echo dash > $out/a-c/x',
  `seq 1 ${BIG_LINES} > $out/big`,
].join('\n');

describe('storePathsTar', () => {
  let tree: string;
  let lib: string;
  let work: string;
  let tarFile: string;
  let listing: TarListing[];

  before(async () => {
    ({ tree, lib } = (await buildFixtures([
      { name: 'tree', script: TREE_SCRIPT },
      { name: 'lib', script: 'mkdir -p $out/lib; echo lib > $out/lib/libx.so' },
    ])) as { tree: string; lib: string });
    work = await mkdtemp(join(tmpdir(), 'nixery-tar-test-'));
    tarFile = await saveStream(storePathsTar([tree]), work, 'tree.tar');
    listing = await gnuTarList(tarFile);
  });
  after(() => rm(work, { recursive: true, force: true }));

  const entry = (rel: string) => {
    const name = `nix/store/${basename(tree)}${rel}`;
    const found = listing.find((e) => e.name === name);
    assert.ok(found, `no entry ${name}`);
    return found;
  };

  it('starts with nix and nix/store, then the store path, all relative', () => {
    assert.deepEqual(
      listing.slice(0, 3).map((e) => [e.type, e.name]),
      [
        ['d', 'nix'],
        ['d', 'nix/store'],
        ['d', `nix/store/${basename(tree)}`],
      ],
    );
    assert.ok(listing.every((e) => !e.name.startsWith('/')));
  });

  it('holds exactly the files of the store path', async () => {
    const { stdout } = await run('find', [tree], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const onDisk = stdout
      .trim()
      .split('\n')
      .map((p) => p.slice(1));
    assert.deepEqual(
      listing
        .slice(2)
        .map((e) => e.name)
        .sort(),
      onDisk.sort(),
    );
  });

  it('puts parents first and siblings in byte order', () => {
    const seen = new Set<string>();
    const siblings = new Map<string, string[]>();
    for (const e of listing) {
      const slash = e.name.lastIndexOf('/');
      const parent = slash < 0 ? '' : e.name.slice(0, slash);
      if (parent !== '') assert.ok(seen.has(parent), `${e.name} before its parent`);
      seen.add(e.name);
      siblings.set(parent, [...(siblings.get(parent) ?? []), e.name.slice(slash + 1)]);
    }
    for (const [parent, names] of siblings) {
      const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      assert.deepEqual(names, sorted, `children of ${parent || 'the root'}`);
    }
    // Depth-first: a/b comes before a-c, although "a-c" < "a/b" as whole strings.
    const names = listing.map((e) => e.name);
    assert.ok(names.indexOf(entry('/a/b').name) < names.indexOf(entry('/a-c').name));
  });

  it('writes owners 0/0, the fixed mtime and the store modes', () => {
    for (const e of listing) {
      assert.equal(e.uid, 0, e.name);
      assert.equal(e.gid, 0, e.name);
      assert.equal(e.mtime, '1970-01-01 00:00:01', e.name);
    }
    assert.equal(entry('/bin/hello').mode, 'r-xr-xr-x');
    assert.equal(entry('/big').mode, 'r--r--r--');
    assert.equal(entry('/bin').mode, 'r-xr-xr-x');
    assert.equal(listing[0]?.mode, 'rwxr-xr-x');
  });

  it('writes hard links as regular files and keeps symlinks', async () => {
    assert.equal((await lstat(join(tree, 'bin/hello-hard'))).nlink, 2, 'fixture has a hard link');
    assert.equal(entry('/bin/hello-hard').type, '-');
    assert.equal(entry('/bin/hello-hard').size, entry('/bin/hello').size);
    assert.equal(entry('/bin/hi').type, 'l');
    assert.equal(entry('/bin/hi').target, 'hello');
    assert.equal(entry('/link-to-unicode').target, UNICODE);
  });

  it('survives extraction by GNU tar: long, deep and non-ASCII names, empty dirs, contents', async () => {
    const out = join(work, 'extracted');
    await run('mkdir', [out]);
    await run('tar', ['-xf', tarFile, '-C', out]);
    const copy = join(out, tree);
    for (const rel of [
      'bin/hello',
      'bin/hello-hard',
      'big',
      LONG_NAME,
      UNICODE,
      `${DEEP_A}/${DEEP_B}/${LONG_NAME}`,
    ]) {
      assert.deepEqual(await readFile(join(copy, rel)), await readFile(join(tree, rel)), rel);
    }
    assert.ok(
      Buffer.byteLength(`nix/store/${basename(tree)}/${DEEP_A}/${DEEP_B}/${LONG_NAME}`) > 255,
    );
    assert.ok((await lstat(join(copy, 'empty'))).isDirectory());
    assert.equal(await readlink(join(copy, 'link-to-unicode')), UNICODE);
    assert.equal((await lstat(join(copy, 'bin/hello-hard'))).nlink, 1);
  });

  it('gives the same bytes every time, whatever the umask and the order of paths', async () => {
    const first = await readFile(await saveStream(storePathsTar([tree, lib]), work, 'a.tar'));
    const oldMask = process.umask(0o077);
    try {
      const second = await readFile(
        await saveStream(storePathsTar([lib, tree, lib]), work, 'b.tar'),
      );
      assert.ok(first.equals(second));
    } finally {
      process.umask(oldMask);
    }
  });

  it('writes several store paths sorted, under one nix/store', async () => {
    const both = await gnuTarList(await saveStream(storePathsTar([tree, lib]), work, 'both.tar'));
    const tops = both.filter((e) => e.name.split('/').length <= 3).map((e) => e.name);
    assert.deepEqual(tops.slice(0, 2), ['nix', 'nix/store']);
    assert.deepEqual(
      tops.slice(2),
      [tree, lib].sort().map((p) => p.slice(1)),
    );
  });

  it('uses the given mtime', async () => {
    const list = await gnuTarList(
      await saveStream(storePathsTar([lib], { mtime: 1700000000 }), work, 'm.tar'),
    );
    assert.ok(list.every((e) => e.mtime === '2023-11-14 22:13:20'));
  });

  it('lets a reader stop in the middle of a large file', async () => {
    const errors: unknown[] = [];
    const onError = (err: unknown) => errors.push(err);
    process.on('uncaughtException', onError);
    try {
      const tar = storePathsTar([tree]);
      let seen = 0;
      // Past the first megabyte: inside the large file, which is streamed, not read whole.
      for await (const piece of tar as AsyncIterable<Buffer>) {
        seen += piece.length;
        if (seen > 1.5 * 2 ** 20) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok(tar.destroyed);
    } finally {
      process.off('uncaughtException', onError);
    }
    assert.deepEqual(errors, []);
  });

  it('fails the stream when a path does not exist', async () => {
    await assert.rejects(
      saveStream(storePathsTar(['/nix/store/does-not-exist']), work, 'x.tar'),
      /ENOENT/,
    );
  });
});

describe('tar format golden digest', () => {
  // Pins every header rule at once (order, PAX, modes, owners, mtime, hard links). If this
  // changes, every layer digest of every image changes: only update it on purpose.
  const GOLDEN = 'sha256:2b100d01f558c48fbf432bf10533523eee4d490405bc52fa04bdee55fe47d6fc';

  it('has not changed', async () => {
    const work = await mkdtemp(join(tmpdir(), 'nixery-golden-'));
    try {
      const root = join(work, 'tree');
      await mkdir(join(root, 'dir', 'empty'), { recursive: true });
      await mkdir(join(root, DEEP_A, DEEP_B), { recursive: true });
      await writeFile(join(root, 'dir', 'file'), 'file\n');
      await link(join(root, 'dir', 'file'), join(root, 'dir', 'hard'));
      await writeFile(join(root, 'exec'), '#!/bin/sh\n');
      await writeFile(join(root, UNICODE), 'ü\n');
      await writeFile(join(root, DEEP_A, DEEP_B, LONG_NAME), 'deep\n');
      await symlink(UNICODE, join(root, 'link'));
      for (const [p, mode] of [
        ['.', 0o755],
        ['dir', 0o755],
        ['dir/empty', 0o700],
        [DEEP_A, 0o755],
        [`${DEEP_A}/${DEEP_B}`, 0o755],
        ['dir/file', 0o644],
        ['exec', 0o755],
        [UNICODE, 0o600],
        [`${DEEP_A}/${DEEP_B}/${LONG_NAME}`, 0o444],
      ] as const) {
        await chmod(join(root, p), mode);
      }
      const tar = customisationTar({ links: [], copies: [], extraDir: root, uid: 0, gid: 0 });
      const bytes = await readFile(await saveStream(tar, work, 'golden.tar'));
      assert.equal(sha256Digest(bytes), GOLDEN);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
