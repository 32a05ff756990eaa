/**
 * The zstd layer build against `tar | zstd -T<cores>` at the same level, on real binaries
 * (target: ours ≥ 1.0×).
 */
import { availableParallelism } from 'node:os';
import { closeCompressionPool } from '../../src/image/compress-pool.ts';
import { LEVELS } from '../../src/image/compress.ts';
import { storePathsTar } from '../../src/image/tar.ts';
import {
  gnuTarBytes,
  mbps,
  medianOf,
  ours,
  peer,
  pipeline,
  SOURCE,
  verdict,
} from '../lib/layer-build.ts';

export const name = 'layer-zstd';
export const title = 'Layer build, zstd: ours vs tar | zstd -T';

const cores = availableParallelism();
const REPS = Number(process.env.BENCH_LAYER_REPS ?? 3);

export async function run(): Promise<string> {
  const gnuBytes = await gnuTarBytes();
  const rows: string[] = [];
  const verdicts: string[] = [];
  let tarBytes = 0;
  for (const level of [1, LEVELS.zstd.default, 6]) {
    const def = level === LEVELS.zstd.default;
    const reps = def ? REPS : 1;
    const tool = ['zstd', `-T${cores}`, `-${level}`, '-c'];
    const o = await medianOf(reps, () => ours('zstd', level));
    const p = await medianOf(reps, () => peer(tool, gnuBytes));
    tarBytes = o.bytes;
    const toolOnOurs = await pipeline([tool], storePathsTar([SOURCE]));
    const speed = mbps(o.bytes, o.secs) / mbps(p.bytes, p.secs);
    if (def) {
      verdicts.push(
        `zstd ${level} ≥ 1.0× zstd -T${cores} -${level}: ${speed.toFixed(2)}×, ${verdict(speed >= 1)}`,
      );
    }
    rows.push(
      `| ${level}${def ? ' (default)' : ''} | ${mbps(p.bytes, p.secs).toFixed(0)} | ${mbps(o.bytes, o.secs).toFixed(0)} | ${speed.toFixed(2)} | ${p.cpu.toFixed(1)} vs ${o.cpu.toFixed(1)} | ${(toolOnOurs / o.bytes).toFixed(4)} vs ${(o.out / o.bytes).toFixed(4)} |`,
    );
    console.error(`  zstd ${level}: ${rows.at(-1)}`);
  }
  await closeCompressionPool();
  return [
    `Real binaries (${SOURCE}) as one layer, page cache warm, ${cores} cores; our tar is`,
    `${(tarBytes / 2 ** 20).toFixed(0)} MiB, GNU tar's ${(gnuBytes / 2 ** 20).toFixed(0)} MiB. Measured as for gzip above:`,
    `\`tar | zstd -T${cores} -<level> -c | openssl dgst -sha256\` against our layer build, MB/s of`,
    `each side's own tar, CPU seconds of all processes or threads, sizes on our tar. The median`,
    `of ${REPS} runs at the default level.`,
    '',
    'Targets:',
    '',
    ...verdicts.map((v) => `- ${v}`),
    '',
    `| level | zstd -T${cores} MB/s | ours MB/s | speed | CPU s zstd vs ours | size zstd vs ours |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
