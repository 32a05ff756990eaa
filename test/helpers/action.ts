import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved for its post step (core.saveState), by name. */
  state: Record<string, string>;
  /** Milliseconds from spawn to the first byte on stdout (the first log line). */
  firstOutputMs?: number;
}

/**
 * Starts a bundled entry point of the action exactly as a runner does: inputs as INPUT_<NAME>
 * variables (upper case, spaces to '_', hyphens kept), outputs to the file named by
 * GITHUB_OUTPUT, the summary to GITHUB_STEP_SUMMARY.
 */
export async function runAction(
  inputs: Record<string, string>,
  opts: {
    entry?: string;
    env?: NodeJS.ProcessEnv;
    state?: Record<string, string>;
    /** A command the action is started under, e.g. `/usr/bin/time -o file` (benchmarks). */
    wrap?: string[];
    /** The Node binary to start a bundled entry with (default: the one running the tests). */
    node?: string;
  } = {},
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'nixery-action-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const stateFile = join(dir, 'state');
  await Promise.all([outputFile, summaryFile, stateFile].map((f) => writeFile(f, '')));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NIX_CONFIG: process.env.NIX_CONFIG ?? 'substituters =',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    ...opts.env,
  };
  // The runner hands a post step the main step's saved state as STATE_<name> variables.
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const entry = join(repoRoot, opts.entry ?? 'dist/index.js');
  try {
    // An entry point in src/ runs from source (through tsx), as the bundle would.
    const node = entry.endsWith('.ts')
      ? [process.execPath, '--import', 'tsx', entry]
      : [opts.node ?? process.execPath, entry];
    const line = [...(opts.wrap ?? []), ...node];
    const [cmd, ...args] = line as [string, ...string[]];
    const started = performance.now();
    const child = spawn(cmd, args, { env, cwd: repoRoot });
    let firstOutputMs: number | undefined;
    child.stdout.once('data', () => (firstOutputMs = performance.now() - started));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    return {
      code,
      stdout,
      stderr,
      outputs: parseCommandFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      state: parseCommandFile(await readFile(stateFile, 'utf8')),
      firstOutputMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads the `name<<DELIMITER\nvalue\nDELIMITER` format @actions/core writes. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}
