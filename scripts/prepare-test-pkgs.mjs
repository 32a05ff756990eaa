// Puts a static busybox into test/pkgs/busybox/bin/busybox, the one binary the test package
// set builds everything with. Idempotent: an identical copy is left alone.
//   node scripts/prepare-test-pkgs.mjs
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const systemBusybox = '/usr/bin/busybox';
export const testPkgsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'pkgs');

/** Returns the path of the prepared busybox binary. */
export function prepareTestPkgs() {
  const target = join(testPkgsDir, 'busybox', 'bin', 'busybox');
  if (!existsSync(systemBusybox)) {
    throw new Error(
      `${systemBusybox} is missing; the test package set needs a static busybox: apt-get install -y busybox-static`,
    );
  }
  const wanted = readFileSync(systemBusybox);
  if (existsSync(target) && readFileSync(target).equals(wanted)) return target;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(systemBusybox, target);
  chmodSync(target, 0o755);
  return target;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(prepareTestPkgs());
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
