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
 * At most one chunk per thread (two with a single thread, so that reading overlaps
 * compressing) is in flight, so memory stays flat whatever the layer size; their buffers
 * come back from the threads and are filled again (see ChunkResult). Twice as many cost
 * about 10 MB more peak memory for no measurable gain in speed.
 *
 * CRC-32 stays on this thread: the compressing threads are the bottleneck (this thread idles
 * most of the time while they work), and zlib's crc32 here costs about 0.5 s per GB.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import { sharedCompressionPool, type CompressionPool } from './compress-pool.ts';

export interface ChunkedOptions {
  codec: 'deflate' | 'zstd';
  level: number;
  /** Bytes of input per chunk. Part of the output's identity: changing it changes digests. */
  chunkSize: number;
  /** The threads to compress on; the shared pool when left out. */
  pool?: CompressionPool;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

export class ChunkedCompressor extends Transform {
  private chunk: Buffer;
  private filled = 0;
  private crc = 0;
  private length = 0;
  private readonly inFlight: Promise<Uint8Array>[] = [];
  /** Chunk buffers back from the compressing threads, ready to be filled again. */
  private readonly spare: Buffer[] = [];
  private headerWritten = false;
  private readonly pool: CompressionPool;

  constructor(private readonly opts: ChunkedOptions) {
    super({ highWaterMark: 1 << 20 });
    this.pool = opts.pool ?? sharedCompressionPool();
    this.chunk = Buffer.allocUnsafeSlow(opts.chunkSize);
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
      const n = Math.min(data.length - offset, this.opts.chunkSize - this.filled);
      data.copy(this.chunk, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled === this.opts.chunkSize) await this.dispatch(false);
    }
  }

  private async dispatch(final: boolean): Promise<void> {
    const data = this.chunk.subarray(0, this.filled);
    if (this.opts.codec === 'deflate') {
      this.crc = crc32(data, this.crc);
      this.length += data.length;
    }
    // The buffer is handed to the worker; the next chunk fills one that came back, if any.
    const whole = this.filled === this.chunk.length ? this.chunk : Buffer.from(data);
    const { codec, level } = this.opts;
    const result = this.pool.compress({ codec, level, final, data: whole }, (input) => {
      if (input.byteLength === this.opts.chunkSize) {
        this.spare.push(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      }
    });
    // Awaited in order later; marked handled now so an early failure is not "unhandled".
    result.catch(() => {});
    this.inFlight.push(result);
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.opts.chunkSize);
    this.filled = 0;
    while (this.inFlight.length >= Math.max(2, this.pool.threads)) await this.emitOldest();
  }

  private async emitOldest(): Promise<void> {
    const next = this.inFlight.shift();
    if (next === undefined) return;
    const out = await next;
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
