/**
 * The compressing thread. It deflates or zstd-compresses one chunk per message with a
 * pinned WebAssembly build of libdeflate or zstd (chunk-engines.ts; both built from Debian's
 * source by scripts/wasm/build.sh), so the bytes depend only on the chunk, the level and the
 * binary, never on the zlib that ships with Node or on the machine.
 */
import { parentPort } from 'node:worker_threads';
import { compressChunk, type ChunkJob } from './chunk-engines.ts';

export type { ChunkJob } from './chunk-engines.ts';

/**
 * `input` is the job's own buffer, handed back so that the sender can fill it again: a
 * fresh megabyte per chunk would pile up as garbage in both threads (V8 frees such
 * buffers late, once tens of megabytes have accumulated), which doubled peak memory.
 */
export type ChunkResult =
  { id: number; data: Uint8Array; input: Uint8Array; crc?: number } | { id: number; error: string };

parentPort?.on('message', (job: ChunkJob) => {
  let result: ChunkResult;
  const transfer: ArrayBuffer[] = [];
  try {
    // The CRC is summed here rather than where the chunks are cut: that thread also reads,
    // hashes and sends the layer, and on two cores it was the one the others waited for.
    const { data, crc } = compressChunk(job);
    result = { id: job.id, data, input: job.data, crc };
    transfer.push(data.buffer as ArrayBuffer);
    if (job.data.buffer !== data.buffer) transfer.push(job.data.buffer as ArrayBuffer);
  } catch (err) {
    result = { id: job.id, error: String(err) };
  }
  parentPort?.postMessage(result, transfer);
});
