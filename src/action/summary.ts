import * as core from '@actions/core';
import { formatBytes } from '../core/log.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import type { BlobReport } from '../registry/push.ts';
import type { Request } from '../request/request.ts';
import { changesMarkdown } from '../pipeline/steps/changes.ts';
import { publicPkgSource } from '../nix/source.ts';

type LayerStatus = 'pushed' | 'already present' | 'mounted' | 'not pushed';

/** What the registry did with a blob, as the summary and the metadata output say it. */
const STATUS_OF_BLOB: Record<BlobReport['status'], LayerStatus> = {
  uploaded: 'pushed',
  skipped: 'already present',
  mounted: 'mounted',
};

export interface LayerRow {
  index: number;
  digest: string;
  size: number;
  status: LayerStatus;
  storePaths: string[];
  description: string;
}

/** Joins each layer with what the registry did with it. Pure, so the summary and the
 * `metadata` output tell the same story. */
export function layerRows(result: PipelineResult): LayerRow[] {
  const byDigest = new Map(result.push?.blobs.map((b) => [b.digest, b.status]) ?? []);
  return result.layers.map((layer, i) => {
    const pushed = byDigest.get(layer.digest);
    const status: LayerStatus = pushed ? STATUS_OF_BLOB[pushed] : 'not pushed';
    return {
      index: i + 1,
      digest: layer.digest,
      size: layer.size,
      status,
      storePaths: layer.storePaths,
      description: layer.description,
    };
  });
}

function storeName(path: string): string {
  return path.replace(/^\/nix\/store\/[0-9a-z]{32}-/, '');
}

/** Markdown for the job summary. No input value that could be a secret is ever included. */
export function summaryMarkdown(req: Request, result: PipelineResult): string {
  const rows = layerRows(result);
  const pushedBytes = rows.filter((r) => r.status === 'pushed').reduce((n, r) => n + r.size, 0);
  const reusedBytes = rows
    .filter((r) => r.status === 'already present' || r.status === 'mounted')
    .reduce((n, r) => n + r.size, 0);
  const name = req.image ? `${req.image.registry}/${req.image.repository}` : undefined;
  const lines: string[] = [];
  lines.push(`## nixery-action: ${name ?? 'image built (not pushed)'}`, '');
  lines.push(`- **Digest**: \`${result.digest}\``);
  lines.push(`- **Packages**: ${req.packages.map((p) => `\`${p}\``).join(', ')}`);
  lines.push(`- **Package source**: \`${publicPkgSource(req.pkgSource)}\``);
  if (result.image) {
    lines.push(`- **Tags**: ${result.tags.map((t) => `\`${t}\``).join(', ')}`);
    lines.push('', '```sh', `docker pull ${result.image}`, '```');
  }
  lines.push('', '### Layers', '');
  lines.push('| # | size | status | store paths |', '| ---: | ---: | --- | --- |');
  for (const r of rows) {
    const paths = r.storePaths.length
      ? r.storePaths.slice(0, 5).map(storeName).join(', ') +
        (r.storePaths.length > 5 ? ` and ${r.storePaths.length - 5} more` : '')
      : r.description;
    lines.push(`| ${r.index} | ${formatBytes(r.size)} | ${r.status} | ${escapeCell(paths)} |`);
  }
  lines.push('');
  lines.push(
    `**Total**: ${formatBytes(pushedBytes + reusedBytes)} in ${rows.length} layers; ` +
      `${formatBytes(pushedBytes)} pushed, ${formatBytes(reusedBytes)} already in the registry.`,
  );
  if (result.push) {
    lines.push('', '```mermaid', 'pie showData title Layer bytes');
    lines.push(`  "pushed" : ${pushedBytes}`, `  "already present" : ${reusedBytes}`, '```');
  }
  if (result.supply?.changes) {
    lines.push('', changesMarkdown(result.supply.changes, result.layers, result.push?.blobs ?? []));
  }
  if (result.supply?.sbomDigest || result.supply?.provenanceDigest) {
    lines.push('### Supply chain', '');
    if (result.supply.sbomDigest)
      lines.push(`- **SBOM** (CycloneDX 1.6): \`${result.supply.sbomDigest}\``);
    if (result.supply.provenanceDigest) {
      lines.push(`- **Provenance** (SLSA v1, signed): \`${result.supply.provenanceDigest}\``);
    }
    lines.push('');
  }
  if (result.timings.length) {
    lines.push('', '### Timings', '', '| phase | seconds |', '| --- | ---: |');
    for (const t of result.timings) lines.push(`| ${t.phase} | ${(t.ms / 1000).toFixed(1)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export async function writeJobSummary(req: Request, result: PipelineResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(summaryMarkdown(req, result)).write();
}
