/**
 * The store cache imports nothing it cannot verify. Whoever can write an Actions cache entry
 * that a run reads (a leaked runtime token, a poisoned entry of the default branch) would
 * otherwise choose the store paths that go into the image: a `nix-store --import` by a trusted
 * user checks no signature at all.
 *
 * So the closure travels as a Nix binary cache (one folder of `.narinfo` files and NARs,
 * written by `nix copy --to file://…`), and is read back by `nix copy --from file://…` with
 * `require-sigs = true`: Nix checks each NAR against the hash in its narinfo and each narinfo
 * against the signing keys it trusts, and refuses the copy otherwise. A path is verifiable when
 * it is
 *
 * - content-addressed (sources from `builtins.path`, fixed-output downloads): its content is
 *   its name, Nix checks it without a signature;
 * - signed by a key Nix trusts (`trusted-public-keys`, e.g. cache.nixos.org): every path
 *   substituted from a binary cache keeps its signatures;
 * - or signed on save with the `cache-signing-key` secret, whose public half is trusted only
 *   for this import. Paths built locally have no signature of their own: without that key
 *   they are not cached (they are rebuilt), since nothing could tell them from forgeries.
 *
 * Only a set of paths closed under references is saved, so that each one can be imported.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withScratchDir } from '../core/scratch.ts';
import { InputError, NixeryError } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { runCommand, tailLines } from '../nix/exec.ts';

export interface CacheTrust {
  /** A Nix secret signing key (`name:base64`), see parseSigningKey. */
  signingKey?: string;
  /** The store to import into; Nix's own when absent (tests use a chroot store). */
  store?: string;
}

const NIX_COMMAND = ['--extra-experimental-features', 'nix-command'];
const KEY_FORM = /^([A-Za-z0-9._-]+):([A-Za-z0-9+/]+={0,2})$/;

/**
 * Checks a Nix secret key as `nix-store --generate-binary-cache-key` writes it: a name, a
 * colon, and the base64 of 64 bytes (an ed25519 seed and public key).
 */
export function parseSigningKey(
  value: string,
  inputName = 'cache-signing-key',
): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const m = KEY_FORM.exec(v);
  if (!m || Buffer.from(m[2]!, 'base64').length !== 64) {
    // Never quoted: the value is a secret.
    throw new InputError(
      inputName,
      'is not a Nix secret key: use the contents of the secret key file written by ' +
        '`nix-store --generate-binary-cache-key <name> secret.key public.key`',
    );
  }
  return v;
}

/** The public key (`name:base64` of 32 bytes) that checks what `secretKey` signs. */
export function publicKeyOf(secretKey: string): string {
  const [, name, data] = KEY_FORM.exec(secretKey) ?? [];
  return `${name}:${Buffer.from(data ?? '', 'base64')
    .subarray(32)
    .toString('base64')}`;
}

interface PathInfo {
  path: string;
  references: string[];
  ca?: string;
  signatures?: string[];
}

/** `nix path-info --json --sigs`: an array before Nix 2.19, an object keyed by path after. */
async function pathInfos(paths: string[], log: Logger): Promise<PathInfo[]> {
  const r = await runCommand('nix', [...NIX_COMMAND, 'path-info', '--json', '--sigs', ...paths], {
    log,
  });
  if (r.code !== 0) {
    throw new NixeryError(`nix path-info failed:\n${tailLines(r.stderr)}`, 'NIX_STORE_FAILED');
  }
  const json = JSON.parse(r.stdout) as PathInfo[] | Record<string, Omit<PathInfo, 'path'>>;
  return Array.isArray(json)
    ? json
    : Object.entries(json).map(([path, info]) => ({ ...info, path }));
}

/** The paths (in import order) that an import can verify, closed under references. */
async function verifiablePaths(paths: string[], signed: boolean, log: Logger): Promise<string[]> {
  if (signed) return paths;
  const infos = new Map((await pathInfos(paths, log)).map((i) => [i.path, i]));
  const kept = new Set<string>();
  for (const path of paths) {
    const info = infos.get(path);
    if (!info || !(info.ca || info.signatures?.length)) continue;
    if (info.references.every((ref) => ref === path || kept.has(ref))) kept.add(path);
  }
  return paths.filter((p) => kept.has(p));
}

/**
 * Writes `paths` (dependencies first) that an import will be able to verify into a binary
 * cache folder, signing them all when there is a signing key. Returns the paths written.
 */
export async function exportVerifiable(
  paths: string[],
  dir: string,
  trust: CacheTrust,
  log: Logger,
): Promise<string[]> {
  const kept = await verifiablePaths(paths, trust.signingKey !== undefined, log);
  if (kept.length < paths.length) {
    log.info(
      `${paths.length - kept.length} locally built store paths are not cached: nothing could ` +
        'tell them from forgeries when they come back. Set cache-signing-key to sign and cache them.',
    );
  }
  if (kept.length === 0) return [];
  // The key sits in a private folder (scratch.ts) only while Nix signs, removed even on cancel.
  await withScratchDir('nixery-action-key', async (scratch) => {
    let url = `file://${dir}?compression=none`;
    if (trust.signingKey) {
      const keyFile = join(scratch, 'secret.key');
      await writeFile(keyFile, trust.signingKey, { mode: 0o600 });
      url += `&secret-key=${keyFile}`;
    }
    const r = await runCommand(
      'nix',
      [...NIX_COMMAND, 'copy', '--no-recursive', '--to', url, ...kept],
      { log },
    );
    if (r.code !== 0) {
      throw new NixeryError(
        `nix copy to the store cache failed:\n${tailLines(r.stderr)}`,
        'NIX_STORE_FAILED',
      );
    }
  });
  return kept;
}

/** The store paths a binary cache folder holds, from its narinfo files. */
async function cachedPaths(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.narinfo')).sort();
  const paths: string[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const path = /^StorePath: (\/\S+)$/m.exec(text)?.[1];
    if (path) paths.push(path);
  }
  return paths;
}

/**
 * Copies every path of a binary cache folder into the store, refusing (with an error) a path
 * whose NAR does not match its narinfo or whose narinfo no trusted key signed. Returns the
 * paths it named.
 */
export async function importVerified(
  dir: string,
  trust: CacheTrust,
  log: Logger,
): Promise<string[]> {
  const paths = await cachedPaths(dir);
  if (paths.length === 0) return [];
  // Set on the command line: nix-conf (`require-sigs = false`) must not turn the check off.
  const args = [...NIX_COMMAND, 'copy', '--option', 'require-sigs', 'true'];
  if (trust.signingKey) {
    args.push('--option', 'extra-trusted-public-keys', publicKeyOf(trust.signingKey));
  }
  args.push('--from', `file://${dir}`);
  if (trust.store) args.push('--to', trust.store);
  const r = await runCommand('nix', [...args, ...paths], { log });
  if (r.code !== 0) {
    throw new NixeryError(
      `the store cache entry failed verification, nothing more is imported from it:\n${tailLines(r.stderr, 5)}`,
      'STORE_CACHE_UNVERIFIED',
    );
  }
  return paths;
}

/** Bytes in a folder (the binary cache), for logs. */
export async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}
