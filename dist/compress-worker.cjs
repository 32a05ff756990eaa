"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/image/compress-worker.ts
var compress_worker_exports = {};
module.exports = __toCommonJS(compress_worker_exports);
var import_node_worker_threads = require("node:worker_threads");

// src/image/chunk-engines.ts
var import_node_zlib = require("node:zlib");

// src/image/wasm-engine.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var wasm = globalThis.WebAssembly;
function wasmPath(file) {
  const here = void 0;
  if (here?.endsWith(".ts")) return (0, import_node_url.fileURLToPath)(new URL(`./wasm/${file}`, here));
  return (0, import_node_path.join)(here ? (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(here)) : __dirname, file);
}
function instantiateEngine(file, bytes) {
  const module2 = new wasm.Module(bytes ?? (0, import_node_fs.readFileSync)(wasmPath(file)));
  return new wasm.Instance(module2, {}).exports;
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
  const crc = job.crc ? (0, import_node_zlib.crc32)(job.data) : void 0;
  if (job.codec === "deflate") {
    deflate ??= new Libdeflate();
    return { data: deflate.compressChunk(job.data, job.level, job.final), crc };
  }
  zstd ??= new Zstd();
  return { data: zstd.compressFrame(job.data, job.level), crc };
}

// src/image/compress-worker.ts
import_node_worker_threads.parentPort?.on("message", (job) => {
  let result;
  const transfer = [];
  try {
    const { data, crc } = compressChunk(job);
    result = { id: job.id, data, input: job.data, crc };
    transfer.push(data.buffer);
    if (job.data.buffer !== data.buffer) transfer.push(job.data.buffer);
  } catch (err) {
    result = { id: job.id, error: String(err) };
  }
  import_node_worker_threads.parentPort?.postMessage(result, transfer);
});
