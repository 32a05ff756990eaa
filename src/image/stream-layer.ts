/**
 * A layer whose bytes are made while they are sent: the tar is read from the store, hashed
 * (diffId), compressed, hashed again (digest) and counted (size) in one pass, the first time
 * `open()` is read to the end. Nothing is kept: a later `open()` (a retry) makes the bytes
 * again from the store, which gives the same bytes because tar and compression are
 * deterministic, and fails the stream if they differ.
 *
 * Local outputs hang on the first pass as taps: each gets the tar or the compressed bytes as
 * they flow and is committed (its file given its final name) only when the pass completed.
 */
import {
  PassThrough,
  Transform,
  Writable,
  type Readable,
  type TransformCallback,
} from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NixeryError } from '../core/errors.ts';
import type { Layer } from '../oci/blob.ts';
import { compressor, layerMediaType, type Compression } from './compress.ts';
import type { CompressionPool } from './compress-pool.ts';
import { DigestTap } from '../core/digest.ts';
import { layerCacheAnnotations } from './layer-cache.ts';
import { kept } from './read-buffers.ts';
import type { ManifestFormat } from '../oci/manifest.ts';

/** What one full pass learnt. */
export interface LayerSums {
  diffId: string;
  digest: string;
  size: number;
  /** Bytes of the uncompressed tar. */
  tarSize: number;
}

/** A place the bytes of the first pass are copied to (a file of a local output). */
export interface LayerSink {
  stream: Writable;
  /** The pass completed: make the copy visible under its final name. */
  commit(sums: LayerSums): Promise<void>;
  /** The pass failed: remove what was written. */
  abort(): Promise<void>;
}

export interface LayerTap {
  /** Receives the uncompressed tar. */
  tar?: () => LayerSink;
  /** Receives the blob (the compressed bytes). */
  blob?: () => LayerSink;
}

export interface StreamLayerOptions {
  /** Makes the layer's tar from byte 0; called once per pass. */
  tar: () => Readable;
  compression: Compression;
  level: number;
  format: ManifestFormat;
  pool?: CompressionPool;
  storePaths: string[];
  description: string;
  contentKey?: string;
  /** About how many bytes the tar holds (the store paths' NAR sizes), if known. */
  sizeHint?: number;
}

export class StreamLayer implements Layer {
  readonly mediaType: string;
  readonly storePaths: string[];
  readonly description: string;
  readonly contentKey?: string;
  readonly sizeHint?: number;
  private sums?: LayerSums;
  private readonly taps: LayerTap[] = [];

  constructor(private readonly opts: StreamLayerOptions) {
    this.mediaType = layerMediaType(opts.compression, opts.format);
    this.storePaths = [...opts.storePaths];
    this.description = opts.description;
    this.contentKey = opts.contentKey;
    this.sizeHint = opts.sizeHint;
  }

  get computed(): boolean {
    return this.sums !== undefined;
  }

  get digest(): string {
    return this.known('digest').digest;
  }

  get size(): number {
    return this.known('size').size;
  }

  get diffId(): string {
    return this.known('diffId').diffId;
  }

  /** Bytes of the uncompressed tar (spares a local docker archive a second pass). */
  get uncompressedSize(): number {
    return this.known('uncompressedSize').tarSize;
  }

  get annotations(): Record<string, string> | undefined {
    if (this.opts.format !== 'oci' || this.contentKey === undefined) return undefined;
    return layerCacheAnnotations(this.contentKey, this.known('annotations').diffId);
  }

  /** Copies the bytes of the first pass to `tap` as well. Only before that pass. */
  addTap(tap: LayerTap): void {
    if (this.computed) throw new Error(`layer ${this.description} was already produced`);
    this.taps.push(tap);
  }

  open(): Readable {
    return this.sums ? this.again(this.sums) : this.firstPass();
  }

  private known(what: string): LayerSums {
    if (this.sums === undefined) {
      throw new NixeryError(
        `The ${what} of layer ${this.description} is not computed yet: its bytes have not been produced`,
        'LAYER_NOT_COMPUTED',
      );
    }
    return this.sums;
  }

  private firstPass(): Readable {
    const { compression } = this.opts;
    const tarTap = new DigestTap();
    const blobTap = compression === 'none' ? tarTap : new DigestTap();
    const sinks: LayerSink[] = [];
    const tees = (kind: 'tar' | 'blob') =>
      this.taps.flatMap((t) => {
        const make = t[kind];
        if (!make) return [];
        const sink = make();
        sinks.push(sink);
        return [new Tee(sink.stream)];
      });
    const stages: (Readable | Writable | Transform)[] = [this.opts.tar(), tarTap, ...tees('tar')];
    if (compression !== 'none') {
      stages.push(compressor(compression, this.opts.level, this.opts.pool), blobTap);
    }
    stages.push(...tees('blob'));
    // The last stage records the sums and commits the copies before it ends, so that whoever
    // reads this stream to its end finds the layer computed.
    const end = new Transform({
      transform: (chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) =>
        done(null, chunk),
      flush: (done: TransformCallback) => {
        const sums = {
          diffId: tarTap.digest,
          digest: blobTap.digest,
          size: blobTap.size,
          tarSize: tarTap.size,
        };
        Promise.all(sinks.map((s) => s.commit(sums))).then(() => {
          this.sums ??= sums;
          done();
        }, done);
      },
    });
    const run = pipeline as unknown as (...streams: unknown[]) => Promise<void>;
    run(...stages, end).catch((err: unknown) => {
      end.destroy(err as Error);
      for (const s of sinks) void s.abort();
    });
    return end;
  }

  /** A later pass: the same bytes made again, checked against the first pass. */
  private again(sums: LayerSums): Readable {
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    const check = new DigestTap();
    const { compression, level, pool } = this.opts;
    pipeline(this.opts.tar(), compressor(compression, level, pool), check, out)
      .then(() => {
        if (check.digest !== sums.digest || check.size !== sums.size) {
          out.destroy(
            new NixeryError(
              `layer ${this.description} was made again as ${check.digest} (${check.size} bytes), not ${sums.digest}`,
              'LAYER_NOT_REPRODUCIBLE',
            ),
          );
        }
      })
      .catch((err: Error) => out.destroy(err));
    return out;
  }
}

/** Passes bytes on and writes them to `sink` too, at the pace of the slower of the two. */
class Tee extends Transform {
  constructor(private readonly sink: Writable) {
    super();
    sink.on('error', (err) => this.destroy(err));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    // The sink holds the chunk until it is written: its buffer must not be read into again.
    kept(chunk);
    if (this.sink.write(chunk)) done(null, chunk);
    else this.sink.once('drain', () => done(null, chunk));
  }

  override _flush(done: TransformCallback): void {
    this.sink.end(() => done());
  }
}

/**
 * Makes every layer not made yet by reading it to the end, `concurrency` at once: what the
 * pusher does, for a run that writes only local outputs.
 */
export async function makeLayers(layers: Layer[], concurrency: number): Promise<void> {
  const pending = layers.filter((l) => l.computed === false);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const layer = pending[next++] as Layer;
      await pipeline(layer.open(), new Writable({ write: (_c, _e, done) => done() }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker));
}
