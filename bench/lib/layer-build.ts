/**
 * Measuring the layer build alone against command-line pipelines on the same files and
 * cores. Ours is the one pass of digestLayer: tar → sha256 → compress → sha256. The peer is
 * `tar --sort=name -cf - DIR | TOOL | openssl dgst -sha256`, spawned without a shell.
 *
 * Wall time and CPU time both: the machine may be shared, and CPU seconds (this process's
 * threads for ours, the reaped children's for the peer) say what each side costs whatever
 * the load.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { digestLayer } from '../../src/image/build-layer.ts';
import type { Compression } from '../../src/image/compress.ts';
import { storePathsTar } from '../../src/image/tar.ts';

export const SOURCE = process.env.BENCH_LAYER_DIR ?? '/usr/lib/x86_64-linux-gnu';
export const mbps = (bytes: number, secs: number): number => bytes / secs / 1e6;
export const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
const nullSink = () => new Writable({ write: (_c, _e, done) => done() });

export interface Run {
  secs: number;
  /** CPU seconds, user + system. */
  cpu: number;
  /** Bytes in (the side's own tar) and out (compressed). */
  bytes: number;
  out: number;
}

/** CPU seconds of the children this process has reaped (/proc/self/stat cutime + cstime). */
export function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 16 and 17 of stat(5), counted from 1, after "pid (comm)": indexes 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU seconds of this process, all threads. */
export function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Runs `a | b | c …` without a shell, optionally fed `input`; resolves with stdout bytes. */
export function pipeline(commands: string[][], input?: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    const procs = commands.map(([cmd, ...args]) =>
      spawn(cmd as string, args, { stdio: ['pipe', 'pipe', 'ignore'] }),
    );
    procs.forEach((p, i) => {
      p.on('error', reject);
      const next = procs[i + 1];
      if (next) p.stdout.pipe(next.stdin);
    });
    if (input) input.pipe(procs[0]?.stdin as Writable);
    else procs[0]?.stdin.end();
    let out = 0;
    const last = procs.at(-1);
    last?.stdout.on('data', (d: Buffer) => (out += d.length));
    let open = procs.length;
    for (const p of procs) {
      p.on('close', (code) => {
        if (code !== 0) reject(new Error(`${p.spawnfile} exited ${code}`));
        else if (--open === 0) resolve(out);
      });
    }
  });
}

export const tarCommand = (): string[] => ['tar', '--sort=name', '-cf', '-', SOURCE];

/** GNU tar's byte count for SOURCE (and a warm page cache). */
export function gnuTarBytes(): Promise<number> {
  return pipeline([tarCommand()]);
}

/** Ours: one layer of SOURCE. */
export async function ours(c: Compression, level: number): Promise<Run> {
  const [t, cpu] = [performance.now(), ownCpu()];
  const d = await digestLayer(storePathsTar([SOURCE]), c, level, nullSink());
  return {
    secs: (performance.now() - t) / 1000,
    cpu: ownCpu() - cpu,
    bytes: d.tarSize,
    out: d.size,
  };
}

/** The peer: `tar | tool | openssl dgst -sha256`; `out` is the tool's output on GNU tar. */
export async function peer(tool: string[], gnuBytes: number): Promise<Run> {
  const [t, cpu] = [performance.now(), childCpu()];
  await pipeline([tarCommand(), tool, ['openssl', 'dgst', '-sha256']]);
  const secs = (performance.now() - t) / 1000;
  const used = childCpu() - cpu;
  const out = await pipeline([tarCommand(), tool]);
  return { secs, cpu: used, bytes: gnuBytes, out };
}

/** Median run by wall time. */
export async function medianOf(reps: number, fn: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < reps; i++) runs.push(await fn());
  runs.sort((a, b) => a.secs - b.secs);
  return runs[runs.length >> 1] as Run;
}

/** The first `size` bytes of our tar of SOURCE after `skip`, for single-thread measurements. */
export async function tarSample(skip: number, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let seen = 0;
  const tar = storePathsTar([SOURCE]);
  for await (const piece of tar as AsyncIterable<Buffer>) {
    if (seen + piece.length > skip) parts.push(piece.subarray(Math.max(0, skip - seen)));
    seen += piece.length;
    if (seen >= skip + size) break;
  }
  tar.destroy();
  return Buffer.concat(parts).subarray(0, size);
}

/** A buffer as a stream of 1 MiB pieces. */
export function streamOf(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let o = 0; o < bytes.length; o += 1 << 20) yield bytes.subarray(o, o + (1 << 20));
    })(),
  );
}
