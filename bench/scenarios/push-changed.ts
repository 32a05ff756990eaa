/**
 * One package changed: the whole action pushes an image, then the same packages again after
 * one store path changed (hello-lib's greeting, so hello changes with it). The second run
 * finds the previous image's layer records in the registry, so the layers that did not
 * change are neither read, compressed nor sent.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startRegistry } from '../../test/helpers/registry.ts';
import {
  deleteStorePath,
  outPathOf,
  testPkgsCopy,
  timedAction,
  type TimedRun,
} from '../lib/action-run.ts';
import { formatBytes } from '../../src/core/log.ts';
import { benchScratch } from '../lib/bench-image.ts';
import {
  barChart,
  median,
  printVerdict,
  REPEATS,
  samplesTable,
  verdictLine,
  type Samples,
  type Verdict,
} from '../lib/stats.ts';

export const name = 'push-changed';
export const title = 'One package changed: re-push vs full push (whole action)';
const PACKAGES = 'many-deps hello shell awkward';

export async function run(): Promise<string> {
  const scratch = await benchScratch();
  const dirs = { before: join(scratch, 'pkgs-before'), after: join(scratch, 'pkgs-after') };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d)));
  const before = await testPkgsCopy(dirs.before);
  const after = await testPkgsCopy(dirs.after, 'Hello again, world!');
  const changed = [await outPathOf(dirs.after, 'hello'), await outPathOf(dirs.after, 'hello-lib')];
  const registry = await startRegistry();
  try {
    const full: TimedRun[] = [];
    const again: TimedRun[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const inputs = {
        packages: PACKAGES,
        image: `${registry.host}/changed/r${i}`,
        cache: 'false',
      };
      full.push(await timedAction({ ...inputs, 'pkg-source': before }));
      // The changed paths are built again each time, as a real change would be.
      for (const path of changed) await deleteStorePath(path);
      again.push(await timedAction({ ...inputs, 'pkg-source': after }));
    }
    const samples: Samples[] = [
      { label: 'full push', secs: full.map((r) => r.secs) },
      { label: 'after one change', secs: again.map((r) => r.secs) },
    ];
    const pushPhase = (r: TimedRun) =>
      Object.entries(r.phases).find(([k]) => k.startsWith('Push'))?.[1] ?? NaN;
    const packPhase = (r: TimedRun) => r.phases['Pack layers'] ?? NaN;
    const phaseRow = (label: string, runs: TimedRun[]) =>
      `| ${label} | ${median(runs.map(packPhase)).toFixed(0)} ms | ${median(runs.map(pushPhase)).toFixed(0)} ms | ` +
      `${runs[0]?.pushedLayers} of ${runs[0]?.layers} | ${formatBytes(median(runs.map((r) => r.pushedBytes)))} of ${formatBytes(runs[0]?.totalBytes ?? 0)} |`;
    const verdicts: Verdict[] = [
      {
        what: 'bytes pushed after one change ÷ full push',
        ratio: median(again.map((r) => r.pushedBytes)) / median(full.map((r) => r.pushedBytes)),
      },
      {
        what: 'time after one change ÷ full push (whole action)',
        ratio: median(samples[1]!.secs) / median(samples[0]!.secs),
      },
      {
        what: 'push phase after one change ÷ full push',
        ratio: median(again.map(pushPhase)) / median(full.map(pushPhase)),
      },
    ];
    verdicts.forEach(printVerdict);
    return [
      `The bundled action (\`dist/index.js\`) pushes \`${PACKAGES}\` from a copy of the test`,
      'package set to a new repository ("full push"), then the same packages from a copy where',
      "hello-lib's greeting differs, so hello-lib and hello are new store paths, rebuilt by Nix",
      'each time ("after one change"). Each run is a new process; times are from spawn to exit',
      'and include Nix evaluation. The brief sets no target here: the ratios are reported.',
      '',
      samplesTable(samples),
      '',
      '| run | pack layers (median) | push (median) | layers pushed | bytes pushed (median) |',
      '|---|---|---|---|---|',
      phaseRow('full push', full),
      phaseRow('after one change', again),
      '',
      ...verdicts.map(verdictLine).flatMap((l) => [l, '']),
      barChart('One package changed (median ms)', samples),
    ].join('\n');
  } finally {
    await registry.stop();
  }
}
