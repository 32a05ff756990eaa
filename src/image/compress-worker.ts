/**
 * The compressing thread. It deflates or zstd-compresses one chunk per message with a
 * pinned WebAssembly build of libdeflate or zstd (libdeflate.ts, zstd.ts; both built from
 * Debian's source by scripts/wasm/build.sh), so the bytes depend only on the chunk, the
 * level and the binary, never on the zlib that ships with Node or on the machine. Each
 * engine is loaded on its first chunk.
 */
import { parentPort } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { Libdeflate } from './libdeflate.ts';
import { Zstd } from './zstd.ts';

export interface ChunkJob {
  id: number;
  codec: 'deflate' | 'zstd';
  level: number;
  /** The last chunk of the stream: deflate closes it with a final block. */
  final: boolean;
  /** Sum the chunk's CRC-32 as well (gzip's trailer holds the CRC of the whole input). */
  crc?: boolean;
  data: Uint8Array;
}

/**
 * `input` is the job's own buffer, handed back so that the sender can fill it again: a
 * fresh megabyte per chunk would pile up as garbage in both threads (V8 frees such
 * buffers late, once tens of megabytes have accumulated), which doubled peak memory.
 */
export type ChunkResult =
  { id: number; data: Uint8Array; input: Uint8Array; crc?: number } | { id: number; error: string };

let deflate: Libdeflate | undefined;
let zstd: Zstd | undefined;

/** zstd frames concatenate into one valid stream, so every chunk is a whole frame. */
async function compressChunk(job: ChunkJob): Promise<Uint8Array> {
  if (job.codec === 'deflate') {
    deflate ??= new Libdeflate();
    return deflate.compressChunk(job.data, job.level, job.final);
  }
  zstd ??= new Zstd();
  return zstd.compressFrame(job.data, job.level);
}

parentPort?.on('message', (job: ChunkJob) => {
  // Summed here rather than where the chunks are cut: that thread also reads, hashes and sends
  // the layer, and on two cores it was the one the compressing threads waited for.
  const crc = job.crc ? crc32(job.data) : undefined;
  compressChunk(job)
    .then((out) => {
      // Own the bytes (not a view into WebAssembly memory) so they can be transferred.
      const data =
        out.byteOffset === 0 && out.byteLength === out.buffer.byteLength
          ? out
          : new Uint8Array(out);
      const result: ChunkResult = { id: job.id, data, input: job.data, crc };
      const transfer = [data.buffer as ArrayBuffer];
      if (job.data.buffer !== data.buffer) transfer.push(job.data.buffer as ArrayBuffer);
      parentPort?.postMessage(result, transfer);
    })
    .catch((err: unknown) => {
      const result: ChunkResult = { id: job.id, error: String(err) };
      parentPort?.postMessage(result);
    });
});
