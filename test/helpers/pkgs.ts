import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';

const run = promisify(execFile);

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

/**
 * A git repository in `dir` whose commits are the test package set with greeter at each of
 * `versions` in turn (a source that moves, for git! inputs); returns the commits in order.
 */
export async function greeterVersionsRepo(dir: string, versions: string[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const git = (...args: string[]) =>
    run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
  await git('init', '-q');
  const revs: string[] = [];
  for (const v of versions) {
    await writeFile(
      join(dir, 'default.nix'),
      `{ system ? builtins.currentSystem }:\nimport ${testPkgsDir()}/default.nix { inherit system; greeterVersion = "${v}"; }\n`,
    );
    await git('add', 'default.nix');
    await git('commit', '-q', '-m', `greeter ${v}`);
    revs.push((await git('rev-parse', 'HEAD')).stdout.trim());
  }
  return revs;
}
