/**
 * The zstd engine: zstd 1.5.4 (Debian's libzstd source package, BSD licence in
 * wasm/zstd.COPYING) compiled to WebAssembly by `scripts/wasm/build.sh zstd`, which rebuilds
 * the committed file byte for byte. Single-threaded compression only: zstd's multi-threaded
 * mode writes other bytes.
 */
import { EngineBuffers, instantiateEngine, type EngineExports } from './wasm-engine.ts';

/** sha256 of wasm/zstd.wasm; a test checks the committed file against it. */
export const ZSTD_WASM_SHA256 = '03c1b80c0f6d5c91dc35ebbfdfb2f0db17686176cf7c71cee4dfeca898ffe385';
/** Names the engine in compressor ids: version of the source package and the binary. */
export const ZSTD_ENGINE = `zstd-1.5.4-dfsg2-5-wasm-${ZSTD_WASM_SHA256.slice(0, 12)}`;

interface Exports extends EngineExports {
  ZSTD_createCCtx(): number;
  ZSTD_compressBound(n: number): number;
  ZSTD_compressCCtx(
    cctx: number,
    outPtr: number,
    cap: number,
    inPtr: number,
    n: number,
    level: number,
  ): number;
  ZSTD_isError(code: number): number;
}

export class Zstd {
  private readonly x: Exports;
  private readonly buffers: EngineBuffers;
  private readonly cctx: number;

  constructor(bytes?: Uint8Array) {
    this.x = instantiateEngine<Exports>('zstd.wasm', bytes);
    this.buffers = new EngineBuffers(this.x);
    this.cctx = this.x.ZSTD_createCCtx() >>> 0;
    if (this.cctx === 0) throw new Error('zstd: out of WebAssembly memory for a context');
  }

  /** One whole zstd frame of `data` at `level` (1–19); a copy, owned by the caller. */
  compressFrame(data: Uint8Array, level: number): Uint8Array {
    const bound = this.x.ZSTD_compressBound(data.length) >>> 0;
    const b = this.buffers;
    b.load(data, bound);
    const n = this.x.ZSTD_compressCCtx(this.cctx, b.outPtr, bound, b.inPtr, data.length, level);
    if (this.x.ZSTD_isError(n)) throw new Error(`zstd could not compress a chunk (code ${n})`);
    return b.output(n >>> 0);
  }
}
