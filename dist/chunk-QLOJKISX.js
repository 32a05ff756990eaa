import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  validateTag
} from "./chunk-2C2OKYX7.js";
import {
  verifyPush
} from "./chunk-4BLU4CND.js";
import {
  cancellation,
  unlessOverdue
} from "./chunk-BEZEXUAK.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";

// src/registry/push.ts
var SMALL_LAYER = 8 * 2 ** 20;
async function pushLayers(client, layers, documents, tags, log, opts = {}) {
  for (const tag of tags) validateTag(tag);
  const where = `${client.image.registry}/${client.image.repository}`;
  const reports = /* @__PURE__ */ new Map();
  const report = (blob, status, started) => {
    const ms = Math.round(performance.now() - started);
    reports.set(blob, { digest: blob.digest, size: blob.size, status, ms });
    const rate = status === "uploaded" && ms > 0 ? `, ${(blob.size / ms / 1e3).toFixed(1)} MB/s` : "";
    log?.info(`${status} ${blob.digest} (${formatBytes(blob.size)}) in ${ms} ms${rate}`);
  };
  const arrived = [];
  const known = [];
  const uploads = new Limiter(client.concurrency);
  const making = new Limiter(Math.min(client.concurrency, opts.making ?? client.concurrency));
  let streaming = false;
  const checkKnown = () => known.splice(0).map(async (blob) => {
    const started = performance.now();
    if (await client.blobExists(blob.digest)) report(blob, "skipped", started);
    else
      await uploads.run(async () => report(blob, await client.uploadBlob(blob, true), started));
  });
  const checks = [];
  try {
    for await (const layer of layers) {
      arrived.push(layer);
      if (layer.computed !== false) {
        known.push(layer);
        if (streaming) checks.push(...checkKnown());
        continue;
      }
      if (!streaming) {
        streaming = true;
        checks.push(...checkKnown());
      }
      const started = performance.now();
      const upload = async () => report(layer, await client.uploadStreamed(layer), started);
      if ((layer.sizeHint ?? Infinity) < SMALL_LAYER) await uploads.start(upload);
      else await making.start(() => uploads.run(upload));
      if (uploads.failed || making.failed) break;
    }
  } finally {
    await Promise.allSettled(checks);
    await making.settled();
    await uploads.settled();
  }
  uploads.throwFirst();
  making.throwFirst();
  await Promise.all(checks);
  const docs = documents(arrived);
  let digest = docs.manifest.digest;
  const lookedUp = performance.now();
  if (!streaming && await client.manifestDigest(digest) === digest) {
    const blobs2 = uniqueByDigest([...arrived, docs.config]);
    for (const blob of blobs2) {
      reports.set(blob, { digest: blob.digest, size: blob.size, status: "skipped", ms: 0 });
    }
    const bytes = formatBytes(blobs2.reduce((n, b) => n + b.size, 0));
    log?.info(
      `manifest ${digest} is already in ${where}, and so are its ${blobs2.length} blobs (${bytes}); found in ${Math.round(performance.now() - lookedUp)} ms`
    );
  } else {
    const rest = uniqueByDigest([...streaming ? [] : known.splice(0), docs.config]).filter(
      (b) => !reports.has(b)
    );
    const missing = [];
    await runBounded(rest, rest.length, async (blob) => {
      const started = performance.now();
      if (await client.blobExists(blob.digest)) report(blob, "skipped", started);
      else missing.push(blob);
    });
    missing.sort((a, b) => b.size - a.size);
    await runBounded(missing, client.concurrency, async (blob) => {
      const started = performance.now();
      report(blob, await client.uploadBlob(blob, true), started);
    });
    digest = await client.putManifest(docs.manifest.digest, docs.manifest);
    log?.info(`manifest ${digest} pushed to ${where}`);
  }
  await moveTags(client, tags, docs.manifest, log);
  const blobs = uniqueByDigest([...arrived, docs.config]);
  if (client.options.verify) await verifyPush(client, blobs, tags, digest, log);
  return {
    digest,
    blobs: blobs.map((b) => reports.get(b) ?? reportOfSame(reports, b))
  };
}
function reportOfSame(reports, blob) {
  for (const r of reports.values()) if (r.digest === blob.digest) return r;
  return { digest: blob.digest, size: blob.size, status: "skipped", ms: 0 };
}
async function moveTags(client, tags, manifest, log) {
  const where = `${client.image.registry}/${client.image.repository}`;
  const before = tags.length > 1 ? await Promise.all(tags.map((t) => client.getManifest(t))) : [];
  await cancellation.uninterruptible(async (overdue) => {
    const moved = [];
    try {
      for (const [i, tag] of tags.entries()) {
        await unlessOverdue(client.putManifest(tag, manifest), overdue);
        moved.push(i);
        log?.info(`tagged ${where}:${tag}`);
      }
    } catch (err) {
      for (const i of moved) {
        const tag = tags[i];
        const previous = before[i];
        if (!previous) {
          log?.warning(`${where}:${tag} was new and now names ${manifest.digest}; not removed`);
          continue;
        }
        const digest = sha256Digest(previous.body);
        try {
          await client.putManifest(tag, { ...previous, digest });
          log?.info(`put ${where}:${tag} back on ${digest}`);
        } catch (restoreErr) {
          log?.warning(`could not put ${where}:${tag} back on ${digest}: ${String(restoreErr)}`);
        }
      }
      throw err;
    }
  });
}
function uniqueByDigest(blobs) {
  const seen = /* @__PURE__ */ new Set();
  return blobs.filter((b) => !seen.has(b.digest) && seen.add(b.digest));
}
async function runBounded(items, limit, fn) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.err;
}
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  running = [];
  failure;
  get failed() {
    return this.failure !== void 0;
  }
  async start(task) {
    while (this.active >= this.limit) await new Promise((r) => this.waiting.push(r));
    if (this.failure) return;
    this.active++;
    const done = task().catch((err) => {
      this.failure ??= { err };
    }).finally(() => {
      this.active--;
      this.waiting.shift()?.();
    });
    this.running.push(done);
  }
  /** Starts `task` when a slot is free and waits for it to end. */
  async run(task) {
    let finished;
    await this.start(() => finished = task());
    await finished?.catch(() => {
    });
  }
  async settled() {
    await Promise.allSettled(this.running);
  }
  throwFirst() {
    if (this.failure) throw this.failure.err;
  }
};

export {
  pushLayers,
  moveTags
};
