/**
 * The gzip layer build against `tar | pigz -p<cores>` at every level, on real binaries: the
 * figures behind the default level and the speed target (ours ≥ 1.0× pigz at the same level
 * with output no larger; aim 1.5×). Peak memory is the VmHWM of a child process running the
 * bundled code, as shipped, to write the default-level layer to a file.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

export const name = 'layer-gzip';
export const title = 'Layer build, gzip: ours vs tar | pigz';

const cores = availableParallelism();
const RSS_TARGET_MB = 150;
/** Repetitions for the default level (the target); the other levels run once. */
const REPS = Number(process.env.BENCH_LAYER_REPS ?? 3);
/** Levels to measure: BENCH_GZIP_LEVELS=1,4,6, or every level. */
const SWEEP =
  process.env.BENCH_GZIP_LEVELS?.split(',').map(Number) ??
  [...Array(LEVELS.gzip.max - LEVELS.gzip.min + 1).keys()].map((i) => i + LEVELS.gzip.min);
/** Upload speed used to weigh bytes against seconds when choosing the default level. */
const UPLOAD_MBPS = 50;

/** Bundles the RSS child as scripts/build.mjs bundles the action, and runs it with plain node. */
async function peakRss(work: string): Promise<number> {
  const common = { outdir: work, bundle: true, platform: 'node', target: 'node20' } as const;
  await build({
    ...common,
    format: 'esm',
    entryPoints: { child: fileURLToPath(new URL('../layer-rss.child.ts', import.meta.url)) },
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
    logLevel: 'warning',
  });
  await build({
    ...common,
    format: 'cjs',
    entryPoints: {
      'compress-worker': fileURLToPath(
        new URL('../../src/image/compress-worker.ts', import.meta.url),
      ),
    },
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': 'undefined' },
    logLevel: 'warning',
  });
  for (const file of ['libdeflate.wasm', 'zstd.wasm']) {
    await copyFile(
      fileURLToPath(new URL(`../../src/image/wasm/${file}`, import.meta.url)),
      join(work, file),
    );
  }
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(work, 'child.js'), SOURCE, join(work, 'out')], {
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
  const gnuBytes = await gnuTarBytes();
  const def: number = LEVELS.gzip.default;
  const rows: string[] = [];
  const verdicts: string[] = [];
  let tarBytes = 0;
  for (const level of SWEEP) {
    const reps = level === def ? REPS : 1;
    const tool = ['pigz', `-p${cores}`, `-${level}`, '-c'];
    const o = await medianOf(reps, () => ours('gzip', level));
    const p = await medianOf(reps, () => peer(tool, gnuBytes));
    tarBytes = o.bytes;
    // Sizes on the same bytes: our tar through pigz too.
    const pigzOnOurs = await pipeline([tool], storePathsTar([SOURCE]));
    const speed = mbps(o.bytes, o.secs) / mbps(p.bytes, p.secs);
    const sizeRatio = o.out / pigzOnOurs;
    // Bytes against seconds: compressing (CPU seconds spread over the cores, so that a busy
    // machine does not decide), then sending the output at UPLOAD_MBPS.
    const total = o.cpu / cores + o.out / (UPLOAD_MBPS * 1e6);
    if (level === def) {
      const ok = speed >= 1 && sizeRatio <= 1;
      verdicts.push(
        `gzip ${level} ≥ 1.0× pigz -p${cores} -${level} (aim 1.5×) with output no larger: ${speed.toFixed(2)}×, size ${sizeRatio.toFixed(3)}×, ${verdict(ok)}`,
      );
    }
    rows.push(
      `| ${level}${level === def ? ' (default)' : ''} | ${mbps(p.bytes, p.secs).toFixed(0)} | ${mbps(o.bytes, o.secs).toFixed(0)} | ${speed.toFixed(2)} | ${p.cpu.toFixed(1)} vs ${o.cpu.toFixed(1)} | ${(pigzOnOurs / o.bytes).toFixed(4)} vs ${(o.out / o.bytes).toFixed(4)} | ${total.toFixed(1)} s |`,
    );
    console.error(`  gzip ${level}: ${rows.at(-1)}`);
  }
  await closeCompressionPool();
  const work = await mkdtemp(join(tmpdir(), 'nixery-bench-'));
  let rss: number;
  try {
    rss = (await peakRss(work)) / 1024;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  verdicts.push(
    `peak RSS < ${RSS_TARGET_MB} MB writing the ${(tarBytes / 2 ** 20).toFixed(0)} MiB layer: ${rss.toFixed(0)} MB, ${verdict(rss < RSS_TARGET_MB)}`,
  );
  return [
    `Real binaries (${SOURCE}) as one layer, page cache warm, ${cores} cores. Our tar is`,
    `${(tarBytes / 2 ** 20).toFixed(0)} MiB (hard links written as files), GNU tar's ${(gnuBytes / 2 ** 20).toFixed(0)} MiB;`,
    'MB/s are of each side\'s own tar bytes; "speed" is ours ÷ pigz MB/s (≥ 1: ours is faster).',
    `pigz is \`tar --sort=name -cf - | pigz -p${cores} -<level> -c | openssl dgst -sha256\`; ours is the`,
    'layer build (tar, sha256 of the tar, compress, sha256 of the blob). CPU seconds: all of',
    "pigz's pipeline, all of our threads. Sizes are compressed ÷ our tar, both compressors fed",
    `our tar. "CPU ÷ cores + send" is our CPU seconds over ${cores} cores plus the upload of`,
    `the output at ${UPLOAD_MBPS} MB/s: the level where it is least builds and pushes fastest.`,
    `The median of ${REPS} runs at the default level, one run at the others.`,
    '',
    'Targets:',
    '',
    ...verdicts.map((v) => `- ${v}`),
    '',
    '| level | pigz MB/s | ours MB/s | speed | CPU s pigz vs ours | size pigz vs ours | ours: CPU ÷ cores + send |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
