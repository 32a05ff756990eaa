import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const prepareScript = fileURLToPath(
  new URL('../../scripts/prepare-test-pkgs.mjs', import.meta.url),
);
const pkgsDir = fileURLToPath(new URL('../pkgs', import.meta.url));

// Without network, Nix tries cache.nixos.org for about five seconds before each build;
// tests that build from this set never need a binary cache.
process.env.NIX_CONFIG ??= 'substituters =';

let prepared = false;

/**
 * Absolute path of the test package set (test/pkgs), with its busybox copied in place. The
 * copy is made by the same script a developer runs by hand, so both agree on the layout.
 */
export function testPkgsDir(): string {
  if (!prepared) {
    try {
      execFileSync(process.execPath, [prepareScript], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (err) {
      const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(stderr || `node ${prepareScript} failed`, { cause: err });
    }
    prepared = true;
  }
  return pkgsDir;
}

/** The test package set as a pkg-source value. */
export const testPkgSource: string = `path!${testPkgsDir()}`;

const nixpkgsLikeDir = fileURLToPath(new URL('../nixpkgs-like', import.meta.url));

/**
 * A private copy of the nixpkgs-like set (test/nixpkgs-like) with busybox beside it: a
 * self-contained tree that works as a path, a flake, a flake.lock input or a tarball.
 * The caller removes `dir` when done.
 */
export function nixpkgsLikeCopy(parent?: string): string {
  const root = parent ?? mkdtempSync(join(tmpdir(), 'nixery-nixpkgs-like-'));
  const dir = join(root, 'nixpkgs-like');
  cpSync(nixpkgsLikeDir, dir, { recursive: true });
  cpSync(join(testPkgsDir(), 'busybox'), join(dir, 'busybox'), { recursive: true });
  return dir;
}
