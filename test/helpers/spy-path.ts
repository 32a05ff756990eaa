import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

/** One program start seen by a spy: its name on PATH and its arguments. */
export interface SpyCall {
  program: string;
  args: string[];
}

export interface SpyPath {
  /** The directory of spies; put it first on PATH. */
  binDir: string;
  /** PATH with the spies first, then the original entries. */
  path: string;
  /** Every start recorded so far, in no particular order. */
  calls(): Promise<SpyCall[]>;
  /** Forgets the recorded starts. */
  clear(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Programs a shell-out or an injected command would reach for. Each gets a spy that records
 * its argv and then runs the real program, so that the action behaves exactly as without them.
 */
export const SPIED_PROGRAMS = [
  'sh',
  'bash',
  'dash',
  'env',
  'xargs',
  'nix',
  'nix-build',
  'nix-instantiate',
  'nix-store',
  'nix-env',
  'nix-shell',
  'nix-daemon',
  'nix-prefetch-url',
  'git',
  'curl',
  'wget',
  'touch',
  'perl',
  'python3',
  'openssl',
  'tar',
  'gzip',
  'pigz',
  'zstd',
  'ssh',
];

/**
 * Creates a directory of spy executables. A spy is a POSIX shell script started through the
 * absolute /bin/sh of its shebang (so the `sh` spy cannot start itself); it writes its name,
 * its argument count and each argument, NUL-separated, to a file named by its pid (one file per
 * process, so concurrent starts never interleave), then execs the real program with the same
 * arguments. A program missing from the original PATH exits 127 after recording.
 */
export async function createSpyPath(
  programs: string[] = SPIED_PROGRAMS,
  basePath: string = process.env.PATH ?? '',
): Promise<SpyPath> {
  const root = await mkdtemp(join(tmpdir(), 'nixery-spy-'));
  const binDir = join(root, 'bin');
  const logDir = join(root, 'calls');
  await mkdir(binDir);
  await mkdir(logDir);
  const entries = basePath.split(delimiter).filter((d) => d && isAbsolute(d));
  for (const program of programs) {
    const real = entries.map((d) => join(d, program)).find(isExecutableFile);
    const run = real ? `exec ${shellQuote(real)} "$@"` : 'exit 127';
    const script = [
      '#!/bin/sh',
      `printf '%s\\0%s\\0' ${shellQuote(program)} "$#" >> ${shellQuote(logDir)}/"$$"`,
      `[ "$#" -eq 0 ] || printf '%s\\0' "$@" >> ${shellQuote(logDir)}/"$$"`,
      run,
      '',
    ].join('\n');
    const file = join(binDir, program);
    await writeFile(file, script);
    await chmod(file, 0o755);
  }
  return {
    binDir,
    path: [binDir, ...entries].join(delimiter),
    calls: () => readCalls(logDir),
    clear: async () => {
      for (const f of await readdir(logDir)) await rm(join(logDir, f), { force: true });
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

async function readCalls(logDir: string): Promise<SpyCall[]> {
  const calls: SpyCall[] = [];
  for (const file of await readdir(logDir)) {
    const fields = (await readFile(join(logDir, file), 'utf8')).split('\0');
    // A process may exec several spies in turn (sh execs nix-store): records follow each other.
    let i = 0;
    while (i + 1 < fields.length) {
      const program = fields[i]!;
      const count = Number(fields[i + 1]);
      calls.push({ program, args: fields.slice(i + 2, i + 2 + count) });
      i += 2 + count;
    }
  }
  return calls;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
