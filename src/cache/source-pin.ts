import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import type { Logger } from '../core/log.ts';
import { runCommand, tailLines } from '../nix/exec.ts';
import { NixeryError } from '../core/errors.ts';
import { sha256Hex } from '../core/digest.ts';

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

const localPinSchema = pinSchema.extend({ tree: z.string().startsWith('/') });

/**
 * Where a runner keeps the pin of the last run for `source`, beside Nix's own download cache:
 * a persistent runner finds it on its next run, evaluates with it (the tree is still in its
 * store) and, when every output is still valid, need not restore the store cache at all.
 */
export function localPinFile(source: string, env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  const name = sha256Hex(source).slice(0, 32);
  return join(cache, 'nixery-action', 'source-pins', `${name}.json`);
}

/** Records the pin and its tree for the next run on this runner; a failure only costs that. */
export async function saveLocalPin(
  pin: Omit<SourcePin, 'version'>,
  tree: string,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const file = localPinFile(pin.source, env);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    // Readable by this user only: the source text names where its tree was fetched from.
    await writeFile(temp, JSON.stringify({ version: 1, ...pin, tree }), { mode: 0o600 });
    await rename(temp, file);
  } catch (err) {
    log.debug(`Could not record the source pin in ${file}: ${(err as Error).message}`);
    await rm(temp, { force: true });
  }
}

/**
 * The pin a previous run on this runner recorded for `source`, when it is young enough to
 * trust (as `reusablePin`) and its tree is still a valid store path; otherwise undefined.
 */
export async function readLocalPin(
  source: string,
  ttlSeconds: number,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
  now = Date.now(),
): Promise<SourcePin | undefined> {
  const file = localPinFile(source, env);
  let record: unknown;
  try {
    record = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined; // no record yet, or a torn one: as if none
  }
  const parsed = localPinSchema.safeParse(record);
  if (!parsed.success || parsed.data.source !== source) return undefined;
  const { tree, ...pin } = parsed.data;
  const age = (now - Date.parse(pin.resolvedAt)) / 1000;
  if (!immutable(source) && !(age >= 0 && age < ttlSeconds)) return undefined;
  const valid = await runCommand('nix-store', ['--check-validity', tree], { log });
  if (valid.code !== 0) return undefined;
  log.info(`Using this runner's tree of ${source} (${pin.narHash}).`);
  return pin;
}
