/**
 * The gzip engine: libdeflate 1.14 (Debian's source package, MIT licence in
 * wasm/libdeflate.COPYING) compiled to WebAssembly by `scripts/wasm/build.sh libdeflate`,
 * which rebuilds the committed file byte for byte. One pinned binary, so a chunk's deflate
 * bytes are the same on every machine and Node version.
 *
 * The build adds one function, libdeflate_deflate_compress_chunk
 * (scripts/wasm/libdeflate-chunk.patch): a chunk that a later chunk continues gets no final
 * block and ends with a sync flush, so that the chunks, written in order, are one deflate
 * stream.
 */
import { EngineBuffers, instantiateEngine, type EngineExports } from './wasm-engine.ts';

/** sha256 of wasm/libdeflate.wasm; a test checks the committed file against it. */
export const LIBDEFLATE_WASM_SHA256 =
  '9a51bc24a09e75e285a82dfaf41b54a8e86395da1d17ff3b15e8df138a58be16';
/** Names the engine in compressor ids: version of the source package and the binary. */
export const LIBDEFLATE_ENGINE = `libdeflate-1.14-1-wasm-${LIBDEFLATE_WASM_SHA256.slice(0, 12)}`;

interface Exports extends EngineExports {
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
}

export class Libdeflate {
  private readonly x: Exports;
  private readonly buffers: EngineBuffers;
  private readonly compressors = new Map<number, number>();

  constructor(bytes?: Uint8Array) {
    this.x = instantiateEngine<Exports>('libdeflate.wasm', bytes);
    this.buffers = new EngineBuffers(this.x);
  }

  /**
   * Raw deflate of one chunk at `level` (1–12): ends with a final block when `last`,
   * else on a byte boundary after a sync flush (the chunk must then be over 55 bytes).
   * The result is a copy, owned by the caller.
   */
  compressChunk(data: Uint8Array, level: number, last: boolean): Uint8Array {
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
      last ? 1 : 0,
    );
    if (n === 0) throw new Error(`libdeflate could not compress a chunk of ${data.length} bytes`);
    return b.output(n);
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
}
