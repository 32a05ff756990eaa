import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import type { Logger } from '../core/log.ts';
import { runCommand, tailLines } from '../nix/exec.ts';
import { NixeryError } from '../core/errors.ts';

/**
 * What a package source's tree was on the run that saved a store cache entry: its NAR hash.
 * The pin travels in the entry as a small store path beside the tree itself, so that a warm run
 * hands the hash to Nix (fetchTarball's sha256, a tarball flake's narHash) and Nix, finding the
 * tree already in the store, downloads nothing.
 *
 * A source that names a commit (a 40-hex revision) never changes, so its pin always holds. A
 * moving one (a channel, a branch tarball) is trusted only for `tarball-ttl` seconds after it
 * was resolved, as Nix trusts its own download cache: after that, the source is fetched again.
 */

export const PIN_NAME = 'nixery-source-pin.json';

const pinSchema = z.object({
  version: z.literal(1),
  source: z.string(),
  narHash: z.string().min(1),
  resolvedAt: z.string(),
});
export type SourcePin = z.infer<typeof pinSchema>;

/** Nix's default tarball-ttl, in seconds. */
export const DEFAULT_TARBALL_TTL = 3600;

const immutable = (source: string) => /(^|[^0-9a-f])[0-9a-f]{40}($|[^0-9a-f])/.test(source);

/** The `tarball-ttl` the user set in nix-conf lines, else Nix's default. */
export function tarballTtl(confLines: string[]): number {
  let ttl = DEFAULT_TARBALL_TTL;
  for (const line of confLines) {
    const m = /^tarball-ttl\s*=\s*(\d+)\s*$/.exec(line);
    if (m) ttl = Number(m[1]);
  }
  return ttl;
}

/**
 * The pin to hand Nix for `source`, from among `paths` (what a restore imported), or undefined
 * when there is none for this source or it is too old to trust. A reused pin keeps the time it
 * was first resolved, so that a channel is fetched again once tarball-ttl has passed.
 */
export async function reusablePin(
  paths: string[] | undefined,
  source: string,
  ttlSeconds: number,
  log: Logger,
  now = Date.now(),
): Promise<SourcePin | undefined> {
  const file = paths?.find((p) => p.endsWith(`-${PIN_NAME}`));
  if (!file) return undefined;
  let pin: SourcePin;
  try {
    pin = pinSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (err) {
    log.warning(`Ignoring the source pin ${file}: ${(err as Error).message}`);
    return undefined;
  }
  if (pin.source !== source) return undefined;
  const age = (now - Date.parse(pin.resolvedAt)) / 1000;
  if (!immutable(source) && !(age >= 0 && age < ttlSeconds)) {
    log.info(
      `The cached tree of ${source} was resolved ${Math.round(age)} s ago, longer than tarball-ttl (${ttlSeconds} s): fetching it again.`,
    );
    return undefined;
  }
  log.info(`Using the cached tree of ${source} (${pin.narHash}): nothing to download.`);
  return pin;
}

/** The NAR hash of a valid store path, as Nix records it (`sha256:<base32>`). */
export async function narHashOf(path: string, log: Logger): Promise<string> {
  const r = await runCommand('nix-store', ['--query', '--hash', path], { log });
  if (r.code !== 0) {
    throw new NixeryError(
      `nix-store --query --hash ${path} failed:\n${tailLines(r.stderr)}`,
      'NIX_STORE_FAILED',
    );
  }
  return r.stdout.trim();
}

/** Adds the pin to the store (`nix-store --add`) and returns its store path. */
export async function addPin(pin: Omit<SourcePin, 'version'>, log: Logger): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nixery-pin-'));
  try {
    const file = join(dir, PIN_NAME);
    await writeFile(file, JSON.stringify({ version: 1, ...pin }));
    const r = await runCommand('nix-store', ['--add', file], { log });
    if (r.code !== 0) {
      throw new NixeryError(`nix-store --add failed:\n${tailLines(r.stderr)}`, 'NIX_STORE_FAILED');
    }
    return r.stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
