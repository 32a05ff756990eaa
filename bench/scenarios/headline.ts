/**
 * The headline: the whole action as a user meets it, against skopeo on the same cores.
 *
 * Ours: the bundled action (dist/, built by `npm run bench` first) spawned as a runner spawns
 * it, timed from spawn to exit, the store already built, a fresh repository each run. Skopeo:
 * `skopeo copy --dest-compress` (gzip) of the same image from an uncompressed OCI layout that
 * the action wrote, with a fresh blob-info cache each run, so it cannot skip work from memory.
 *
 * (a) a small many-path image from test/pkgs; (b) over 500 MB of real binaries
 * (/usr/lib/x86_64-linux-gnu imported into the store with builtins.path, in four packages);
 * (c) the re-push of image (a), unchanged, from a fresh runner with the Actions cache: the
 * image's top-level store paths are deleted (a store cache, Azurite and a local cache service,
 * holds them), and the registry already holds the image, whose inputs key tells the run after
 * evaluation that there is nothing to restore, build or upload; skopeo copies the same layout
 * to a repository that already holds its own push of it.
 */
import { realpathSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../test/helpers/azurite.ts';
import { startCacheService } from '../../test/helpers/cache-service.ts';
import { testPkgsDir, testPkgSource } from '../../test/helpers/pkgs.ts';
import { startRegistry, type TestRegistry } from '../../test/helpers/registry.ts';
import { runAction } from '../../test/helpers/action.ts';
import { runCommand } from '../../src/nix/exec.ts';
import { deleteStorePath, mb, outPathOf } from '../lib/action-run.ts';
import { benchScratch } from '../lib/bench-image.ts';
import { openToAll, skopeoVersion } from '../lib/skopeo.ts';
import { formatSecs, median, printVerdict, verdictLine, type Verdict } from '../lib/stats.ts';
import {
  imageBytes,
  nodeFloorMs,
  timedOurs,
  RUNNER_NODE,
  RUNNER_NODE_VERSION,
  timedSkopeo,
  type Measured,
  type OursRun,
} from '../lib/whole-action.ts';

export const name = 'headline';
export const title = 'Headline: the whole action against skopeo';
export const order = 0;

const RUNS = Number(process.env.BENCH_REPEATS ?? 3);
const SMALL = 'hello many-deps shell awkward';
const BIG = 'libs-a libs-b libs-c libs-d';
const STARTUP_GOAL_MS = 120;
const RSS_TARGET = 150e6;
/**
 * The cases to run, all by default; `BENCH_HEADLINE_CASES=b` runs one alone, which is quicker
 * when studying it (the section then holds only that case).
 */
const CASES = new Set(
  (process.env.BENCH_HEADLINE_CASES ?? 'a,b,c').split(',').map((c) => c.trim()),
);

/**
 * A package set of /usr/lib/x86_64-linux-gnu in four parts, each a store path of real files.
 * The parts are imported into the store once (builtins.path hashes the whole folder at every
 * evaluation); the package set then names them with builtins.storePath, as a set that fetched
 * its sources earlier would.
 */
async function bigPackageSet(): Promise<string> {
  // The real folder: builtins.path copies a symlink as a symlink (test/pkgs/busybox is one in
  // a git worktree that shares the main checkout's copy).
  const busybox = realpathSync(join(testPkgsDir(), 'busybox'));
  const importer = `let
  root = /usr/lib/x86_64-linux-gnu;
  prefix = toString root + "/";
  top = p: builtins.head (builtins.match "([^/]*).*" (builtins.substring (builtins.stringLength prefix) (-1) p));
  part = name: lo: hi: builtins.path {
    path = root;
    name = "usr-lib-\${name}";
    filter = p: t: let c = top p; in c >= lo && c < hi;
  };
in map toString [ (part "a" "" "libg") (part "b" "libg" "libm") (part "c" "libm" "libs") (part "d" "libs" "~") ]
`;
  const imported = await runCommand('nix-instantiate', [
    '--eval',
    '--strict',
    '--json',
    '--read-write-mode',
    '--expr',
    importer,
  ]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const parts = JSON.parse(imported.stdout) as string[];
  const dir = await mkdtemp(join(await benchScratch(), 'usr-lib-'));
  const nix = `{ ... }:
let
  busybox = builtins.path { path = ${busybox}; name = "busybox"; };
  bb = "\${busybox}/bin/busybox";
  wrap = name: src: derivation {
    inherit name;
    system = builtins.currentSystem;
    builder = bb;
    args = [ "sh" "-c" "\${bb} mkdir $out && \${bb} ln -s \${builtins.storePath src} $out/lib" ];
  };
in {
${['a', 'b', 'c', 'd'].map((n, i) => `  libs-${n} = wrap "libs-${n}" ${JSON.stringify(parts[i])};`).join('\n')}
}
`;
  await writeFile(join(dir, 'default.nix'), nix);
  return `path!${dir}`;
}

interface Case {
  id: string;
  what: string;
  ours: OursRun[];
  skopeo: Measured[];
  oursBytes: number;
  skopeoBytes: number;
  target: number;
}

const med = (xs: number[]) => median(xs);
const secsCell = (rs: Measured[]) =>
  `${formatSecs(med(rs.map((r) => r.secs)))} (${formatSecs(Math.min(...rs.map((r) => r.secs)))} – ${formatSecs(Math.max(...rs.map((r) => r.secs)))})`;
const cpuCell = (rs: Measured[]) => `${med(rs.map((r) => r.cpu)).toFixed(2)} s`;
const rssCell = (rs: Measured[]) => `${(med(rs.map((r) => r.rssBytes)) / 1e6).toFixed(0)} MB`;

/** The uncompressed OCI layout of an image, written by the action itself (same tars). */
async function layoutOf(inputs: Record<string, string>, tag: string): Promise<string> {
  const layout = join(await mkdtemp(join(await benchScratch(), 'layout-')), 'oci');
  const run = await runAction({
    ...inputs,
    push: 'false',
    compression: 'none',
    cache: 'false',
    tags: tag,
    output: `oci-layout:${layout}`,
  });
  if (run.code !== 0) throw new Error(`writing the layout failed:\n${run.stdout.slice(-2000)}`);
  await openToAll(join(layout, '..'));
  await openToAll(layout);
  return layout;
}

async function freshPushCase(
  registry: TestRegistry,
  id: string,
  what: string,
  packages: string,
  pkgSource: string,
  target: number,
): Promise<Case> {
  const inputs = { packages, 'pkg-source': pkgSource };
  console.error(`  ${id}: building and writing the uncompressed layout`);
  const layout = await layoutOf(inputs, 'bench');
  const ours: OursRun[] = [];
  const skopeo: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternating, so that a change in the machine's load falls on both sides.
    ours.push(
      await timedOurs({ ...inputs, image: `${registry.host}/${id}/ours-${i}`, cache: 'false' }),
    );
    skopeo.push(await timedSkopeo(layout, 'bench', `${registry.host}/${id}/skopeo-${i}:latest`));
    console.error(
      `  ${id} run ${i + 1}: ours ${ours.at(-1)!.secs.toFixed(2)} s, skopeo ${skopeo.at(-1)!.secs.toFixed(2)} s`,
    );
  }
  return {
    id,
    what,
    ours,
    skopeo,
    oursBytes: await imageBytes(registry.host, `${id}/ours-0`, 'latest'),
    skopeoBytes: await imageBytes(registry.host, `${id}/skopeo-0`, 'latest'),
    target,
  };
}

async function repushCase(registry: TestRegistry): Promise<Case> {
  const azurite = await startAzurite();
  const service = await startCacheService(azurite);
  try {
    const pkgs = testPkgsDir();
    const tops = await Promise.all(SMALL.split(' ').map((p) => outPathOf(pkgs, p)));
    const image = `${registry.host}/c/image`;
    const inputs = {
      packages: SMALL,
      'pkg-source': testPkgSource,
      image,
      'cache-key': `headline-${Date.now().toString(36)}`,
    };
    const runnerEnv = async () => ({
      ...service.env,
      RUNNER_TEMP: await mkdtemp(join(await benchScratch(), 'runner-')),
      GITHUB_REPOSITORY: 'org/bench',
    });
    // The first push, and its post step saving the store cache.
    const env = await runnerEnv();
    const first = await runAction(inputs, { env, node: RUNNER_NODE });
    if (first.code !== 0) throw new Error(`first push failed:\n${first.stdout.slice(-2000)}`);
    const saved = await runAction(inputs, {
      env,
      node: RUNNER_NODE,
      entry: 'dist/post.js',
      state: first.state,
    });
    if (!/Saved store cache entry/.test(saved.stdout)) {
      throw new Error(`the post step saved nothing:\n${saved.stdout}${saved.stderr}`);
    }
    const layout = await layoutOf(inputs, 'latest');
    // skopeo's blobs differ from ours (another gzip): it re-pushes to a repository holding
    // its own earlier push of the image, so that only our tag is read by our runs.
    const skopeoDest = `${registry.host}/c/skopeo:latest`;
    await timedSkopeo(layout, 'latest', skopeoDest);
    const ours: OursRun[] = [];
    const skopeo: Measured[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const p of tops) await deleteStorePath(p);
      const run = await timedOurs(inputs, await runnerEnv());
      // Either the store cache restored the closure, or the run found the first tag's image
      // made from the same inputs and stopped after evaluating (steps/unchanged.ts).
      const unchanged = /nothing to restore, build or upload/.test(run.run.stdout);
      if (!unchanged && run.run.outputs['cache-hit'] !== 'true') {
        throw new Error(
          'the re-push neither restored the store cache nor found the image unchanged',
        );
      }
      if (run.run.outputs.digest !== first.outputs.digest) throw new Error('the image changed');
      ours.push(run);
      skopeo.push(await timedSkopeo(layout, 'latest', skopeoDest));
      console.error(
        `  c run ${i + 1}: ours ${run.secs.toFixed(2)} s, skopeo ${skopeo.at(-1)!.secs.toFixed(2)} s`,
      );
    }
    return {
      id: 'c',
      what: '(c) re-push of (a), unchanged, fresh runner, Actions cache',
      ours,
      skopeo,
      oursBytes: 0,
      skopeoBytes: 0,
      target: 0.5,
    };
  } finally {
    await service.stop();
    await azurite.stop();
  }
}

export async function run(): Promise<string> {
  const version = await skopeoVersion();
  const registry = await startRegistry();
  const loadBefore = loadavg()[0]!;
  const floors: number[] = [];
  for (let i = 0; i < 5; i++) floors.push(await nodeFloorMs());
  try {
    const runs: Record<string, () => Promise<Case>> = {
      a: () =>
        freshPushCase(
          registry,
          'a',
          `(a) small many-path image (${SMALL})`,
          SMALL,
          testPkgSource,
          0.8,
        ),
      b: async () =>
        freshPushCase(
          registry,
          'b',
          '(b) /usr/lib/x86_64-linux-gnu in four packages',
          BIG,
          await bigPackageSet(),
          0.8,
        ),
      c: () => repushCase(registry),
    };
    const cases: Case[] = [];
    for (const [id, runCase] of Object.entries(runs))
      if (CASES.has(id)) cases.push(await runCase());
    const verdicts: Verdict[] = cases.map((c) => ({
      what: `${c.what}: ours ÷ skopeo`,
      ratio: med(c.ours.map((r) => r.secs)) / med(c.skopeo.map((r) => r.secs)),
      target: c.target,
    }));
    const big = cases.find((c) => c.id === 'b');
    const rss = big ? med(big.ours.map((r) => r.rssBytes)) : NaN;
    const rssVerdict = big
      ? `**peak RSS of the whole action on (b): ${(rss / 1e6).toFixed(0)} MB (target < ${RSS_TARGET / 1e6} MB) — ${rss < RSS_TARGET ? 'met' : 'MISSED'}.**`
      : '(case (b) not run: no peak RSS verdict)';
    const firstLines = cases.flatMap((c) => c.ours.map((r) => r.firstLineMs));
    const startup = med(firstLines);
    const floor = med(floors);
    const startupLine = `**start-up, spawn to first log line: ${startup.toFixed(0)} ms median over ${firstLines.length} runs (goal ≤ ${STARTUP_GOAL_MS} ms) — ${startup <= STARTUP_GOAL_MS ? 'met' : 'MISSED'}; \`node -e 'console.log(1)'\` takes ${floor.toFixed(0)} ms here now.**`;
    for (const v of verdicts) printVerdict(v);
    console.error(`  ${rssVerdict}\n  ${startupLine}`);
    const phases = [...new Set(cases.flatMap((c) => c.ours.flatMap((r) => Object.keys(r.phases))))];
    return [
      'The bundled action spawned as a runner spawns it (`INPUT_*` variables, `node dist/index.js`',
      `on Node ${RUNNER_NODE_VERSION}, as \`runs.using: node24\` gives; spawn to exit; dist/ built by \`npm run bench\` first) against`,
      `\`skopeo copy --dest-compress --dest-compress-format gzip\` (${version}) of the same image from`,
      'an uncompressed OCI layout written by the action, with a fresh blob-info cache each run.',
      'Store already built; a fresh repository each run for (a) and (b). Ours compresses at its',
      "default gzip level; skopeo at Go's default. Runs alternate between the two sides. CPU is",
      'user + system seconds of the process and its threads, RSS the peak of the process',
      '(`/usr/bin/time`). The machine is shared: absolute times move with its load, the ratios',
      `less so. Load average (1 min) at the start: ${loadBefore.toFixed(1)}, at the end:`,
      `${loadavg()[0]!.toFixed(1)}, on ${cpus().length} cores.`,
      '',
      '| image | ours: median (min – max) | skopeo: median (min – max) | ratio | ours CPU | skopeo CPU | ours peak RSS | skopeo peak RSS | bytes pushed: ours / skopeo |',
      '|---|---|---|---|---|---|---|---|---|',
      ...cases.map(
        (c, i) =>
          `| ${c.what} | ${secsCell(c.ours)} | ${secsCell(c.skopeo)} | ${verdicts[i]!.ratio.toFixed(2)}× | ${cpuCell(c.ours)} | ${cpuCell(c.skopeo)} | ${rssCell(c.ours)} | ${rssCell(c.skopeo)} | ${c.id === 'c' ? 'nothing new' : `${mb(c.oursBytes)} / ${mb(c.skopeoBytes)}`} |`,
      ),
      '',
      ...verdicts.map(verdictLine),
      '',
      rssVerdict,
      '',
      startupLine,
      '',
      '| phase of ours (median ms) | ' + cases.map((c) => c.id).join(' | ') + ' |',
      '|---|' + cases.map(() => '---|').join(''),
      ...phases.map(
        (p) =>
          `| ${p} | ${cases.map((c) => phaseCell(c.ours.map((r) => r.phases[p]))).join(' | ')} |`,
      ),
      '',
      '"Push" includes making every layer the layer cache does not know: each is tarred,',
      'compressed, hashed and uploaded in one pass, several at once.',
    ].join('\n');
  } finally {
    await registry.stop();
  }
}

/** The median of a phase over the runs that had it, or a dash where none did. */
function phaseCell(values: (number | undefined)[]): string {
  const had = values.filter((v): v is number => v !== undefined);
  return had.length === 0 ? '–' : median(had).toFixed(0);
}
