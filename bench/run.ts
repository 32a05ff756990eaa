/**
 * Runs benchmark scenarios and writes BENCHMARKS.md: `npm run bench [-- name…]`.
 * A scenario is a module in bench/scenarios/ exporting `name`, `title` and
 * `run(): Promise<string>` (a markdown section). With names given, only those run, and the
 * other sections of an existing BENCHMARKS.md are kept.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

interface Scenario {
  name: string;
  title: string;
  /** Sections are written by order, then by file name; the headline has order 0. */
  order?: number;
  run(): Promise<string>;
}

const scenarioDir = fileURLToPath(new URL('./scenarios/', import.meta.url));
const output = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

const files = (await readdir(scenarioDir)).filter((f) => f.endsWith('.ts')).sort();
const scenarios: Scenario[] = [];
for (const file of files) {
  scenarios.push((await import(new URL(file, `file://${scenarioDir}`).href)) as Scenario);
}
// A stopped benchmark still removes its scratch folders (they are removed on 'exit').
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => process.exit(code));
}

scenarios.sort((a, b) => (a.order ?? 1) - (b.order ?? 1));
const wanted = process.argv.slice(2);

// The whole-action scenarios run the bundle a runner runs: build it from this checkout first.
console.error('building dist/ (npm run build)');
execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], {
  stdio: 'inherit',
});
const unknown = wanted.filter((w) => !scenarios.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(
    `unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

const previous = await readFile(output, 'utf8').catch(() => '');
const sections = new Map<string, string>();
for (const s of scenarios) {
  const kept = new RegExp(`<!-- scenario:${s.name} -->\\n([\\s\\S]*?)<!-- /scenario -->`).exec(
    previous,
  );
  if (kept?.[1]) sections.set(s.name, kept[1]);
}
for (const s of scenarios.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
  console.error(`running ${s.name}: ${s.title}`);
  const started = performance.now();
  const body = await s.run();
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  sections.set(
    s.name,
    `## ${s.title}\n\n${body.trim()}\n\n_Ran ${new Date().toISOString().slice(0, 10)} in ${secs} s._\n`,
  );
}

const cpu = cpus();
const machine = [
  `| CPU | ${cpu[0]?.model ?? 'unknown'} |`,
  `| cores | ${cpu.length} |`,
  `| memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB |`,
  `| Node | ${process.version} |`,
  `| zlib (Node's, not used for layers) | ${process.versions.zlib} |`,
  `| platform | ${process.platform} ${process.arch} |`,
].join('\n');
const doc = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.ts); each section by one scenario in bench/scenarios/.',
  '',
  '| machine | |',
  '|---|---|',
  machine,
  '',
  ...scenarios
    .filter((s) => sections.has(s.name))
    .map((s) => `<!-- scenario:${s.name} -->\n${sections.get(s.name)}<!-- /scenario -->\n`),
].join('\n');
await writeFile(output, doc);
console.error(`wrote ${output}`);
