/**
 * The compressing thread. It deflates or zstd-compresses one chunk per message with a
 * pinned WebAssembly build (foras: Rust miniz_oxide; @bokuweb/zstd-wasm: zstd's C code),
 * so the bytes depend only on the chunk, the level and the package version, never on the
 * zlib that ships with Node or on the machine.
 */
import { parentPort } from 'node:worker_threads';
import { DeflateEncoder, Memory, initBundledOnce } from '@hazae41/foras';
import { compress as zstdCompress, init as zstdInit } from '@bokuweb/zstd-wasm';

export interface ChunkJob {
  id: number;
  codec: 'deflate' | 'zstd';
  level: number;
  /** The last chunk of the stream: deflate closes it with a final block. */
  final: boolean;
  data: Uint8Array;
}

/**
 * `input` is the job's own buffer, handed back so that the sender can fill it again: a
 * fresh megabyte per chunk would pile up as garbage in both threads (V8 frees such
 * buffers late, once tens of megabytes have accumulated), which doubled peak memory.
 */
export type ChunkResult =
  { id: number; data: Uint8Array; input: Uint8Array } | { id: number; error: string };

/**
 * Every chunk but the last must end on a byte boundary with no final block: a sync flush
 * does that (…00 00 ff ff). miniz_oxide's fastest level sometimes keeps a few bytes back on
 * the first flush, so every chunk is flushed twice (the second adds an empty stored block,
 * 5 bytes); what finish() then adds must be just the empty final block (03 00), which is
 * dropped, or the chunk would end the stream early.
 */
const EMPTY_FINAL_BLOCK = Buffer.from([0x03, 0x00]);

let deflateReady: Promise<unknown> | undefined;
let zstdReady: Promise<unknown> | undefined;

function deflateChunk(data: Uint8Array, level: number, final: boolean): Uint8Array {
  const encoder = new DeflateEncoder(level);
  const input = new Memory(data);
  try {
    encoder.write(input);
  } finally {
    input.free();
  }
  if (final) return encoder.finish().copyAndDispose();
  encoder.flush();
  encoder.flush();
  const out = encoder.read().copyAndDispose();
  const rest = Buffer.from(encoder.finish().copyAndDispose());
  if (!rest.equals(EMPTY_FINAL_BLOCK)) {
    throw new Error(`deflate kept ${rest.length} bytes back after a sync flush`);
  }
  return out;
}

/** zstd frames concatenate into one valid stream, so every chunk is a whole frame. */
async function compressChunk(job: ChunkJob): Promise<Uint8Array> {
  if (job.codec === 'deflate') {
    await (deflateReady ??= initBundledOnce());
    return deflateChunk(job.data, job.level, job.final);
  }
  await (zstdReady ??= zstdInit());
  return zstdCompress(job.data, job.level);
}

parentPort?.on('message', (job: ChunkJob) => {
  compressChunk(job)
    .then((out) => {
      // Own the bytes (not a view into WebAssembly memory) so they can be transferred.
      const data =
        out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : out.slice();
      const result: ChunkResult = { id: job.id, data, input: job.data };
      const transfer = [data.buffer as ArrayBuffer];
      if (job.data.buffer !== data.buffer) transfer.push(job.data.buffer as ArrayBuffer);
      parentPort?.postMessage(result, transfer);
    })
    .catch((err: unknown) => {
      const result: ChunkResult = { id: job.id, error: String(err) };
      parentPort?.postMessage(result);
    });
});
