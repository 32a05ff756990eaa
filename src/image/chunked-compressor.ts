/**
 * Parallel compression with output that is a pure function of the input, in the manner of
 * pigz: the stream is cut into fixed-size chunks, each chunk is compressed on its own by a
 * worker thread, and the pieces are written in order.
 *
 * - gzip: one member. Every chunk but the last is raw deflate ending in a sync flush (so it
 *   ends on a byte boundary with no final block); the last chunk carries the final block.
 *   The header is fixed (no mtime, no name, OS 255 "unknown"); CRC-32 and length are
 *   computed here over the input as it passes. One deflate stream rather than one gzip
 *   member per chunk (RFC 1952 allows several): members would need no patch to libdeflate,
 *   but a reader that stops after the first member (Rust's GzDecoder, zlib's inflate with
 *   windowBits 31, Python's zlib.decompressobj) then silently sees the first megabyte of
 *   the tar only, while every gzip reader decodes one stream whole. It is what pigz writes.
 * - zstd: one frame per chunk; a zstd stream may hold any number of frames.
 *
 * A stream keeps as many chunks in flight as keep every compressor of its pool busy
 * (CompressionPool.chunksInFlight: two per worker and one for this thread), no more, so memory
 * stays flat whatever the layer size; their buffers come back from the threads and are filled
 * again (see ChunkResult). A stream's first buffer starts small and grows up to the chunk
 * size, so a small layer does not take a whole chunk of memory.
 *
 * The compressing threads also sum each chunk's CRC-32; this thread joins the sums in order
 * (crc32-combine.ts). Reading, hashing and sending stay here; on a large layer the threads
 * waited for this one at almost every chunk, so work that need not be here moved to them.
 * This thread compresses too, but only the chunks no worker has room for (compress-pool.ts).
 */
import { Transform, type TransformCallback } from 'node:stream';
import {
  sharedCompressionPool,
  type CompressedChunk,
  type CompressionPool,
} from './compress-pool.ts';
import { crc32Combine } from './crc32-combine.ts';
import { copied } from './read-buffers.ts';

export interface ChunkedOptions {
  codec: 'deflate' | 'zstd';
  level: number;
  /** Bytes of input per chunk. Part of the output's identity: changing it changes digests. */
  chunkSize: number;
  /** The threads to compress on; the shared pool when left out. */
  pool?: CompressionPool;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** Size of a stream's first buffer; it grows fourfold up to the chunk size as input comes. */
const FIRST_BUFFER = 64 * 1024;

interface InFlight {
  result: Promise<CompressedChunk>;
  /** Bytes of input, for joining the CRC. */
  length: number;
}

export class ChunkedCompressor extends Transform {
  private chunk: Buffer;
  private filled = 0;
  private crc = 0;
  private length = 0;
  private readonly inFlight: InFlight[] = [];
  /** Chunk buffers back from the compressing threads, ready to be filled again. */
  private readonly spare: Buffer[] = [];
  private headerWritten = false;
  private readonly pool: CompressionPool;

  constructor(private readonly opts: ChunkedOptions) {
    super({ highWaterMark: 1 << 20 });
    this.pool = opts.pool ?? sharedCompressionPool();
    this.chunk = Buffer.allocUnsafeSlow(Math.min(opts.chunkSize, FIRST_BUFFER));
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.accept(data).then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    this.finish().then(() => done(), done);
  }

  private async accept(data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      if (this.filled === this.chunk.length) this.grow();
      const n = Math.min(data.length - offset, this.chunk.length - this.filled);
      data.copy(this.chunk, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled === this.opts.chunkSize) await this.dispatch(false);
    }
    // Every byte is in a chunk now: the tar may read into this buffer again.
    copied(data);
  }

  /** A bigger buffer for the chunk being filled, up to the chunk size. */
  private grow(): void {
    const bigger = Buffer.allocUnsafeSlow(Math.min(this.opts.chunkSize, this.chunk.length * 4));
    this.chunk.copy(bigger, 0, 0, this.filled);
    this.chunk = bigger;
  }

  private async dispatch(final: boolean): Promise<void> {
    const data = this.chunk.subarray(0, this.filled);
    // Read now: handing the buffer to the worker detaches it, and `data` with it.
    const length = data.length;
    const deflate = this.opts.codec === 'deflate';
    if (deflate) this.length += length;
    // The buffer is handed to the worker; the next chunk fills one that came back, if any.
    // A partial chunk (a layer's last) is copied into memory of its own, as a transfer needs:
    // Buffer.from() of a small one would be a view into Node's shared pool.
    const whole = this.filled === this.chunk.length ? this.chunk : new Uint8Array(data);
    const { codec, level } = this.opts;
    const job = { codec, level, final, crc: deflate, data: whole };
    const result = this.pool.compress(job, (input) => {
      if (input.byteLength === this.opts.chunkSize) {
        this.spare.push(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      }
    });
    // Awaited in order later; marked handled now so an early failure is not "unhandled".
    result.catch(() => {});
    this.inFlight.push({ result, length });
    this.filled = 0;
    if (final) return;
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.opts.chunkSize);
    while (this.inFlight.length >= this.pool.chunksInFlight) await this.emitOldest();
  }

  private async emitOldest(): Promise<void> {
    const next = this.inFlight.shift();
    if (next === undefined) return;
    const { data: out, crc } = await next.result;
    if (crc !== undefined) this.crc = crc32Combine(this.crc, crc, next.length);
    if (this.opts.codec === 'deflate' && !this.headerWritten) {
      this.push(GZIP_HEADER);
      this.headerWritten = true;
    }
    this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  }

  private async finish(): Promise<void> {
    await this.dispatch(true);
    while (this.inFlight.length > 0) await this.emitOldest();
    if (this.opts.codec === 'deflate') {
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(this.crc >>> 0, 0);
      // ISIZE is the length modulo 2^32 (RFC 1952).
      trailer.writeUInt32LE(this.length % 2 ** 32, 4);
      this.push(trailer);
    }
  }

  override _destroy(err: Error | null, done: (e: Error | null) => void): void {
    this.inFlight.length = 0;
    this.spare.length = 0;
    done(err);
  }
}
