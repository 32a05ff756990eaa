/**
 * The compression engines alone, one thread, on 128 MiB of our tar of real binaries cut in
 * the chunks the layer build uses: libdeflate in WebAssembly (ours) against native zlib
 * (pigz -p1 and Node's zlib, which are not pinned), and zstd in WebAssembly (ours) against
 * native zstd, both on the stream (zstd -T1) and on the same 4 MiB chunks, so that the
 * engine's own cost is told apart from the layer pipeline's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Libdeflate } from '../../src/image/libdeflate.ts';
import { Zstd } from '../../src/image/zstd.ts';
import {
  childCpu,
  mbps,
  ownCpu,
  pipeline,
  SOURCE,
  streamOf,
  tarSample,
} from '../lib/layer-build.ts';

export const name = 'engines';
export const title = 'Compression engines, one thread';

/** CPU seconds of a function run on this thread, and what it returned. */
function time(fn: () => number): [number, number] {
  const start = ownCpu();
  const out = fn();
  return [ownCpu() - start, out];
}

/** CPU seconds of a child pipeline fed `sample`, and its output bytes. */
async function timeChild(command: string[], sample: Buffer): Promise<[number, number]> {
  const start = childCpu();
  const out = await pipeline([command], streamOf(sample));
  return [childCpu() - start, out];
}

/**
 * Native zstd on the same independent chunks: each chunk a file of its own, all in one
 * `zstd -T1 --no-check` run, which writes one frame per file. At levels 3 and 6 those are
 * the very bytes ours writes; at level 1 zstd's command line picks slightly other bytes.
 */
async function zstdSameChunks(files: string[], level: number): Promise<[number, number]> {
  const start = childCpu();
  const out = await pipeline([['zstd', '-T1', '--no-check', `-${level}`, '-c', ...files]]);
  return [childCpu() - start, out];
}

function chunked(sample: Buffer, size: number, fn: (c: Buffer, last: boolean) => number): number {
  let out = 0;
  for (let o = 0; o < sample.length; o += size) {
    out += fn(sample.subarray(o, o + size), o + size >= sample.length);
  }
  return out;
}

export async function run(): Promise<string> {
  const sample = await tarSample(64 << 20, 128 << 20);
  const n = sample.length;
  const cell = (secs: number, out: number) =>
    `${mbps(n, secs).toFixed(0)} MB/s, ${(out / n).toFixed(3)}`;
  const engine = new Libdeflate();
  const rows: string[] = [];
  for (const level of [1, 2, 4, 6, 9]) {
    const ours = time(() =>
      chunked(sample, 1 << 20, (c, last) => engine.compressChunk(c, level, last).length),
    );
    const node = time(() => chunked(sample, 1 << 20, (c) => deflateRawSync(c, { level }).length));
    const start = performance.now();
    const pigzOut = await pipeline([['pigz', '-p1', `-${level}`, '-c']], streamOf(sample));
    const pigz = (performance.now() - start) / 1000;
    rows.push(`| gzip ${level} | ${cell(...ours)} | ${cell(pigz, pigzOut)} | ${cell(...node)} |`);
  }
  const zstd = new Zstd();
  const zrows: string[] = [];
  const scratch = await mkdtemp(join(tmpdir(), 'engines-'));
  const chunkFiles: string[] = [];
  try {
    for (let o = 0; o < n; o += 4 << 20) {
      const file = join(scratch, `chunk-${String(chunkFiles.length).padStart(4, '0')}`);
      await writeFile(file, sample.subarray(o, o + (4 << 20)));
      chunkFiles.push(file);
    }
    for (const level of [1, 3, 6]) {
      // V8 runs WebAssembly in a quick baseline tier until a function is hot; one chunk
      // first, so that the optimised code is timed, as on all but the start of a layer.
      zstd.compressFrame(sample.subarray(0, 4 << 20), level);
      const ours = time(() => chunked(sample, 4 << 20, (c) => zstd.compressFrame(c, level).length));
      const z = await timeChild(['zstd', '-T1', `-${level}`, '-c'], sample);
      const same = await zstdSameChunks(chunkFiles, level);
      zrows.push(`| zstd ${level} | ${cell(...ours)} | ${cell(...z)} | ${cell(...same)} |`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return [
    `${(n / 2 ** 20).toFixed(0)} MiB of our tar of ${SOURCE}, one thread: MB of input per CPU`,
    'second (so a busy machine does not skew the comparison) and compressed ÷ input. Ours compress 1 MiB (gzip) or 4 MiB (zstd) chunks independently, as',
    "the layer build does; pigz -p1 and zstd -T1 compress the stream whole. Node's zlib is",
    'shown for reference only: its output changes between Node releases, so it cannot be used',
    'for layers.',
    '',
    '| level | libdeflate 1.14 in WebAssembly (ours) | zlib, pigz -p1 | zlib, Node |',
    '|---|---|---|---|',
    ...rows,
    '',
    'zstd is native zstd 1.5.4 (the same version), on the stream whole and on the same 4 MiB',
    'chunks as ours (a file each, one frame each: at levels 3 and 6 the same bytes as ours). Ours',
    'is timed after one chunk of warm-up.',
    '',
    '| level | zstd 1.5.4 in WebAssembly (ours) | zstd -T1, stream | zstd -T1, same chunks |',
    '|---|---|---|---|',
    ...zrows,
  ].join('\n');
}
