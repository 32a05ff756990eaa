import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  publicPkgSource
} from "./chunk-LTLYRGHH.js";
import {
  summary
} from "./chunk-PFTYSI4V.js";
import {
  changesMarkdown
} from "./chunk-63LJ3RRK.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";

// src/action/summary.ts
var STATUS_OF_BLOB = {
  uploaded: "pushed",
  skipped: "already present",
  mounted: "mounted"
};
function layerRows(result) {
  const byDigest = new Map(result.push?.blobs.map((b) => [b.digest, b.status]) ?? []);
  return result.layers.map((layer, i) => {
    const pushed = byDigest.get(layer.digest);
    const status = pushed ? STATUS_OF_BLOB[pushed] : "not pushed";
    return {
      index: i + 1,
      digest: layer.digest,
      size: layer.size,
      status,
      storePaths: layer.storePaths,
      description: layer.description
    };
  });
}
function storeName(path) {
  return path.replace(/^\/nix\/store\/[0-9a-z]{32}-/, "");
}
function summaryMarkdown(req, result) {
  const rows = layerRows(result);
  const pushedBytes = rows.filter((r) => r.status === "pushed").reduce((n, r) => n + r.size, 0);
  const reusedBytes = rows.filter((r) => r.status === "already present" || r.status === "mounted").reduce((n, r) => n + r.size, 0);
  const name = req.image ? `${req.image.registry}/${req.image.repository}` : void 0;
  const lines = [];
  lines.push(`## nixery-action: ${name ?? "image built (not pushed)"}`, "");
  lines.push(`- **Digest**: \`${result.digest}\``);
  lines.push(`- **Packages**: ${req.packages.map((p) => `\`${p}\``).join(", ")}`);
  lines.push(`- **Package source**: \`${publicPkgSource(req.pkgSource)}\``);
  if (result.image) {
    lines.push(`- **Tags**: ${result.tags.map((t) => `\`${t}\``).join(", ")}`);
    lines.push("", "```sh", `docker pull ${result.image}`, "```");
  }
  lines.push("", "### Layers", "");
  lines.push("| # | size | status | store paths |", "| ---: | ---: | --- | --- |");
  for (const r of rows) {
    const paths = r.storePaths.length ? r.storePaths.slice(0, 5).map(storeName).join(", ") + (r.storePaths.length > 5 ? ` and ${r.storePaths.length - 5} more` : "") : r.description;
    lines.push(`| ${r.index} | ${formatBytes(r.size)} | ${r.status} | ${escapeCell(paths)} |`);
  }
  lines.push("");
  lines.push(
    `**Total**: ${formatBytes(pushedBytes + reusedBytes)} in ${rows.length} layers; ${formatBytes(pushedBytes)} pushed, ${formatBytes(reusedBytes)} already in the registry.`
  );
  if (result.push) {
    lines.push("", "```mermaid", "pie showData title Layer bytes");
    lines.push(`  "pushed" : ${pushedBytes}`, `  "already present" : ${reusedBytes}`, "```");
  }
  if (result.supply?.changes) {
    lines.push("", changesMarkdown(result.supply.changes, result.layers, result.push?.blobs ?? []));
  }
  if (result.supply?.sbomDigest || result.supply?.provenanceDigest) {
    lines.push("### Supply chain", "");
    if (result.supply.sbomDigest)
      lines.push(`- **SBOM** (CycloneDX 1.6): \`${result.supply.sbomDigest}\``);
    if (result.supply.provenanceDigest) {
      lines.push(`- **Provenance** (SLSA v1, signed): \`${result.supply.provenanceDigest}\``);
    }
    lines.push("");
  }
  if (result.timings.length) {
    lines.push("", "### Timings", "", "| phase | seconds |", "| --- | ---: |");
    for (const t of result.timings) lines.push(`| ${t.phase} | ${(t.ms / 1e3).toFixed(1)} |`);
  }
  return `${lines.join("\n")}
`;
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|");
}
async function writeJobSummary(req, result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(summaryMarkdown(req, result)).write();
}

export {
  layerRows,
  summaryMarkdown,
  writeJobSummary
};
