/**
 * Compressing one chunk with this thread's engines: the code a compressing thread runs on each
 * message, and the pool's compressor on the calling thread (compress-pool.ts). Each engine is
 * instantiated on its first chunk and kept for the thread's life.
 */
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

let deflate: Libdeflate | undefined;
let zstd: Zstd | undefined;

/**
 * The chunk compressed (a copy, owned by the caller) and, when asked, its CRC-32. zstd frames
 * concatenate into one valid stream, so every chunk is a whole frame.
 */
export function compressChunk(job: Omit<ChunkJob, 'id'>): { data: Uint8Array; crc?: number } {
  const crc = job.crc ? crc32(job.data) : undefined;
  if (job.codec === 'deflate') {
    deflate ??= new Libdeflate();
    return { data: deflate.compressChunk(job.data, job.level, job.final), crc };
  }
  zstd ??= new Zstd();
  return { data: zstd.compressFrame(job.data, job.level), crc };
}
