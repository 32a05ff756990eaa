/**
 * Layer building throughput on real files, against the usual command-line pipelines on the
 * same files and cores: GNU tar | openssl (uncompressed), | pigz -p<cores> (gzip) and
 * | zstd -T0 (zstd). Ours is one pass: tar → sha256 → compress → sha256 → file. Peak memory
 * is the max RSS of a child process building the gzip layer.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { closeCompressionPool } from '../../src/image/compress-pool.ts';
import { compressor, LEVELS, type Compression } from '../../src/image/compress.ts';
import { DigestTap } from '../../src/image/digest.ts';
import { storePathsTar } from '../../src/image/tar.ts';

export const name = 'throughput';
export const title = 'Layer building throughput';

const SOURCE = process.env.BENCH_LAYER_DIR ?? '/usr/lib/x86_64-linux-gnu';
const cores = availableParallelism();

/** Runs `a | b | c …` without a shell; resolves with the last command's stdout size. */
function shellFree(commands: string[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const procs = commands.map(([cmd, ...args]) =>
      spawn(cmd as string, args, { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    procs.forEach((p, i) => {
      p.on('error', reject);
      const next = procs[i + 1];
      if (next) p.stdout.pipe(next.stdin);
    });
    procs[0]?.stdin.end();
    procs.at(-1)?.stdout.resume();
    procs
      .at(-1)
      ?.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

async function ours(
  c: Compression,
  level: number,
): Promise<{ secs: number; bytes: number; out: number }> {
  const tar = new DigestTap();
  const blob = new DigestTap();
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const secs = await timed(() =>
    pipeline(storePathsTar([SOURCE]), tar, compressor(c, level), blob, sink),
  );
  return { secs, bytes: tar.size, out: blob.size };
}

async function peakRss(work: string): Promise<number> {
  const script = fileURLToPath(new URL('../layer-rss.child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, SOURCE, work], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('close', (code) =>
      code === 0 ? resolve(Number(out)) : reject(new Error(`rss child ${code}`)),
    );
  });
}

export async function run(): Promise<string> {
  const tarCmd = ['tar', '--sort=name', '-cf', '-', SOURCE];
  const sha = ['openssl', 'dgst', '-sha256'];
  // Warms the page cache and counts GNU tar's bytes: it stores hard links as links, ours
  // writes each name's bytes, so each side's speed is of its own tar.
  const gnuBytes = await new Promise<number>((resolve, reject) => {
    let n = 0;
    const t = spawn(tarCmd[0] as string, tarCmd.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] });
    t.stdout.on('data', (d: Buffer) => (n += d.length));
    t.on('close', (code) => (code === 0 ? resolve(n) : reject(new Error(`tar ${code}`))));
  });
  const mbps = (bytes: number, secs: number) => bytes / secs / 1e6;
  const rows: string[] = [];
  const base = await ours('none', 0);
  const bytes = base.bytes;
  const tarSecs = await timed(() => shellFree([tarCmd, sha]));
  rows.push(
    `| uncompressed | tar \\| openssl dgst | ${mbps(gnuBytes, tarSecs).toFixed(0)} | ${mbps(bytes, base.secs).toFixed(0)} | ${(mbps(bytes, base.secs) / mbps(gnuBytes, tarSecs)).toFixed(2)} | 1.000 vs 1.000 |`,
  );
  const cases: [Compression, number, string[][]][] = [
    [
      'gzip',
      LEVELS.gzip.default,
      [
        ['pigz', `-p${cores}`, `-${LEVELS.gzip.default}`, '-c'],
        ['pigz', `-p${cores}`, '-6', '-c'],
      ],
    ],
    ['gzip', 6, [['pigz', `-p${cores}`, '-6', '-c']]],
    ['gzip', 1, [['pigz', `-p${cores}`, '-1', '-c']]],
    ['zstd', LEVELS.zstd.default, [['zstd', `-${LEVELS.zstd.default}`, '-T0', '-c']]],
  ];
  for (const [c, level, tools] of cases) {
    const r = await ours(c, level);
    for (const tool of tools) {
      let toolOut = 0;
      const secs = await timed(() => shellFree([tarCmd, tool, sha]));
      const sized = await new Promise<number>((resolve, reject) => {
        const t = spawn(tarCmd[0] as string, tarCmd.slice(1), {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        const z = spawn(tool[0] as string, tool.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
        t.stdout.pipe(z.stdin);
        z.stdout.on('data', (d: Buffer) => (toolOut += d.length));
        z.on('close', (code) =>
          code === 0 ? resolve(toolOut) : reject(new Error(`${tool[0]} ${code}`)),
        );
      });
      rows.push(
        `| ${c} ${level} | tar \\| ${tool.join(' ')} \\| openssl | ${mbps(gnuBytes, secs).toFixed(0)} | ${mbps(bytes, r.secs).toFixed(0)} | ${(mbps(bytes, r.secs) / mbps(gnuBytes, secs)).toFixed(2)} | ${(r.out / bytes).toFixed(3)} vs ${(sized / gnuBytes).toFixed(3)} |`,
      );
    }
  }
  await closeCompressionPool();
  const work = await mkdtemp(join(tmpdir(), 'nixery-bench-'));
  let rss: number;
  try {
    rss = await peakRss(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return [
    `Real files (${SOURCE}) as one layer, page cache warm, ${cores} cores. Our tar is`,
    `${(bytes / 2 ** 20).toFixed(0)} MiB (hard links written as files), GNU tar's ${(gnuBytes / 2 ** 20).toFixed(0)} MiB;`,
    'MB/s are of each side\'s own tar bytes. "ratio" is ours ÷ tool MB/s (≥ 1: ours is faster);',
    'size is compressed ÷ tar bytes, ours vs the tool.',
    '',
    '| compression | tool pipeline | tool MB/s | ours MB/s | ratio | size ours vs tool |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Peak RSS of a child process writing the gzip layer (${(bytes / 2 ** 20).toFixed(0)} MiB) to a file: ${(rss / 1024).toFixed(0)} MB.`,
  ].join('\n');
}
