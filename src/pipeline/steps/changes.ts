/**
 * What changed since the previous image of the first tag: packages (by name, with versions),
 * store paths, layers and bytes. The previous image is read before the push moves the tag:
 * its manifest gives layer digests and sizes, and its SBOM (a referrer, when it has one) gives
 * packages and store paths. Pure functions except `readPreviousImage` and `previousSbom`.
 */
import type { PreviousManifest } from '../previous-manifest.ts';
import { parseStoredManifest } from '../../oci/stored-manifest.ts';
import { formatBytes, type Logger } from '../../core/log.ts';
import type { RegistryClient } from '../../registry/client.ts';
import type { BlobReport } from '../../registry/push.ts';
import { listReferrers, readArtifact } from '../../supply/referrers.ts';
import { readSbom, SBOM_MEDIA_TYPE, type SbomEntry } from '../../supply/sbom-read.ts';
import { sha256Digest } from '../../core/digest.ts';

export interface PreviousImage {
  tag: string;
  digest: string;
  layers: { digest: string; size: number }[];
}

export interface Changes {
  /** The previous image of the first tag, or null on a first push. */
  previous: string | null;
  firstPush: boolean;
  /** False when the previous image had no SBOM to compare packages with. */
  comparedPackages: boolean;
  packages: {
    added: { name: string; version?: string }[];
    removed: { name: string; version?: string }[];
    changed: { name: string; from: string; to: string }[];
  };
  /** Lists cut at MAX_OUTPUT_PATHS (an output is read whole by the runner); counts are exact. */
  storePaths: { added: string[]; removed: string[]; addedCount: number; removedCount: number };
  layers: { total: number; reused: number; uploaded: number; unchanged: number };
  bytes: { uploaded: number; reused: number };
  size: { before: number | null; after: number };
}

/** The image the first tag names now (before the push), when it is an image manifest. */
export async function readPreviousImage(
  previous: PreviousManifest,
  tag: string | undefined,
  log: Logger,
): Promise<PreviousImage | undefined> {
  if (!tag) return undefined;
  try {
    const found = await previous();
    if (!found) return undefined;
    const parsed = parseStoredManifest(found.body);
    if (!parsed) return undefined;
    const digest = sha256Digest(found.body);
    return { tag, digest, layers: parsed.layers };
  } catch (err) {
    log.info(`changes: previous image not read (${err instanceof Error ? err.message : err})`);
    return undefined;
  }
}

/** The previous image's SBOM entries, when it has an SBOM referrer we can read. */
export async function previousSbom(
  client: RegistryClient,
  previous: PreviousImage,
  log: Logger,
): Promise<SbomEntry[] | undefined> {
  try {
    const [found] = await listReferrers(client, previous.digest, SBOM_MEDIA_TYPE);
    if (!found) return undefined;
    return readSbom((await readArtifact(client, found.digest)).toString('utf8'));
  } catch (err) {
    log.info(`changes: previous SBOM not read (${err instanceof Error ? err.message : err})`);
    return undefined;
  }
}

export interface CurrentImage {
  layers: { digest: string; size: number }[];
  entries: SbomEntry[];
  blobs: BlobReport[];
}

export function computeChanges(
  current: CurrentImage,
  previous: PreviousImage | undefined,
  previousEntries: SbomEntry[] | undefined,
): Changes {
  const status = new Map(current.blobs.map((b) => [b.digest, b.status]));
  const layerDigests = new Set(current.layers.map((l) => l.digest));
  let uploaded = 0;
  let reused = 0;
  let uploadedBytes = 0;
  let reusedBytes = 0;
  for (const l of current.layers) {
    if (status.get(l.digest) === 'uploaded') {
      uploaded++;
      uploadedBytes += l.size;
    } else {
      reused++;
      reusedBytes += l.size;
    }
  }
  const before = previous ? new Set(previous.layers.map((l) => l.digest)) : new Set<string>();
  const oldEntries = previousEntries ?? [];
  const newPaths = new Set(current.entries.map((e) => e.path));
  const oldPaths = new Set(oldEntries.map((e) => e.path));
  const versions = (entries: SbomEntry[]) => {
    const m = new Map<string, Set<string>>();
    for (const e of entries) {
      const s = m.get(e.name) ?? new Set<string>();
      s.add(e.version ?? '');
      m.set(e.name, s);
    }
    return m;
  };
  const oldVersions = versions(oldEntries);
  const newVersions = versions(current.entries);
  const shown = (s: Set<string>) => [...s].filter(Boolean).sort().join(', ');
  const added: Changes['packages']['added'] = [];
  const removed: Changes['packages']['removed'] = [];
  const changed: Changes['packages']['changed'] = [];
  if (previousEntries) {
    for (const [name, vs] of [...newVersions].sort(byKey)) {
      const old = oldVersions.get(name);
      if (!old) added.push(withVersion(name, shown(vs)));
      else if (shown(old) !== shown(vs)) changed.push({ name, from: shown(old), to: shown(vs) });
    }
    for (const [name, vs] of [...oldVersions].sort(byKey)) {
      if (!newVersions.has(name)) removed.push(withVersion(name, shown(vs)));
    }
  }
  return {
    previous: previous?.digest ?? null,
    firstPush: previous === undefined,
    comparedPackages: previousEntries !== undefined,
    packages: { added, removed, changed },
    storePaths: pathChanges(
      previousEntries ? newPaths : new Set(),
      previousEntries ? oldPaths : new Set(),
    ),
    layers: {
      total: current.layers.length,
      reused,
      uploaded,
      unchanged: [...layerDigests].filter((d) => before.has(d)).length,
    },
    bytes: { uploaded: uploadedBytes, reused: reusedBytes },
    size: {
      before: previous ? previous.layers.reduce((n, l) => n + l.size, 0) : null,
      after: current.layers.reduce((n, l) => n + l.size, 0),
    },
  };
}

// A big update (a new nixpkgs) changes thousands of paths; the output keeps it readable.
const MAX_OUTPUT_PATHS = 500;

function pathChanges(now: Set<string>, before: Set<string>): Changes['storePaths'] {
  const added = [...now].filter((p) => !before.has(p)).sort();
  const removed = [...before].filter((p) => !now.has(p)).sort();
  return {
    added: added.slice(0, MAX_OUTPUT_PATHS),
    removed: removed.slice(0, MAX_OUTPUT_PATHS),
    addedCount: added.length,
    removedCount: removed.length,
  };
}

function byKey<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function withVersion(name: string, version: string): { name: string; version?: string } {
  return version ? { name, version } : { name };
}

// A step summary is capped at 1 MiB by GitHub: lists are cut, the chart has at most this many bars.
const MAX_LIST = 20;
const MAX_BARS = 60;

/** The "what changed" section of the job summary: a few lines, a capped list, one chart. */
export function changesMarkdown(
  changes: Changes,
  layers: { digest: string; size: number }[],
  blobs: BlobReport[],
): string {
  const lines: string[] = ['### What changed', ''];
  if (changes.firstPush) {
    lines.push('First push: there was no previous image under the first tag.', '');
  } else {
    lines.push(`Compared with \`${changes.previous}\`.`, '');
    const { added, removed, changed } = changes.packages;
    if (!changes.comparedPackages) {
      lines.push('- The previous image has no SBOM: packages are not compared.');
    } else if (!added.length && !removed.length && !changed.length) {
      lines.push('- **Packages**: none changed.');
    } else {
      const fmt = (p: { name: string; version?: string }) =>
        `\`${p.name}\`${p.version ? ` ${p.version}` : ''}`;
      if (changed.length) {
        lines.push(
          `- **Changed**: ${capped(changed.map((c) => `\`${c.name}\` ${c.from} → ${c.to}`))}`,
        );
      }
      if (added.length) lines.push(`- **Added**: ${capped(added.map(fmt))}`);
      if (removed.length) lines.push(`- **Removed**: ${capped(removed.map(fmt))}`);
    }
    if (changes.comparedPackages) {
      lines.push(
        `- **Store paths**: ${changes.storePaths.addedCount} added, ${changes.storePaths.removedCount} removed`,
      );
    }
    lines.push(
      `- **Size**: ${formatBytes(changes.size.before ?? 0)} → ${formatBytes(changes.size.after)}`,
    );
  }
  lines.push(
    `- **Layers**: ${changes.layers.uploaded} uploaded (${formatBytes(changes.bytes.uploaded)}), ` +
      `${changes.layers.reused} reused (${formatBytes(changes.bytes.reused)})`,
  );
  const status = new Map(blobs.map((b) => [b.digest, b.status]));
  const bars = layers.slice(0, MAX_BARS);
  if (bars.length > 1) {
    const kib = (n: number) => Math.max(1, Math.round(n / 1024));
    const reusedBars = bars.map((l) => (status.get(l.digest) === 'uploaded' ? 0 : kib(l.size)));
    const newBars = bars.map((l) => (status.get(l.digest) === 'uploaded' ? kib(l.size) : 0));
    lines.push(
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Layer sizes (KiB): reused, then uploaded"',
      `  x-axis [${bars.map((_, i) => i + 1).join(', ')}]`,
      '  y-axis "KiB"',
      `  bar [${reusedBars.join(', ')}]`,
      `  bar [${newBars.join(', ')}]`,
      '```',
    );
  }
  return `${lines.join('\n')}\n`;
}

function capped(items: string[]): string {
  const shown = items.slice(0, MAX_LIST).join(', ');
  return items.length > MAX_LIST ? `${shown} and ${items.length - MAX_LIST} more` : shown;
}
