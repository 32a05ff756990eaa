import { Transform, pipeline, type Readable } from 'node:stream';
import { formatBytes, type Logger } from '../core/log.ts';

export interface ProgressOptions {
  digest: string;
  /** Bytes expected; left out for a layer whose size is learnt as it is sent. */
  size?: number;
  log?: Logger;
  /** Log every this many milliseconds while the stream runs; short uploads log nothing. */
  intervalMs: number;
  /** Bytes already sent before this stream (chunked uploads resume counting). */
  offset?: number;
}

/**
 * Counts the bytes of an upload as they pass and reports them periodically, so that a long
 * layer upload in a CI log shows it is moving and how fast.
 */
export class UploadProgress {
  private sent = 0;
  private readonly started = performance.now();
  private timer?: NodeJS.Timeout;

  constructor(private readonly opts: ProgressOptions) {
    this.sent = opts.offset ?? 0;
    if (opts.log && opts.intervalMs > 0) {
      this.timer = setInterval(() => this.report(), opts.intervalMs);
      this.timer.unref();
    }
  }

  /** Passes `source` through, counting its bytes. */
  track(source: Readable): Readable {
    // Counting in transform() keeps backpressure: bytes are counted as the request takes them.
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.sent += chunk.length;
        done(null, chunk);
      },
    });
    // pipeline() destroys the source when the request drops the counter, and vice versa.
    return pipeline(source, counter, () => {});
  }

  /** Counts bytes sent some other way (a buffered chunk). */
  add(bytes: number): void {
    this.sent += bytes;
  }

  /** Starts counting again from zero, when an upload starts over in another mode. */
  reset(): void {
    this.sent = 0;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private report(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.sent / seconds / 1e6 : 0;
    const size = this.opts.size;
    const percent = size === undefined || size === 0 ? 100 : Math.floor((this.sent / size) * 100);
    const of = size === undefined ? '' : ` of ${formatBytes(size)} (${percent}%)`;
    this.opts.log?.info(
      `uploading ${this.opts.digest}: ${formatBytes(this.sent)}${of}, ${rate.toFixed(1)} MB/s`,
    );
  }
}
