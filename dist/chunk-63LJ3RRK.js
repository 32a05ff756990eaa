import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  SBOM_MEDIA_TYPE,
  readSbom
} from "./chunk-ERKG4WXN.js";
import {
  parseStoredManifest
} from "./chunk-ZUKILMHC.js";
import {
  bufferBlob
} from "./chunk-HHXI5PYX.js";
import {
  array,
  number,
  object,
  record,
  string
} from "./chunk-SCPOQW4J.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";
import {
  MEDIA_TYPES,
  canonicalJson
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";

// src/supply/referrers.ts
var EMPTY_CONFIG_MEDIA_TYPE = "application/vnd.oci.empty.v1+json";
function referrersTag(digest) {
  return digest.replace(":", "-").slice(0, 128);
}
function artifactManifest(subject, attachment) {
  const config = emptyConfig();
  const layer = bufferBlob(attachment.mediaType, attachment.bytes);
  const annotations = attachment.annotations && Object.keys(attachment.annotations).length > 0 ? attachment.annotations : void 0;
  const body = canonicalJson({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: attachment.artifactType,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.body.length },
    annotations
  });
  return { mediaType: MEDIA_TYPES.ociManifest, body, digest: sha256Digest(body) };
}
function emptyConfig() {
  return bufferBlob(EMPTY_CONFIG_MEDIA_TYPE, Buffer.from("{}"));
}
async function attachReferrer(client, subject, attachment, log) {
  const manifest = artifactManifest(subject, attachment);
  const tag = referrersTag(subject.digest);
  const early = readTagIndex(client, tag).catch(() => void 0);
  const [api] = await Promise.all([
    client.getReferrers(subject.digest),
    client.uploadBlob(emptyConfig()),
    client.uploadBlob(bufferBlob(attachment.mediaType, attachment.bytes))
  ]);
  await client.putManifest(manifest.digest, manifest);
  const descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.body.length,
    artifactType: attachment.artifactType,
    ...attachment.annotations && Object.keys(attachment.annotations).length > 0 ? { annotations: attachment.annotations } : {}
  };
  if (api !== void 0) {
    log?.info(`${attachment.artifactType} ${manifest.digest} attached to ${subject.digest}`);
    return { digest: manifest.digest, via: "referrers-api" };
  }
  const listed = await early ?? await readTagIndex(client, tag);
  const others = listed.filter((d) => d.digest !== descriptor.digest);
  const index = referrersIndex([...others, descriptor]);
  await client.putManifest(tag, index);
  log?.info(
    `${attachment.artifactType} ${manifest.digest} attached to ${subject.digest} (tag ${tag}: the registry has no referrers API)`
  );
  return { digest: manifest.digest, via: "tag-scheme" };
}
async function listReferrers(client, digest, artifactType) {
  const api = await client.getReferrers(digest);
  const all = api ? parseIndex(api) : await readTagIndex(client, referrersTag(digest));
  return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
}
async function readArtifact(client, digest) {
  const found = await client.getManifest(digest);
  if (!found) throw new Error(`artifact ${digest} is not in the registry`);
  const layer = artifactSchema.parse(JSON.parse(found.body.toString("utf8"))).layers[0];
  if (!layer) throw new Error(`artifact ${digest} has no layer`);
  return client.getSmallBlob(layer.digest);
}
var descriptorSchema = object({
  mediaType: string(),
  digest: string(),
  size: number(),
  artifactType: string().optional(),
  annotations: record(string(), string()).optional()
});
var indexSchema = object({ manifests: array(descriptorSchema).default([]) });
var artifactSchema = object({ layers: array(object({ digest: string() })) });
function parseIndex(body) {
  return indexSchema.parse(JSON.parse(body.toString("utf8"))).manifests;
}
async function readTagIndex(client, tag) {
  const found = await client.getManifest(tag);
  if (!found) return [];
  try {
    return parseIndex(found.body);
  } catch {
    return [];
  }
}
function referrersIndex(manifests) {
  const body = canonicalJson({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests });
  return { mediaType: MEDIA_TYPES.ociIndex, body, digest: sha256Digest(body) };
}

// src/pipeline/steps/changes.ts
async function readPreviousImage(previous, tag, log) {
  if (!tag) return void 0;
  try {
    const found = await previous();
    if (!found) return void 0;
    const parsed = parseStoredManifest(found.body);
    if (!parsed) return void 0;
    const digest = sha256Digest(found.body);
    return { tag, digest, layers: parsed.layers };
  } catch (err) {
    log.info(`changes: previous image not read (${err instanceof Error ? err.message : err})`);
    return void 0;
  }
}
async function previousSbom(client, previous, log) {
  try {
    const [found] = await listReferrers(client, previous.digest, SBOM_MEDIA_TYPE);
    if (!found) return void 0;
    return readSbom((await readArtifact(client, found.digest)).toString("utf8"));
  } catch (err) {
    log.info(`changes: previous SBOM not read (${err instanceof Error ? err.message : err})`);
    return void 0;
  }
}
function computeChanges(current, previous, previousEntries) {
  const status = new Map(current.blobs.map((b) => [b.digest, b.status]));
  const layerDigests = new Set(current.layers.map((l) => l.digest));
  let uploaded = 0;
  let reused = 0;
  let uploadedBytes = 0;
  let reusedBytes = 0;
  for (const l of current.layers) {
    if (status.get(l.digest) === "uploaded") {
      uploaded++;
      uploadedBytes += l.size;
    } else {
      reused++;
      reusedBytes += l.size;
    }
  }
  const before = previous ? new Set(previous.layers.map((l) => l.digest)) : /* @__PURE__ */ new Set();
  const oldEntries = previousEntries ?? [];
  const newPaths = new Set(current.entries.map((e) => e.path));
  const oldPaths = new Set(oldEntries.map((e) => e.path));
  const versions = (entries) => {
    const m = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const s = m.get(e.name) ?? /* @__PURE__ */ new Set();
      s.add(e.version ?? "");
      m.set(e.name, s);
    }
    return m;
  };
  const oldVersions = versions(oldEntries);
  const newVersions = versions(current.entries);
  const shown = (s) => [...s].filter(Boolean).sort().join(", ");
  const added = [];
  const removed = [];
  const changed = [];
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
    firstPush: previous === void 0,
    comparedPackages: previousEntries !== void 0,
    packages: { added, removed, changed },
    storePaths: pathChanges(
      previousEntries ? newPaths : /* @__PURE__ */ new Set(),
      previousEntries ? oldPaths : /* @__PURE__ */ new Set()
    ),
    layers: {
      total: current.layers.length,
      reused,
      uploaded,
      unchanged: [...layerDigests].filter((d) => before.has(d)).length
    },
    bytes: { uploaded: uploadedBytes, reused: reusedBytes },
    size: {
      before: previous ? previous.layers.reduce((n, l) => n + l.size, 0) : null,
      after: current.layers.reduce((n, l) => n + l.size, 0)
    }
  };
}
var MAX_OUTPUT_PATHS = 500;
function pathChanges(now, before) {
  const added = [...now].filter((p) => !before.has(p)).sort();
  const removed = [...before].filter((p) => !now.has(p)).sort();
  return {
    added: added.slice(0, MAX_OUTPUT_PATHS),
    removed: removed.slice(0, MAX_OUTPUT_PATHS),
    addedCount: added.length,
    removedCount: removed.length
  };
}
function byKey(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
function withVersion(name, version) {
  return version ? { name, version } : { name };
}
var MAX_LIST = 20;
var MAX_BARS = 60;
function changesMarkdown(changes, layers, blobs) {
  const lines = ["### What changed", ""];
  if (changes.firstPush) {
    lines.push("First push: there was no previous image under the first tag.", "");
  } else {
    lines.push(`Compared with \`${changes.previous}\`.`, "");
    const { added, removed, changed } = changes.packages;
    if (!changes.comparedPackages) {
      lines.push("- The previous image has no SBOM: packages are not compared.");
    } else if (!added.length && !removed.length && !changed.length) {
      lines.push("- **Packages**: none changed.");
    } else {
      const fmt = (p) => `\`${p.name}\`${p.version ? ` ${p.version}` : ""}`;
      if (changed.length) {
        lines.push(
          `- **Changed**: ${capped(changed.map((c) => `\`${c.name}\` ${c.from} \u2192 ${c.to}`))}`
        );
      }
      if (added.length) lines.push(`- **Added**: ${capped(added.map(fmt))}`);
      if (removed.length) lines.push(`- **Removed**: ${capped(removed.map(fmt))}`);
    }
    if (changes.comparedPackages) {
      lines.push(
        `- **Store paths**: ${changes.storePaths.addedCount} added, ${changes.storePaths.removedCount} removed`
      );
    }
    lines.push(
      `- **Size**: ${formatBytes(changes.size.before ?? 0)} \u2192 ${formatBytes(changes.size.after)}`
    );
  }
  lines.push(
    `- **Layers**: ${changes.layers.uploaded} uploaded (${formatBytes(changes.bytes.uploaded)}), ${changes.layers.reused} reused (${formatBytes(changes.bytes.reused)})`
  );
  const status = new Map(blobs.map((b) => [b.digest, b.status]));
  const bars = layers.slice(0, MAX_BARS);
  if (bars.length > 1) {
    const kib = (n) => Math.max(1, Math.round(n / 1024));
    const reusedBars = bars.map((l) => status.get(l.digest) === "uploaded" ? 0 : kib(l.size));
    const newBars = bars.map((l) => status.get(l.digest) === "uploaded" ? kib(l.size) : 0);
    lines.push(
      "",
      "```mermaid",
      "xychart-beta",
      '  title "Layer sizes (KiB): reused, then uploaded"',
      `  x-axis [${bars.map((_, i) => i + 1).join(", ")}]`,
      '  y-axis "KiB"',
      `  bar [${reusedBars.join(", ")}]`,
      `  bar [${newBars.join(", ")}]`,
      "```"
    );
  }
  return `${lines.join("\n")}
`;
}
function capped(items) {
  const shown = items.slice(0, MAX_LIST).join(", ");
  return items.length > MAX_LIST ? `${shown} and ${items.length - MAX_LIST} more` : shown;
}

export {
  attachReferrer,
  listReferrers,
  readArtifact,
  readPreviousImage,
  previousSbom,
  computeChanges,
  changesMarkdown
};
