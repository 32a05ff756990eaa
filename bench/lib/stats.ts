/**
 * Repeated measurements and how they are shown: median with min–max, a ratio against a
 * target said in words (met or missed), and a Mermaid bar chart that GitHub renders.
 */

export interface Samples {
  label: string;
  /** Seconds, one per repetition, in the order measured. */
  secs: number[];
}

export const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function formatSecs(secs: number): string {
  if (secs < 0.1) return `${(secs * 1000).toFixed(1)} ms`;
  return secs < 1 ? `${(secs * 1000).toFixed(0)} ms` : `${secs.toFixed(2)} s`;
}

export function spread(s: Samples): string {
  return `${formatSecs(Math.min(...s.secs))} – ${formatSecs(Math.max(...s.secs))}`;
}

/** A table row per sample set: median, min–max, and the number of runs. */
export function samplesTable(rows: Samples[]): string {
  return [
    '| what | median | min – max | runs |',
    '|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.label} | ${formatSecs(median(r.secs))} | ${spread(r)} | ${r.secs.length} |`,
    ),
  ].join('\n');
}

export interface Verdict {
  /** Short name of the comparison, e.g. "fresh push, ours ÷ skopeo". */
  what: string;
  ratio: number;
  /** The ratio must be at most this; without one the ratio is only reported. */
  target?: number;
}

function judged(v: Verdict): string {
  // Two decimals hide the small ratios (bytes re-pushed) that are the point.
  const ratio = v.ratio < 0.01 ? v.ratio.toPrecision(2) : v.ratio.toFixed(2);
  if (v.target === undefined) return `${ratio}× (no target)`;
  return `${ratio}× (target ≤ ${v.target}×) — ${v.ratio <= v.target ? 'met' : 'MISSED'}`;
}

export function verdictLine(v: Verdict): string {
  return `**${v.what}: ${judged(v)}.**`;
}

export function printVerdict(v: Verdict): void {
  console.error(`  ${v.what}: ${judged(v)}`);
}

/** A Mermaid bar chart of medians in milliseconds. */
export function barChart(title: string, rows: Samples[]): string {
  const ms = rows.map((r) => Math.round(median(r.secs) * 1000));
  const top = Math.max(1, ...ms);
  const labels = rows.map((r) => JSON.stringify(r.label.replace(/"/g, "'")));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${JSON.stringify(title)}`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "median ms" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${ms.join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * Runs each contender `REPEATS` times, interleaved (a, b, a, b …) so that a slow moment of
 * the machine does not fall on one side only. `prepare` runs before each try, untimed.
 */
export async function interleaved(
  contenders: {
    label: string;
    prepare?: (i: number) => Promise<void>;
    run: (i: number) => Promise<void>;
  }[],
  repeats = REPEATS,
): Promise<Samples[]> {
  const out = contenders.map((c) => ({ label: c.label, secs: [] as number[] }));
  for (let i = 0; i < repeats; i++) {
    for (const [k, c] of contenders.entries()) {
      await c.prepare?.(i);
      (out[k] as Samples).secs.push(await timed(() => c.run(i)));
    }
  }
  return out;
}
