/**
 * Loading a pinned compression engine: a WebAssembly file in src/image/wasm/ built from
 * Debian's source by scripts/wasm/build.sh. The engines import nothing (no WASI, no host
 * calls), so they are instantiated synchronously, and only when a layer needs them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of the WebAssembly global used here (the project's TypeScript libs omit it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** What every engine exports besides its own functions. */
export interface EngineExports {
  memory: { buffer: ArrayBuffer };
  malloc(n: number): number;
  free(p: number): void;
}

/**
 * Where an engine's file is: in src/image/wasm/ when run from source; bundled (dist/), beside
 * the code that loads it, an ES module chunk of the action or the CommonJS worker (where the
 * build defines import.meta.url as undefined).
 */
function wasmPath(file: string): string {
  const here = import.meta.url as string | undefined;
  if (here?.endsWith('.ts')) return fileURLToPath(new URL(`./wasm/${file}`, here));
  return join(here ? dirname(fileURLToPath(here)) : __dirname, file);
}

export function instantiateEngine<T extends EngineExports>(file: string, bytes?: Uint8Array): T {
  const module = new wasm.Module(bytes ?? readFileSync(wasmPath(file)));
  return new wasm.Instance(module, {}).exports as T;
}

/** Input and output buffers in an engine's memory, grown when needed, kept between chunks. */
export class EngineBuffers {
  inPtr = 0;
  outPtr = 0;
  private inSize = 0;
  private outSize = 0;

  constructor(private readonly x: EngineExports) {}

  /** Copies `data` into the input buffer, making room for `outSize` bytes of output. */
  load(data: Uint8Array, outSize: number): void {
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
  output(n: number): Uint8Array {
    return new Uint8Array(this.x.memory.buffer, this.outPtr, n).slice();
  }

  private malloc(n: number): number {
    const p = this.x.malloc(n) >>> 0;
    if (p === 0) throw new Error(`out of WebAssembly memory for ${n} bytes`);
    return p;
  }
}
