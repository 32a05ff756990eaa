/**
 * The headline measurement: the bundled action spawned as a runner spawns it (INPUT_* variables,
 * `node dist/index.js`, start to exit) beside `skopeo copy --dest-compress` of the same image
 * from an uncompressed OCI layout, each under /usr/bin/time for CPU seconds and peak RSS.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../../test/helpers/action.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { freshSkopeoHome } from './skopeo.ts';
import { benchScratch } from './bench-image.ts';

export interface Measured {
  secs: number;
  /** User + system CPU seconds of the process and its threads. */
  cpu: number;
  /** Peak resident set of the process, bytes. */
  rssBytes: number;
}

export interface OursRun extends Measured {
  run: ActionRun;
  phases: Record<string, number>;
  firstLineMs: number;
}

const TIME = '/usr/bin/time';

/**
 * The Node a runner starts the action with: Node 24 (`runs.using: node24`), from
 * scripts/install-node24.sh; this process's Node where that is not installed.
 */
export const RUNNER_NODE = (() => {
  const node24 = join(import.meta.dirname, '..', '..', '.work', 'node24', 'bin', 'node');
  return existsSync(node24) ? node24 : process.execPath;
})();
export const RUNNER_NODE_VERSION = execFileSync(RUNNER_NODE, ['--version'], {
  encoding: 'utf8',
}).trim();

async function timeFile(): Promise<string> {
  const dir = await mkdtemp(join(await benchScratch(), 'time-'));
  // /usr/bin/time writes it as the measured process's user (skopeo runs as nobody).
  await chmod(dir, 0o777);
  return join(dir, 'out');
}

async function readTime(file: string): Promise<{ cpu: number; rssBytes: number }> {
  const text = await readFile(file, 'utf8');
  const [user, sys, rssKb] = text.trim().split(/\s+/).slice(-3).map(Number);
  await rm(join(file, '..'), { recursive: true, force: true });
  return { cpu: (user ?? NaN) + (sys ?? NaN), rssBytes: (rssKb ?? NaN) * 1024 };
}

export async function timedOurs(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<OursRun> {
  const file = await timeFile();
  const started = performance.now();
  const run = await runAction(inputs, {
    env,
    node: RUNNER_NODE,
    wrap: [TIME, '-f', '%U %S %M', '-o', file],
  });
  const secs = (performance.now() - started) / 1000;
  if (run.code !== 0) {
    throw new Error(`the action failed (${run.code}):\n${run.stdout.slice(-3000)}${run.stderr}`);
  }
  const meta = JSON.parse(run.outputs.metadata ?? '{}') as { timings: Record<string, number> };
  const phases: Record<string, number> = {};
  for (const [k, v] of Object.entries(meta.timings))
    phases[k.startsWith('Push to ') ? 'Push' : k] = v;
  return { secs, run, phases, firstLineMs: run.firstOutputMs ?? NaN, ...(await readTime(file)) };
}

/** `skopeo copy --dest-compress` (gzip) from a layout, as `nobody` with a fresh blob-info cache. */
export async function timedSkopeo(layout: string, tag: string, dest: string): Promise<Measured> {
  const home = await freshSkopeoHome(await benchScratch());
  const file = await timeFile();
  const args = [
    '-f',
    '%U %S %M',
    '-o',
    file,
    'skopeo',
    '--insecure-policy',
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    '--dest-compress',
    '--dest-compress-format',
    'gzip',
    `oci:${layout}:${tag}`,
    `docker://${dest}`,
  ];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(TIME, args, {
      uid: process.getuid?.() === 0 ? 65534 : undefined,
      gid: process.getuid?.() === 0 ? 65534 : undefined,
      env: { PATH: process.env.PATH, HOME: home, TMPDIR: home },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`skopeo ${args.join(' ')}: ${stderr.trim()}`)),
    );
  });
  const secs = (performance.now() - started) / 1000;
  // The time file is written by /usr/bin/time running as nobody, in a folder made by root.
  const measured = await readTime(file);
  await rm(home, { recursive: true, force: true });
  return { secs, ...measured };
}

/** Bytes of the blobs (layers and config) a pushed manifest names. */
export async function imageBytes(registryHost: string, repository: string, tag: string) {
  const client = new RegistryClient({ image: { registry: registryHost, repository } });
  try {
    const m = await client.getManifest(tag);
    if (!m) throw new Error(`${registryHost}/${repository}:${tag} is not there`);
    const doc = JSON.parse(m.body.toString()) as {
      config: { size: number };
      layers: { size: number }[];
    };
    return doc.layers.reduce((n, l) => n + l.size, doc.config.size);
  } finally {
    await client.close();
  }
}

/** Spawn to first output of `node -e` printing a line: the floor any Node program pays. */
export async function nodeFloorMs(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(RUNNER_NODE, ['-e', 'console.log(1)'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let first = NaN;
    child.stdout.once('data', () => (first = performance.now() - started));
    child.on('error', reject);
    child.on('close', () => resolve(first));
  });
}
