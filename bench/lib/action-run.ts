/**
 * Whole-action benchmarks: the bundled `dist/index.js` (and `dist/post.js`) run as a runner
 * runs them, timed from spawn to exit, with what they pushed read from the `metadata` output.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../test/helpers/action.ts';
import { testPkgsDir } from '../../test/helpers/pkgs.ts';
import { runCommand } from '../../src/nix/exec.ts';
import { timed } from './stats.ts';

export interface TimedRun {
  secs: number;
  run: ActionRun;
  /** Bytes of layers the registry did not have. */
  pushedBytes: number;
  totalBytes: number;
  layers: number;
  pushedLayers: number;
  /** Milliseconds per pipeline phase, from the metadata output. */
  phases: Record<string, number>;
}

interface Metadata {
  layers: { size: number; status: string }[];
  timings: Record<string, number>;
}

export async function timedAction(
  inputs: Record<string, string>,
  opts: Parameters<typeof runAction>[1] = {},
): Promise<TimedRun> {
  let result: ActionRun | undefined;
  const secs = await timed(async () => (result = await runAction(inputs, opts)));
  const run = result as ActionRun;
  if (run.code !== 0) {
    throw new Error(`the action failed (${run.code}):\n${run.stdout.slice(-3000)}${run.stderr}`);
  }
  const meta = JSON.parse(run.outputs.metadata ?? '{}') as Metadata;
  const pushed = meta.layers.filter((l) => l.status === 'pushed');
  return {
    secs,
    run,
    pushedBytes: pushed.reduce((n, l) => n + l.size, 0),
    totalBytes: meta.layers.reduce((n, l) => n + l.size, 0),
    layers: meta.layers.length,
    pushedLayers: pushed.length,
    phases: meta.timings,
  };
}

/**
 * A copy of the test package set in `dir`, with `hello-lib`'s greeting replaced by `greeting`
 * when given: that changes one store path, and `hello`, which refers to it.
 */
export async function testPkgsCopy(dir: string, greeting?: string): Promise<string> {
  const source = testPkgsDir();
  await cp(join(source, 'busybox'), join(dir, 'busybox'), { recursive: true });
  let nix = await readFile(join(source, 'default.nix'), 'utf8');
  if (greeting !== undefined) {
    const original = "echo 'Hello, world!' > $out/share/greeting";
    if (!nix.includes(original))
      throw new Error(`test/pkgs/default.nix no longer has: ${original}`);
    nix = nix.replace(original, `echo '${greeting}' > $out/share/greeting`);
  }
  await writeFile(join(dir, 'default.nix'), nix);
  return `path!${dir}`;
}

/** The store path of a package of a package set folder. */
export async function outPathOf(pkgsDir: string, attr: string): Promise<string> {
  const r = await runCommand('nix-instantiate', [
    '--eval',
    '--json',
    '--expr',
    `(import ${JSON.stringify(pkgsDir)} {}).${attr}.outPath`,
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string;
}

/** Removes a path from the store, so that the next build must make it again. */
export async function deleteStorePath(path: string): Promise<void> {
  const r = await runCommand('nix-store', ['--delete', path]);
  // Already absent is fine: the point is that it is not there.
  if (r.code !== 0 && !/does not exist|not valid/.test(r.stderr)) throw new Error(r.stderr);
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
