import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/core/young-garbage.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var gc;
function loadGc() {
  try {
    setFlagsFromString("--expose-gc");
    const found = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof found === "function" ? found : null;
  } catch {
    return null;
  }
}
function collectYoungGarbage() {
  gc ??= loadGc();
  gc?.({ type: "minor" });
}
function collectAllGarbage() {
  gc ??= loadGc();
  gc?.();
}
function keepYoungGenerationSmall() {
  try {
    setFlagsFromString("--semi-space-growth-factor=1");
  } catch {
  }
}

// src/image/compress-pool.ts
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var RECEIVED_PER_COLLECTION = 4 * 2 ** 20;
var RECEIVED_PER_FULL_COLLECTION = 8 * 2 ** 20;
var FULL_COLLECTION_SHARE = 0.1;
function startWorker() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const source = new URL("./compress-worker.ts", here).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(fileURLToPath(new URL("./compress-worker.cjs", here)));
}
var CompressionPool = class {
  constructor(threads = availableParallelism(), pace = {
    fullEvery: RECEIVED_PER_FULL_COLLECTION,
    share: FULL_COLLECTION_SHARE
  }) {
    this.pace = pace;
    this.threads = threads;
  }
  pace;
  threads;
  slots = [];
  nextId = 0;
  closed = false;
  received = 0;
  receivedSinceFull = 0;
  /** When the next full collection may start, by the time the last one took. */
  nextFullAt = -Infinity;
  /**
   * Compresses one chunk on the least busy thread. The chunk's buffer is transferred (it is
   * unusable here until it comes back); `returned` receives it again once compressed, to be
   * reused for a later chunk.
   */
  compress(job, returned) {
    if (this.closed) return Promise.reject(new Error("compression pool is closed"));
    while (this.slots.length < this.threads) this.slots.push(this.spawnSlot());
    const slot = this.slots.reduce((a, b) => b.pending.size < a.pending.size ? b : a);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, returned });
      slot.worker.ref();
      const data = job.data;
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      const owned = whole ? data : new Uint8Array(data);
      slot.worker.postMessage({ ...job, id, data: owned }, [
        owned.buffer
      ]);
    });
  }
  /**
   * Starts the threads now, so that their start overlaps other work instead of a layer's. With
   * a compression, each thread also loads that engine (compiles its WebAssembly) on an empty chunk:
   * otherwise the first layer's first chunk waits for that.
   */
  warm(compression) {
    if (this.closed || compression === "none") return;
    const codec = compression && (compression === "gzip" ? "deflate" : "zstd");
    const fresh = this.threads - this.slots.length;
    while (this.slots.length < this.threads) this.slots.push(this.spawnSlot());
    if (!codec || fresh <= 0) return;
    for (let i = 0; i < fresh; i++) {
      this.compress({ codec, level: 1, final: true, data: new Uint8Array(0) }).catch(() => {
      });
    }
  }
  /** Ends every thread of this pool (its pending chunks fail); other pools are untouched. */
  async close() {
    this.closed = true;
    const closing = this.slots;
    this.slots = [];
    await Promise.all(closing.map((s) => s.worker.terminate()));
  }
  /** Collects the young generation every few megabytes received, and now and then all of it. */
  collectAfter(bytes) {
    this.received += bytes;
    this.receivedSinceFull += bytes;
    if (this.received < RECEIVED_PER_COLLECTION) return;
    this.received = 0;
    const now = performance.now();
    if (this.receivedSinceFull >= this.pace.fullEvery && now >= this.nextFullAt) {
      this.receivedSinceFull = 0;
      collectAllGarbage();
      const end = performance.now();
      this.nextFullAt = end + (end - now) * (1 / this.pace.share - 1);
    } else collectYoungGarbage();
  }
  failAll(slot, err) {
    for (const job of slot.pending.values()) job.reject(err);
    slot.pending.clear();
    this.slots = this.slots.filter((s) => s !== slot);
  }
  spawnSlot() {
    const slot = { worker: startWorker(), pending: /* @__PURE__ */ new Map() };
    slot.worker.unref();
    slot.worker.on("message", (result) => {
      const job = slot.pending.get(result.id);
      if (!job) return;
      slot.pending.delete(result.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ("error" in result) job.reject(new Error(`compression failed: ${result.error}`));
      else {
        this.collectAfter(result.data.byteLength);
        job.returned?.(result.input);
        job.resolve({ data: result.data, crc: result.crc });
      }
    });
    slot.worker.on("error", (err) => this.failAll(slot, err));
    slot.worker.on(
      "exit",
      (code) => this.failAll(slot, new Error(`compression thread exited (${code})`))
    );
    return slot;
  }
};
var shared;
function sharedCompressionPool() {
  shared ??= new CompressionPool();
  return shared;
}

export {
  keepYoungGenerationSmall,
  CompressionPool,
  sharedCompressionPool
};
