/**
 * The whole action, cold and warm, on the test package set. Cold: the `slow` package (three
 * seconds to build) is not in the store, the Actions cache has no entry for the key, and the
 * repository is new. The post step then saves the store cache. Warm: `slow` is deleted again
 * and comes back from the store cache, and the repository holds the previous image, whose
 * layer records spare reading and compressing the layers.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { runCommand } from '../../src/nix/exec.ts';
import { join } from 'node:path';
import { runAction } from '../../test/helpers/action.ts';
import { startAzurite } from '../../test/helpers/azurite.ts';
import { startCacheService } from '../../test/helpers/cache-service.ts';
import { testPkgsDir, testPkgSource } from '../../test/helpers/pkgs.ts';
import { startRegistry } from '../../test/helpers/registry.ts';
import { deleteStorePath, outPathOf, timedAction, type TimedRun } from '../lib/action-run.ts';
import { benchScratch } from '../lib/bench-image.ts';
import {
  barChart,
  median,
  printVerdict,
  REPEATS,
  samplesTable,
  timed,
  verdictLine,
  type Samples,
  type Verdict,
} from '../lib/stats.ts';

export const name = 'action-cold-warm';
export const title = 'Whole action, cold vs warm (store cache and layer cache)';
const PACKAGES = 'slow hello many-deps';

export async function run(): Promise<string> {
  const slow = await outPathOf(testPkgsDir(), 'slow');
  const registry = await startRegistry();
  const azurite = await startAzurite();
  const service = await startCacheService(azurite);
  const runnerTemp = await mkdtemp(join(await benchScratch(), 'runner-temp-'));
  const env = { ...service.env, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'org/bench' };
  const stamp = Date.now().toString(36);
  // Locally built paths are cached only when signed (src/cache/verify-import.ts).
  const keys = await runCommand('nix-store', [
    '--generate-binary-cache-key',
    'bench-1',
    join(runnerTemp, 'cache.sec'),
    join(runnerTemp, 'cache.pub'),
  ]);
  if (keys.code !== 0) throw new Error(keys.stderr);
  const signingKey = (await readFile(join(runnerTemp, 'cache.sec'), 'utf8')).trim();
  try {
    const cold: TimedRun[] = [];
    const warm: TimedRun[] = [];
    const post: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const inputs = {
        packages: PACKAGES,
        'pkg-source': testPkgSource,
        image: `${registry.host}/coldwarm/r${i}`,
        // A key of its own per try: the first run of each finds the cache empty.
        'cache-key': `bench-${stamp}-${i}`,
        'cache-signing-key': signingKey,
      };
      await deleteStorePath(slow);
      const c = await timedAction(inputs, { env });
      if (c.run.outputs['cache-hit'] !== 'false') throw new Error('the cold run hit the cache');
      cold.push(c);
      post.push(
        await timed(async () => {
          const saved = await runAction(inputs, { env, entry: 'dist/post.js', state: c.run.state });
          if (!/Saved store cache entry/.test(saved.stdout)) {
            throw new Error(`the post step saved nothing:\n${saved.stdout}${saved.stderr}`);
          }
        }),
      );
      await deleteStorePath(slow);
      const w = await timedAction(inputs, { env });
      if (w.run.outputs['cache-hit'] !== 'true') throw new Error('the warm run missed the cache');
      if (w.run.outputs.digest !== c.run.outputs.digest) throw new Error('warm image differs');
      warm.push(w);
    }
    const samples: Samples[] = [
      { label: 'cold', secs: cold.map((r) => r.secs) },
      { label: 'warm', secs: warm.map((r) => r.secs) },
      { label: 'post step (save)', secs: post },
    ];
    // The push phase is named after the repository, which differs per try.
    const phaseName = (p: string) => (p.startsWith('Push to ') ? 'Push' : p);
    const phases = [
      ...new Set([...cold, ...warm].flatMap((r) => Object.keys(r.phases).map(phaseName))),
    ];
    const phaseOf = (r: TimedRun, n: string) =>
      Object.entries(r.phases).find(([k]) => phaseName(k) === n)?.[1] ?? NaN;
    const cell = (runs: TimedRun[], n: string) =>
      `${median(runs.map((r) => phaseOf(r, n))).toFixed(0)} ms`;
    const verdict: Verdict = {
      what: 'warm ÷ cold (whole action)',
      ratio: median(samples[1]!.secs) / median(samples[0]!.secs),
    };
    printVerdict(verdict);
    return [
      `The bundled action (\`dist/index.js\`, then \`dist/post.js\`) building \`${PACKAGES}\``,
      'from the test package set, with the real `@actions/cache` talking to a local cache',
      'service in front of Azurite. Cold: `slow` (a 3 s build) deleted from the store, a new',
      'cache key and a new repository. Warm: `slow` deleted again and restored from the store',
      'cache, and the previous image in the repository (layer records reused, blobs present).',
      'Times are from process start to exit. The brief sets no target here.',
      '',
      samplesTable(samples),
      '',
      '| phase (median) | cold | warm |',
      '|---|---|---|',
      ...phases.map((n) => `| ${n} | ${cell(cold, n)} | ${cell(warm, n)} |`),
      '',
      verdictLine(verdict),
      '',
      barChart('Whole action (median ms)', samples),
    ].join('\n');
  } finally {
    await service.stop();
    await azurite.stop();
    await registry.stop();
  }
}
