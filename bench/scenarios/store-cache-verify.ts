/**
 * What verifying the store cache costs (src/cache/verify-import.ts). A closure of locally
 * built paths (40 × 5 MB of random bytes, a path referring to them all, and busybox) is
 * cached three ways and imported into fresh chroot stores:
 *
 * - the old way: `nix-store --export`, imported by `nix-store --import` with no check at all;
 * - signed: a binary cache folder signed with a cache-signing-key, read back by `nix copy`
 *   with `require-sigs` (every NAR hashed, every narinfo signature checked);
 * - unsigned (no key): only content-addressed paths are cached, the rest is built again.
 */
import { mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closureInImportOrder, exportPaths } from '../../src/cache/nix-archive.ts';
import { exportVerifiable, folderSize, importVerified } from '../../src/cache/verify-import.ts';
import { memoryLogger } from '../../test/helpers/logger.ts';
import { runCommand } from '../../src/nix/exec.ts';
import { spawn } from 'node:child_process';
import { benchScratch } from '../lib/bench-image.ts';
import { testPkgsDir } from '../../test/helpers/pkgs.ts';
import { mb } from '../lib/action-run.ts';
import { median, REPEATS, samplesTable, timed, type Samples } from '../lib/stats.ts';

export const name = 'store-cache-verify';
export const title =
  'Store cache: verified import (signed binary cache) vs unchecked export/import';

const PATHS = 40;
const BYTES = 5_000_000;

function expression(nonce: string): string {
  return `let
  bbDir = builtins.path { path = ${testPkgsDir()}/busybox; name = "busybox"; };
  bb = "\${bbDir}/bin/busybox";
  run = name: script: derivation {
    inherit name;
    nonce = "${nonce}";
    system = builtins.currentSystem;
    builder = bb;
    args = [ "sh" "-e" "-c" script ];
  };
  parts = builtins.genList (i: run "part-\${toString i}"
    "\${bb} head -c ${BYTES} /dev/urandom > $out") ${PATHS};
in run "all-parts" "\${bb} echo \${toString parts} > $out"
`;
}

const log = memoryLogger();

async function importOld(archive: string, store: string): Promise<void> {
  const handle = await open(archive, 'r');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('nix-store', ['--store', store, '--import'], {
        stdio: [handle.fd, 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr))));
    });
  } finally {
    await handle.close();
  }
}

export async function run(): Promise<string> {
  const work = await mkdtemp(join(await benchScratch(), 'store-verify-'));
  const nonce = `${Date.now()}`;
  await writeFile(join(work, 'default.nix'), expression(nonce));
  try {
    let out = '';
    const build = await timed(async () => {
      const r = await runCommand('nix-build', ['--no-out-link', work]);
      if (r.code !== 0) throw new Error(r.stderr);
      out = r.stdout.trim();
    });
    const closure = await closureInImportOrder([out], log);
    const keys = await runCommand('nix-store', [
      '--generate-binary-cache-key',
      'bench-1',
      join(work, 'sec'),
      join(work, 'pub'),
    ]);
    if (keys.code !== 0) throw new Error(keys.stderr);
    const signingKey = (await readFile(join(work, 'sec'), 'utf8')).trim();

    const archive = join(work, 'closure.nar');
    const saveOld: number[] = [];
    const saveSigned: number[] = [];
    const saveUnsigned: number[] = [];
    const loadOld: number[] = [];
    const loadSigned: number[] = [];
    let sizes = { old: 0, signed: 0, unsigned: 0, unsignedPaths: 0 };
    for (let i = 0; i < REPEATS; i++) {
      const signed = join(work, `signed-${i}`);
      const unsigned = join(work, `unsigned-${i}`);
      await rm(archive, { force: true });
      saveOld.push(await timed(() => exportPaths(closure, archive, log)));
      saveSigned.push(await timed(() => exportVerifiable(closure, signed, { signingKey }, log)));
      let kept: string[] = [];
      saveUnsigned.push(
        await timed(async () => (kept = await exportVerifiable(closure, unsigned, {}, log))),
      );
      sizes = {
        old: (await stat(archive)).size,
        signed: await folderSize(signed),
        unsigned: kept.length ? await folderSize(unsigned) : 0,
        unsignedPaths: kept.length,
      };
      const s1 = join(work, `store-old-${i}`);
      const s2 = join(work, `store-signed-${i}`);
      loadOld.push(await timed(() => importOld(archive, s1)));
      loadSigned.push(await timed(() => importVerified(signed, { signingKey, store: s2 }, log)));
      await rm(s1, { recursive: true, force: true });
      await rm(s2, { recursive: true, force: true });
      await rm(signed, { recursive: true, force: true });
      await rm(unsigned, { recursive: true, force: true });
    }
    const rows: Samples[] = [
      { label: 'save, export archive (old)', secs: saveOld },
      { label: 'save, signed binary cache', secs: saveSigned },
      { label: 'save, no key (content-addressed paths only)', secs: saveUnsigned },
      { label: 'restore, nix-store --import, unchecked (old)', secs: loadOld },
      { label: 'restore, nix copy with require-sigs (signed)', secs: loadSigned },
      { label: 'no key: the locally built paths are built again', secs: [build] },
    ];
    await runCommand('nix-store', ['--delete', out, ...closure.filter((p) => /-part-/.test(p))]);
    return [
      `${closure.length} store paths, ${mb(sizes.old)} of NARs, all built locally (no ` +
        'substituter here). Imports go into fresh chroot stores.',
      '',
      samplesTable(rows),
      '',
      '| cache entry | bytes | paths |',
      '|---|---|---|',
      `| export archive (old, unchecked) | ${mb(sizes.old)} | ${closure.length} |`,
      `| signed binary cache | ${mb(sizes.signed)} | ${closure.length} |`,
      `| no key | ${mb(sizes.unsigned)} | ${sizes.unsignedPaths} |`,
      '',
      `The verified restore takes ${(median(loadSigned) / median(loadOld)).toFixed(2)}× the time of ` +
        `the unchecked import (${median(loadSigned).toFixed(2)} s against ` +
        `${median(loadOld).toFixed(2)} s: nix copy imports paths in parallel, nix-store --import ` +
        `one after another), and the entry grows by ` +
        `${(((sizes.signed - sizes.old) / sizes.old) * 100).toFixed(3)} % (one narinfo per path). ` +
        'Without a key nothing locally built is cached, and a warm run builds it again.',
    ].join('\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
