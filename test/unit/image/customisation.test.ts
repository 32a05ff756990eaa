import { errorCode } from '../../../src/core/errors.ts';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { customisationTar, type CustomisationSpec } from '../../../src/image/tar.ts';
import { buildFixtures, gnuTarList, saveStream, type TarListing } from '../../helpers/image.ts';

describe('customisationTar', () => {
  let hello: string;
  let tools: string;
  let etc: string;
  let work: string;
  let extraDir: string;

  before(async () => {
    ({ hello, tools, etc } = (await buildFixtures([
      {
        name: 'hello',
        script: [
          'mkdir -p $out/bin $out/share/doc/hello $out/share/man/man1',
          'echo hello > $out/bin/hello; chmod +x $out/bin/hello',
          'ln -s hello $out/bin/hi',
          'echo readme > $out/share/doc/hello/README',
          'echo man > $out/share/man/man1/hello.1',
        ].join('\n'),
      },
      {
        name: 'tools',
        script: [
          'mkdir -p $out/bin $out/share/doc/tools $out/lib',
          'echo tool > $out/bin/tool; chmod +x $out/bin/tool',
          'echo other-hello > $out/bin/hello; chmod +x $out/bin/hello',
          'echo readme > $out/share/doc/tools/README',
          'echo lib > $out/lib/libtool.so',
        ].join('\n'),
      },
      {
        name: 'etc',
        script: [
          'mkdir -p $out/etc $out/bin',
          'echo "root:x:0:0::/root:/bin/sh" > $out/etc/passwd',
          'echo run > $out/bin/run; chmod +x $out/bin/run',
        ].join('\n'),
      },
    ])) as { hello: string; tools: string; etc: string });
    work = await mkdtemp(join(tmpdir(), 'nixery-custom-test-'));
    extraDir = join(work, 'extra');
    await mkdir(join(extraDir, 'tmp'), { recursive: true });
    await chmod(join(extraDir, 'tmp'), 0o1777);
    await mkdir(join(extraDir, 'bin'));
    await writeFile(join(extraDir, 'bin', 'hello'), 'replaced\n', { mode: 0o755 });
    await chmod(join(extraDir, 'bin', 'hello'), 0o755);
    await symlink('/bin/hello', join(extraDir, 'hello-link'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  async function list(spec: CustomisationSpec, name: string): Promise<Map<string, TarListing>> {
    const entries = await gnuTarList(await saveStream(customisationTar(spec), work, name));
    return new Map(entries.map((e) => [e.name, e]));
  }

  it('links each file of the packages at /, through real directories', async () => {
    const l = await list({ links: [hello, tools], copies: [], uid: 0, gid: 0 }, 'links.tar');
    assert.equal(l.get('bin')?.type, 'd');
    assert.equal(l.get('bin/hello')?.type, 'l');
    assert.equal(l.get('bin/hello')?.target, `${hello}/bin/hello`);
    assert.equal(l.get('bin/hi')?.target, `${hello}/bin/hi`, 'a symlink is linked, not copied');
    assert.equal(l.get('bin/tool')?.target, `${tools}/bin/tool`);
    assert.equal(l.get('lib/libtool.so')?.target, `${tools}/lib/libtool.so`);
  });

  it('merges directories that several packages share', async () => {
    const l = await list({ links: [hello, tools], copies: [], uid: 0, gid: 0 }, 'merge.tar');
    for (const dir of [
      'share',
      'share/doc',
      'share/doc/hello',
      'share/doc/tools',
      'share/man/man1',
    ]) {
      assert.equal(l.get(dir)?.type, 'd', dir);
      assert.equal(l.get(dir)?.mode, 'rwxr-xr-x', dir);
    }
    assert.equal(l.get('share/doc/hello/README')?.target, `${hello}/share/doc/hello/README`);
    assert.equal(l.get('share/doc/tools/README')?.target, `${tools}/share/doc/tools/README`);
  });

  it('lets the first package win a conflict', async () => {
    const l = await list({ links: [tools, hello], copies: [], uid: 0, gid: 0 }, 'conflict.tar');
    assert.equal(l.get('bin/hello')?.target, `${tools}/bin/hello`);
  });

  it('owns every entry by uid/gid with empty names and the fixed mtime', async () => {
    const spec = { links: [hello], copies: [etc], extraDir, uid: 1000, gid: 100 };
    const l = await list(spec, 'owner.tar');
    assert.ok(l.size > 5);
    for (const e of l.values()) {
      assert.equal(`${e.uid}/${e.gid}`, '1000/100', e.name);
      assert.equal(e.mtime, '1970-01-01 00:00:01', e.name);
    }
  });

  it('copies the files of `copies` as writable regular files', async () => {
    const tarFile = await saveStream(
      customisationTar({ links: [hello], copies: [etc], uid: 0, gid: 0 }),
      work,
      'c.tar',
    );
    const l = new Map((await gnuTarList(tarFile)).map((e) => [e.name, e]));
    assert.equal(l.get('etc/passwd')?.type, '-');
    assert.equal(l.get('etc/passwd')?.mode, 'rw-r--r--');
    assert.equal(l.get('bin/run')?.mode, 'rwxr-xr-x');
    assert.equal(l.get('bin/hello')?.type, 'l', 'links still there');
  });

  it('adds the files of extraDir over the forest, keeping their modes', async () => {
    const l = await list({ links: [hello], copies: [], extraDir, uid: 0, gid: 0 }, 'extra.tar');
    assert.equal(l.get('tmp')?.type, 'd');
    assert.equal(l.get('tmp')?.mode, 'rwxrwxrwt');
    assert.equal(l.get('bin/hello')?.type, '-');
    assert.equal(l.get('bin/hello')?.size, 'replaced\n'.length);
    assert.equal(l.get('bin/hi')?.target, `${hello}/bin/hi`, 'the rest of the forest stays');
    assert.equal(l.get('hello-link')?.target, '/bin/hello');
  });

  it('gives the same bytes every time, whatever the umask', async () => {
    const spec = { links: [hello, tools], copies: [etc], extraDir, uid: 7, gid: 8 };
    const first = await readFile(await saveStream(customisationTar(spec), work, 'a.tar'));
    const oldMask = process.umask(0o077);
    try {
      const second = await readFile(await saveStream(customisationTar(spec), work, 'b.tar'));
      assert.ok(first.equals(second));
    } finally {
      process.umask(oldMask);
    }
  });

  it('refuses ids tar cannot hold, saying which', () => {
    assert.throws(
      () => customisationTar({ links: [], copies: [], uid: -1, gid: 0 }),
      (err: unknown) => errorCode(err) === 'TAR_ID_INVALID' && /tar uid/.test(String(err)),
    );
    assert.throws(
      () => customisationTar({ links: [], copies: [], uid: 0, gid: 1 << 20 }),
      (err: unknown) => errorCode(err) === 'TAR_ID_INVALID' && /tar gid/.test(String(err)),
    );
  });

  it('fails when a linked store path is not a directory', async () => {
    const file = join(hello, 'bin', 'hello');
    await assert.rejects(
      saveStream(customisationTar({ links: [file], copies: [], uid: 0, gid: 0 }), work, 'bad.tar'),
      /not a directory/,
    );
  });
});
