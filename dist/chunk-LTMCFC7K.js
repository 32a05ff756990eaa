import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  copied
} from "./chunk-3PXJJVNT.js";
import {
  LIBDEFLATE_ENGINE,
  ZSTD_ENGINE,
  sharedCompressionPool
} from "./chunk-6TQS7WJL.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import {
  MEDIA_TYPES
} from "./chunk-L7EKUPKB.js";

// src/image/compress.ts
import { PassThrough } from "node:stream";

// src/image/chunked-compressor.ts
import { Transform } from "node:stream";

// src/image/crc32-combine.ts
var POLY = 3988292384;
function times(matrix, vector) {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}
function square(into, matrix) {
  for (let n = 0; n < 32; n++) into[n] = times(matrix, matrix[n]);
}
var operators = /* @__PURE__ */ new Map();
function zerosOperator(length) {
  let op = operators.get(length);
  if (op) return op;
  let power = new Uint32Array(32);
  power[0] = POLY;
  for (let n = 1; n < 32; n++) power[n] = 1 << n - 1;
  op = new Uint32Array(32);
  for (let n = 0; n < 32; n++) op[n] = 1 << n >>> 0;
  let next = new Uint32Array(32);
  for (let bits = length * 8; bits > 0; bits = Math.floor(bits / 2)) {
    if (bits % 2 === 1) {
      const product = new Uint32Array(32);
      for (let n = 0; n < 32; n++) product[n] = times(power, op[n]);
      op = product;
    }
    square(next, power);
    [power, next] = [next, power];
  }
  if (operators.size > 64) operators.clear();
  operators.set(length, op);
  return op;
}
function crc32Combine(crcA, crcB, lengthB) {
  if (lengthB <= 0) return crcA >>> 0;
  return (times(zerosOperator(lengthB), crcA >>> 0) ^ crcB) >>> 0;
}

// src/image/chunked-compressor.ts
var GZIP_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 255]);
var FIRST_BUFFER = 64 * 1024;
var ChunkedCompressor = class extends Transform {
  constructor(opts) {
    super({ highWaterMark: 1 << 20 });
    this.opts = opts;
    this.pool = opts.pool ?? sharedCompressionPool();
    this.chunk = Buffer.allocUnsafeSlow(Math.min(opts.chunkSize, FIRST_BUFFER));
  }
  opts;
  chunk;
  filled = 0;
  crc = 0;
  length = 0;
  inFlight = [];
  /** Chunk buffers back from the compressing threads, ready to be filled again. */
  spare = [];
  headerWritten = false;
  pool;
  _transform(data, _enc, done) {
    this.accept(data).then(() => done(), done);
  }
  _flush(done) {
    this.finish().then(() => done(), done);
  }
  async accept(data) {
    let offset = 0;
    while (offset < data.length) {
      if (this.filled === this.chunk.length) this.grow();
      const n = Math.min(data.length - offset, this.chunk.length - this.filled);
      data.copy(this.chunk, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled === this.opts.chunkSize) await this.dispatch(false);
    }
    copied(data);
  }
  /** A bigger buffer for the chunk being filled, up to the chunk size. */
  grow() {
    const bigger = Buffer.allocUnsafeSlow(Math.min(this.opts.chunkSize, this.chunk.length * 4));
    this.chunk.copy(bigger, 0, 0, this.filled);
    this.chunk = bigger;
  }
  async dispatch(final) {
    const data = this.chunk.subarray(0, this.filled);
    const length = data.length;
    const deflate = this.opts.codec === "deflate";
    if (deflate) this.length += length;
    const whole = this.filled === this.chunk.length ? this.chunk : new Uint8Array(data);
    const { codec, level } = this.opts;
    const job = { codec, level, final, crc: deflate, data: whole };
    const result = this.pool.compress(job, (input) => {
      if (input.byteLength === this.opts.chunkSize) {
        this.spare.push(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      }
    });
    result.catch(() => {
    });
    this.inFlight.push({ result, length });
    this.filled = 0;
    if (final) return;
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.opts.chunkSize);
    while (this.inFlight.length >= this.pool.chunksInFlight) await this.emitOldest();
  }
  async emitOldest() {
    const next = this.inFlight.shift();
    if (next === void 0) return;
    const { data: out, crc } = await next.result;
    if (crc !== void 0) this.crc = crc32Combine(this.crc, crc, next.length);
    if (this.opts.codec === "deflate" && !this.headerWritten) {
      this.push(GZIP_HEADER);
      this.headerWritten = true;
    }
    this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  }
  async finish() {
    await this.dispatch(true);
    while (this.inFlight.length > 0) await this.emitOldest();
    if (this.opts.codec === "deflate") {
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(this.crc >>> 0, 0);
      trailer.writeUInt32LE(this.length % 2 ** 32, 4);
      this.push(trailer);
    }
  }
  _destroy(err, done) {
    this.inFlight.length = 0;
    this.spare.length = 0;
    done(err);
  }
};

// src/image/compress.ts
var COMPRESSIONS = ["gzip", "zstd", "none"];
var COMPRESSION_FORMAT_VERSION = 2;
var LEVELS = {
  gzip: { min: 1, max: 9, default: 1 },
  zstd: { min: 1, max: 19, default: 3 },
  none: { min: 0, max: 0, default: 0 }
};
var CHUNK_SIZE = { gzip: 1 << 20, zstd: 4 << 20 };
function layerMediaType(c, format) {
  if (format === "docker") {
    if (c === "zstd") {
      throw new NixeryError("zstd layers need the OCI format.", "COMPRESSION_NEEDS_OCI");
    }
    return c === "gzip" ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.dockerLayerTar;
  }
  if (c === "zstd") return MEDIA_TYPES.ociLayerZstd;
  return c === "gzip" ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar;
}
function compressorId(c, level = LEVELS[c].default) {
  if (c === "none") return "none";
  const engine = c === "gzip" ? LIBDEFLATE_ENGINE : ZSTD_ENGINE;
  return `${c}:${engine}:level-${level}:chunk-${CHUNK_SIZE[c]}:v${COMPRESSION_FORMAT_VERSION}`;
}
function compressor(c, level = LEVELS[c].default, pool) {
  if (c === "none") return new PassThrough({ highWaterMark: 1 << 20 });
  const range = LEVELS[c];
  if (!Number.isInteger(level) || level < range.min || level > range.max) {
    throw new RangeError(
      `${c} level must be a whole number from ${range.min} to ${range.max}, got ${level}`
    );
  }
  return new ChunkedCompressor({
    codec: c === "gzip" ? "deflate" : "zstd",
    level,
    chunkSize: CHUNK_SIZE[c],
    pool
  });
}

export {
  COMPRESSIONS,
  LEVELS,
  layerMediaType,
  compressorId,
  compressor
};
