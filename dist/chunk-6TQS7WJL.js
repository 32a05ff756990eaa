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
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";

// src/image/chunk-engines.ts
import { crc32 } from "node:zlib";

// src/image/wasm-engine.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var wasm = globalThis.WebAssembly;
function wasmPath(file) {
  const here = import.meta.url;
  if (here?.endsWith(".ts")) return fileURLToPath(new URL(`./wasm/${file}`, here));
  return join(here ? dirname(fileURLToPath(here)) : __dirname, file);
}
function instantiateEngine(file, bytes) {
  const module = new wasm.Module(bytes ?? readFileSync(wasmPath(file)));
  return new wasm.Instance(module, {}).exports;
}
var EngineBuffers = class {
  constructor(x) {
    this.x = x;
  }
  x;
  inPtr = 0;
  outPtr = 0;
  inSize = 0;
  outSize = 0;
  /** Copies `data` into the input buffer, making room for `outSize` bytes of output. */
  load(data, outSize) {
    if (data.length > this.inSize) {
      if (this.inPtr) this.x.free(this.inPtr);
      this.inPtr = this.malloc(data.length);
      this.inSize = data.length;
    }
    if (outSize > this.outSize) {
      if (this.outPtr) this.x.free(this.outPtr);
      this.outPtr = this.malloc(outSize);
      this.outSize = outSize;
    }
    new Uint8Array(this.x.memory.buffer, this.inPtr, data.length).set(data);
  }
  /** A copy of the first `n` bytes of output, owned by the caller. */
  output(n) {
    return new Uint8Array(this.x.memory.buffer, this.outPtr, n).slice();
  }
  malloc(n) {
    const p = this.x.malloc(n) >>> 0;
    if (p === 0) throw new Error(`out of WebAssembly memory for ${n} bytes`);
    return p;
  }
};

// src/image/libdeflate.ts
var LIBDEFLATE_WASM_SHA256 = "9a51bc24a09e75e285a82dfaf41b54a8e86395da1d17ff3b15e8df138a58be16";
var LIBDEFLATE_ENGINE = `libdeflate-1.14-1-wasm-${LIBDEFLATE_WASM_SHA256.slice(0, 12)}`;
var Libdeflate = class {
  x;
  buffers;
  compressors = /* @__PURE__ */ new Map();
  constructor(bytes) {
    this.x = instantiateEngine("libdeflate.wasm", bytes);
    this.buffers = new EngineBuffers(this.x);
  }
  /**
   * Raw deflate of one chunk at `level` (1–12): ends with a final block when `last`,
   * else on a byte boundary after a sync flush (the chunk must then be over 55 bytes).
   * The result is a copy, owned by the caller.
   */
  compressChunk(data, level, last) {
    const c = this.compressor(level);
    const bound = this.x.libdeflate_deflate_compress_bound(c, data.length) + 8;
    const b = this.buffers;
    b.load(data, bound);
    const n = this.x.libdeflate_deflate_compress_chunk(
      c,
      b.inPtr,
      data.length,
      b.outPtr,
      bound,
      last ? 1 : 0
    );
    if (n === 0) throw new Error(`libdeflate could not compress a chunk of ${data.length} bytes`);
    return b.output(n);
  }
  compressor(level) {
    let c = this.compressors.get(level);
    if (c === void 0) {
      c = this.x.libdeflate_alloc_compressor(level) >>> 0;
      if (c === 0) throw new RangeError(`libdeflate has no level ${level}`);
      this.compressors.set(level, c);
    }
    return c;
  }
};

// src/image/zstd.ts
var ZSTD_WASM_SHA256 = "03c1b80c0f6d5c91dc35ebbfdfb2f0db17686176cf7c71cee4dfeca898ffe385";
var ZSTD_ENGINE = `zstd-1.5.4-dfsg2-5-wasm-${ZSTD_WASM_SHA256.slice(0, 12)}`;
var Zstd = class {
  x;
  buffers;
  cctx;
  constructor(bytes) {
    this.x = instantiateEngine("zstd.wasm", bytes);
    this.buffers = new EngineBuffers(this.x);
    this.cctx = this.x.ZSTD_createCCtx() >>> 0;
    if (this.cctx === 0) throw new Error("zstd: out of WebAssembly memory for a context");
  }
  /** One whole zstd frame of `data` at `level` (1–19); a copy, owned by the caller. */
  compressFrame(data, level) {
    const bound = this.x.ZSTD_compressBound(data.length) >>> 0;
    const b = this.buffers;
    b.load(data, bound);
    const n = this.x.ZSTD_compressCCtx(this.cctx, b.outPtr, bound, b.inPtr, data.length, level);
    if (this.x.ZSTD_isError(n)) throw new Error(`zstd could not compress a chunk (code ${n})`);
    return b.output(n >>> 0);
  }
};

// src/image/chunk-engines.ts
var deflate;
var zstd;
function compressChunk(job) {
  const crc = job.crc ? crc32(job.data) : void 0;
  if (job.codec === "deflate") {
    deflate ??= new Libdeflate();
    return { data: deflate.compressChunk(job.data, job.level, job.final), crc };
  }
  zstd ??= new Zstd();
  return { data: zstd.compressFrame(job.data, job.level), crc };
}

// src/image/compress-pool.ts
var RECEIVED_PER_COLLECTION = 4 * 2 ** 20;
var RECEIVED_PER_FULL_COLLECTION = 8 * 2 ** 20;
var FULL_COLLECTION_SHARE = 0.1;
var WORKER_DEPTH = 2;
var LocalCompressor = class {
  /**
   * `received` paces the pool's collections, as the workers' chunks do: uncounted, these
   * chunks left the peak on the 530 MB image at 139–142 MB against 137–140 MB.
   */
  constructor(received) {
    this.received = received;
  }
  received;
  waiting = [];
  scheduled = false;
  add(chunk) {
    this.waiting.push(chunk);
    this.schedule();
  }
  /** The oldest chunk waiting, for a worker that has room for it. */
  take() {
    return this.waiting.shift();
  }
  failAll(err) {
    for (const c of this.waiting.splice(0)) c.reject(err);
  }
  schedule() {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.waiting.shift();
      if (!next) return;
      try {
        const out = compressChunk(next.job);
        this.received(out.data.byteLength);
        next.returned?.(next.job.data);
        next.resolve(out);
      } catch (err) {
        next.reject(new Error(`compression failed: ${String(err)}`));
      }
      this.schedule();
    });
  }
};
function startWorker() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const source = new URL("./compress-worker.ts", here).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(fileURLToPath2(new URL("./compress-worker.cjs", here)));
}
var CompressionPool = class {
  /** Compressors in all: the workers, and this thread when it is one of them. */
  threads;
  workers;
  local;
  pace;
  slots = [];
  nextId = 0;
  closed = false;
  received = 0;
  receivedSinceFull = 0;
  /** When the next full collection may start, by the time the last one took. */
  nextFullAt = -Infinity;
  constructor({
    threads = availableParallelism(),
    pace = { fullEvery: RECEIVED_PER_FULL_COLLECTION, share: FULL_COLLECTION_SHARE },
    onThisThread = false
  } = {}) {
    this.threads = threads;
    this.pace = pace;
    this.workers = onThisThread ? threads - 1 : threads;
    this.local = onThisThread ? new LocalCompressor((n) => this.collectAfter(n)) : void 0;
  }
  /**
   * Chunks one stream keeps in flight so that it alone keeps every compressor busy: each
   * worker's depth and one for this thread; without this thread, one per worker (two with a
   * single one, so that reading overlaps compressing).
   */
  get chunksInFlight() {
    return this.local ? this.workers * WORKER_DEPTH + 1 : Math.max(2, this.threads);
  }
  /** Worker threads running now. */
  get startedWorkers() {
    return this.slots.length;
  }
  /**
   * Compresses one chunk on the least busy thread. The chunk's buffer is transferred (it is
   * unusable here until it comes back); `returned` receives it again once compressed, to be
   * reused for a later chunk.
   */
  compress(job, returned) {
    if (this.closed) return Promise.reject(new Error("compression pool is closed"));
    while (this.slots.length < this.workers) this.slots.push(this.spawnSlot());
    const slot = this.slots.reduce(
      (a, b) => a === void 0 || b.pending.size < a.pending.size ? b : a,
      void 0
    );
    return new Promise((resolve, reject) => {
      const chunk = { job, resolve, reject, returned };
      if (this.local && (slot === void 0 || slot.pending.size >= WORKER_DEPTH)) {
        this.local.add(chunk);
      } else if (slot === void 0) {
        reject(new Error("compression pool has no thread"));
      } else this.post(slot, chunk);
    });
  }
  post(slot, { job, ...pending }) {
    const id = this.nextId++;
    slot.pending.set(id, pending);
    slot.worker.ref();
    const data = job.data;
    const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    const owned = whole ? data : new Uint8Array(data);
    slot.worker.postMessage({ ...job, id, data: owned }, [
      owned.buffer
    ]);
  }
  /**
   * Starts the workers now, so that their start overlaps other work instead of a layer's. With
   * a compression, each worker also loads that engine (compiles its WebAssembly) on an empty
   * chunk: otherwise the first layer's first chunk waits for that. The calling thread loads its
   * engine on its first chunk (a few milliseconds, with no thread to start).
   */
  warm(compression) {
    if (this.closed || compression === "none") return;
    const codec = compression && (compression === "gzip" ? "deflate" : "zstd");
    const fresh = this.workers - this.slots.length;
    while (this.slots.length < this.workers) this.slots.push(this.spawnSlot());
    if (!codec || fresh <= 0) return;
    for (let i = 0; i < fresh; i++) {
      this.compress({ codec, level: 1, final: true, data: new Uint8Array(0) }).catch(() => {
      });
    }
  }
  /** Ends every thread of this pool (its pending chunks fail); other pools are untouched. */
  async close() {
    this.closed = true;
    this.local?.failAll(new Error("compression pool is closed"));
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
      let next;
      while (slot.pending.size < WORKER_DEPTH && (next = this.local?.take())) this.post(slot, next);
    });
    slot.worker.on("error", (err) => this.failAll(slot, err));
    slot.worker.on(
      "exit",
      (code) => this.failAll(slot, new Error(`compression thread exited (${code})`))
    );
    return slot;
  }
};
function compressesOnThisThread(compression, level) {
  return compression !== "zstd" || level <= 6;
}
var shared;
function sharedCompressionPool() {
  shared ??= new CompressionPool({ onThisThread: true });
  return shared;
}

export {
  LIBDEFLATE_ENGINE,
  ZSTD_ENGINE,
  keepYoungGenerationSmall,
  CompressionPool,
  compressesOnThisThread,
  sharedCompressionPool
};
