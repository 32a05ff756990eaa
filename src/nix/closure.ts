import { NixeryError } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { runCommand, tailLines } from './exec.ts';

/** One store path in a closure. */
export interface StorePathInfo {
  path: string;
  /** Other store paths this one refers to, sorted; never the path itself. */
  references: string[];
  narSize: number;
  /** 'sha256:<64 hex digits>' */
  narHash: string;
}

/** A closure graph as the image side reads it: roots as given, paths sorted by path. */
export interface ClosureGraph {
  roots: string[];
  paths: StorePathInfo[];
}

/** Paths in code-unit order, as the image side expects them. */
const byPath = (a: StorePathInfo, b: StorePathInfo): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

// Long closures are queried in slices so one argument list stays far below ARG_MAX.
const pathsPerQuery = 500;

/**
 * Parses `nix-store --dump-db` output (the registration format `--load-db` reads; checked on
 * Nix 2.8). For each path:
 *   <path> \n <base16 sha256 NAR hash> \n <NAR size> \n <deriver or empty> \n <n> \n <n refs>
 * Parsed strictly: anything else is an error, not a guess.
 */
export function parseDumpDb(text: string): StorePathInfo[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const infos: StorePathInfo[] = [];
  let i = 0;
  const next = (what: string): string => {
    const line = lines[i++];
    if (line === undefined) throw dumpDbError(`ended where ${what} was expected`);
    return line;
  };
  while (i < lines.length) {
    const path = next('a store path');
    if (!path.startsWith('/'))
      throw dumpDbError(`expected a store path, got ${JSON.stringify(path)}`);
    const hash = next('a NAR hash');
    if (!/^[0-9a-f]{64}$/.test(hash)) throw dumpDbError(`bad NAR hash for ${path}`);
    const size = next('a NAR size');
    if (!/^\d+$/.test(size)) throw dumpDbError(`bad NAR size for ${path}`);
    next('a deriver');
    const count = next('a reference count');
    if (!/^\d+$/.test(count)) throw dumpDbError(`bad reference count for ${path}`);
    const refs = new Set<string>();
    for (let n = Number(count); n > 0; n--) {
      const ref = next('a reference');
      if (!ref.startsWith('/')) throw dumpDbError(`bad reference of ${path}`);
      if (ref !== path) refs.add(ref);
    }
    infos.push({
      path,
      references: [...refs].sort(),
      narSize: Number(size),
      narHash: `sha256:${hash}`,
    });
  }
  return infos;
}

function dumpDbError(detail: string): NixeryError {
  return new NixeryError(
    `Unexpected output from nix-store --dump-db: ${detail}`,
    'NIX_QUERY_FAILED',
  );
}

async function nixStore(args: string[], log?: Logger): Promise<string> {
  const result = await runCommand('nix-store', args, { log });
  if (result.code !== 0) {
    throw new NixeryError(
      `nix-store ${args[0]} failed (exit ${result.code}):\n${tailLines(result.stderr)}`,
      'NIX_QUERY_FAILED',
    );
  }
  return result.stdout;
}

/** Reads the closure of `roots` with the legacy CLI, which old and new Nix versions share. */
export async function readClosure(roots: string[], log?: Logger): Promise<ClosureGraph> {
  if (roots.length === 0) return { roots: [], paths: [] };
  const requisites = (await nixStore(['--query', '--requisites', ...roots], log))
    .split('\n')
    .filter((l) => l !== '');
  const unique = [...new Set(requisites)].sort();
  const infos: StorePathInfo[] = [];
  for (let start = 0; start < unique.length; start += pathsPerQuery) {
    const slice = unique.slice(start, start + pathsPerQuery);
    infos.push(...parseDumpDb(await nixStore(['--dump-db', ...slice], log)));
  }
  infos.sort(byPath);
  const got = infos.map((p) => p.path);
  if (got.length !== unique.length || got.some((p, k) => p !== unique[k])) {
    throw dumpDbError('it did not describe exactly the paths asked for');
  }
  return { roots: [...roots], paths: infos };
}

/**
 * `sha256-<base64>` (SRI, what `nix path-info --json` prints from Nix 2.4 on) or
 * `sha256:<64 hex>` as `sha256:<64 hex>`; anything else (an older base-32 form, another
 * algorithm) as undefined.
 */
export function narHashHex(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (/^sha256:[0-9a-f]{64}$/.test(text)) return text;
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (!sri) return undefined;
  const bytes = Buffer.from(sri[1]!, 'base64');
  return bytes.length === 32 ? `sha256:${bytes.toString('hex')}` : undefined;
}

const isStorePath = (p: unknown): p is string =>
  typeof p === 'string' && p.startsWith('/') && !p.includes('\n');

/**
 * Parses `nix path-info --json --recursive` of `roots`: the array of Nix 2.4–2.18 or the object
 * keyed by path of 2.19 on. Undefined, never a guess, for anything else: a path not valid, a
 * form this code does not know (later versions drop the store directory from paths), a closure
 * that is not closed. The caller then reads the closure with the legacy commands.
 */
export function parsePathInfo(text: string, roots: string[]): StorePathInfo[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const entries: [unknown, unknown][] = Array.isArray(json)
    ? json.map((e: unknown) => [(e as { path?: unknown } | null)?.path, e])
    : json !== null && typeof json === 'object'
      ? Object.entries(json)
      : [];
  if (entries.length === 0) return undefined;
  const infos: StorePathInfo[] = [];
  for (const [path, entry] of entries) {
    if (!isStorePath(path) || entry === null || typeof entry !== 'object') return undefined;
    const { narHash, narSize, references, valid } = entry as Record<string, unknown>;
    const hash = narHashHex(narHash);
    if (valid === false || hash === undefined) return undefined;
    if (typeof narSize !== 'number' || !Number.isSafeInteger(narSize) || narSize < 0) {
      return undefined;
    }
    if (!Array.isArray(references) || !references.every(isStorePath)) return undefined;
    const refs = [...new Set(references.filter((r) => r !== path))].sort();
    infos.push({ path, references: refs, narSize, narHash: hash });
  }
  infos.sort(byPath);
  const known = new Set(infos.map((p) => p.path));
  if (known.size !== infos.length) return undefined;
  if (!roots.every((r) => known.has(r))) return undefined;
  if (!infos.every((p) => p.references.every((r) => known.has(r)))) return undefined;
  return infos;
}

/**
 * The closure of `roots` in one process, when every root is already valid (the usual case on
 * a warm store): `nix path-info` prints references, sizes and hashes at once, where the legacy
 * CLI needs `--query --requisites` and then `--dump-db`. Undefined when a root is not valid
 * (substitution is switched off, so that fails at once), when Nix has no `nix path-info` (before
 * 2.4), or when its output is not a form parsePathInfo knows.
 */
export async function readValidClosure(
  roots: string[],
  env: NodeJS.ProcessEnv | undefined,
  log?: Logger,
): Promise<ClosureGraph | undefined> {
  if (roots.length === 0) return { roots: [], paths: [] };
  // One argument list: past this many roots, the legacy path slices them.
  if (roots.length > pathsPerQuery) return undefined;
  const result = await runCommand(
    'nix',
    [
      '--extra-experimental-features',
      'nix-command',
      'path-info',
      '--json',
      '--recursive',
      '--option',
      'substitute',
      'false',
      '--',
      ...roots,
    ],
    { env, log },
  );
  if (result.code !== 0) return undefined;
  const paths = parsePathInfo(result.stdout, roots);
  return paths && { roots: [...roots], paths };
}
