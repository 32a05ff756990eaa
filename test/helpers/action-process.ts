import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandFile, repoRoot, type ActionRun } from './action.ts';

export interface StartedAction {
  child: ChildProcessWithoutNullStreams;
  /** Output captured so far. */
  stdout(): string;
  /** Settles when the process has exited and its files are read. */
  done: Promise<ActionRun & { signal: NodeJS.Signals | null; exitedAt: number }>;
}

/**
 * Starts the bundled main step as a runner does (the same environment as runAction), but hands
 * back the process, so that a test can signal it while it works.
 */
export async function startAction(
  inputs: Record<string, string>,
  opts: { env?: NodeJS.ProcessEnv } = {},
): Promise<StartedAction> {
  const dir = await mkdtemp(join(tmpdir(), 'nixery-action-proc-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state'),
  };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NIX_CONFIG: process.env.NIX_CONFIG ?? 'substituters =',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(repoRoot, 'dist/index.js')], { env, cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  ).then(async ({ code, signal }) => {
    const exitedAt = Date.now();
    try {
      return {
        code: code ?? 128,
        signal,
        exitedAt,
        stdout,
        stderr,
        outputs: parseCommandFile(await readFile(files.output, 'utf8')),
        summary: await readFile(files.summary, 'utf8'),
        state: parseCommandFile(await readFile(files.state, 'utf8')),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  return { child, stdout: () => stdout, done };
}
