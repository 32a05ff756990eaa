/**
 * The gzip engine: libdeflate 1.14 (Debian's source package, MIT licence in
 * wasm/libdeflate.COPYING) compiled to WebAssembly by scripts/libdeflate/build.sh, which
 * rebuilds the committed file byte for byte. One pinned binary, so a chunk's deflate bytes
 * are the same on every machine and Node version.
 *
 * The build adds one function, libdeflate_deflate_compress_chunk (scripts/libdeflate/
 * chunk.patch): a chunk that a later chunk continues gets no final block and ends with a
 * sync flush, so that the chunks, written in order, are one deflate stream.
 *
 * The module has no imports (no WASI, no host calls): it is instantiated synchronously.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** sha256 of wasm/libdeflate.wasm; a test checks the committed file against it. */
export const LIBDEFLATE_WASM_SHA256 =
  '9a51bc24a09e75e285a82dfaf41b54a8e86395da1d17ff3b15e8df138a58be16';
/** Names the engine in compressor ids: version of the source package and the binary. */
export const LIBDEFLATE_ENGINE = `libdeflate-1.14-1-wasm-${LIBDEFLATE_WASM_SHA256.slice(0, 12)}`;

/** The part of the WebAssembly global used here (the project's TypeScript libs omit it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Exports {
  memory: { buffer: ArrayBuffer };
  libdeflate_alloc_compressor(level: number): number;
  libdeflate_free_compressor(c: number): void;
  libdeflate_deflate_compress_bound(c: number, n: number): number;
  libdeflate_deflate_compress_chunk(
    c: number,
    inPtr: number,
    n: number,
    outPtr: number,
    avail: number,
    last: number,
  ): number;
  malloc(n: number): number;
  free(p: number): void;
}

/**
 * Where the .wasm is: in src/image/wasm/ when run from source, or beside the bundled worker
 * in dist/ (a CommonJS file, where the build defines import.meta.url as undefined).
 */
function wasmPath(): string {
  const here = import.meta.url as string | undefined;
  if (here) return fileURLToPath(new URL('./wasm/libdeflate.wasm', here));
  return join(__dirname, 'libdeflate.wasm');
}

export class Libdeflate {
  private readonly x: Exports;
  private readonly compressors = new Map<number, number>();
  private inPtr = 0;
  private inSize = 0;
  private outPtr = 0;
  private outSize = 0;

  constructor(bytes: Uint8Array = readFileSync(wasmPath())) {
    const instance = new wasm.Instance(new wasm.Module(bytes), {});
    this.x = instance.exports as unknown as Exports;
  }

  /**
   * Raw deflate of one chunk at `level` (1–12): ends with a final block when `last`,
   * else on a byte boundary after a sync flush (the chunk must then be over 55 bytes).
   * The result is a copy, owned by the caller.
   */
  compressChunk(data: Uint8Array, level: number, last: boolean): Uint8Array {
    const c = this.compressor(level);
    const bound = this.x.libdeflate_deflate_compress_bound(c, data.length) + 8;
    this.reserve(data.length, bound);
    new Uint8Array(this.x.memory.buffer, this.inPtr, data.length).set(data);
    const n = this.x.libdeflate_deflate_compress_chunk(
      c,
      this.inPtr,
      data.length,
      this.outPtr,
      bound,
      last ? 1 : 0,
    );
    if (n === 0) throw new Error(`libdeflate could not compress a chunk of ${data.length} bytes`);
    return new Uint8Array(this.x.memory.buffer, this.outPtr, n).slice();
  }

  private compressor(level: number): number {
    let c = this.compressors.get(level);
    if (c === undefined) {
      c = this.x.libdeflate_alloc_compressor(level) >>> 0;
      if (c === 0) throw new RangeError(`libdeflate has no level ${level}`);
      this.compressors.set(level, c);
    }
    return c;
  }

  /** Input and output buffers in WebAssembly memory, kept between chunks. */
  private reserve(inSize: number, outSize: number): void {
    if (inSize > this.inSize) {
      if (this.inPtr) this.x.free(this.inPtr);
      this.inPtr = this.malloc(inSize);
      this.inSize = inSize;
    }
    if (outSize > this.outSize) {
      if (this.outPtr) this.x.free(this.outPtr);
      this.outPtr = this.malloc(outSize);
      this.outSize = outSize;
    }
  }

  private malloc(n: number): number {
    const p = this.x.malloc(n) >>> 0;
    if (p === 0) throw new Error(`libdeflate: out of WebAssembly memory for ${n} bytes`);
    return p;
  }
}
