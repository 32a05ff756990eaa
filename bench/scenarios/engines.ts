/**
 * The compression engines alone, one thread, on 128 MiB of our tar of real binaries cut in
 * the chunks the layer build uses: libdeflate in WebAssembly (ours) against native zlib
 * (pigz -p1 and Node's zlib, which are not pinned), and zstd in WebAssembly (ours) against
 * native zstd -T1.
 */
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
  for (const level of [1, 3, 6]) {
    const ours = time(() => chunked(sample, 4 << 20, (c) => zstd.compressFrame(c, level).length));
    const z = await timeChild(['zstd', '-T1', `-${level}`, '-c'], sample);
    zrows.push(`| zstd ${level} | ${cell(...ours)} | ${cell(...z)} |`);
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
    '| level | zstd 1.5.4 in WebAssembly (ours) | zstd -T1 |',
    '|---|---|---|',
    ...zrows,
  ].join('\n');
}
