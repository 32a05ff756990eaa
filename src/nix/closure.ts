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
  infos.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const got = infos.map((p) => p.path);
  if (got.length !== unique.length || got.some((p, k) => p !== unique[k])) {
    throw dumpDbError('it did not describe exactly the paths asked for');
  }
  return { roots: [...roots], paths: infos };
}
