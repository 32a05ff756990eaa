/**
 * A fixed set of compressing threads, owned by whoever made it: a run of the pipeline makes
 * its own and closes it at the end, so two runs in one process never end each other's
 * threads. Workers are started on first use and hold the event loop open only while they
 * have work, so a pool that is never closed does not keep a finished process alive.
 *
 * A pool may count the calling thread as one of its compressors (`onThisThread`): then it
 * starts one worker fewer. Each worker is a V8 isolate of its own with a malloc arena: on the
 * headline benchmark's 530 MB image, on two cores, one worker and this thread instead of two
 * workers took the action's peak from 150–154 MB to 138–144 MB (Node 24).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compressChunk, type ChunkJob } from './chunk-engines.ts';
import type { ChunkResult } from './compress-worker.ts';
import type { Compression } from './compress.ts';
import { collectAllGarbage, collectYoungGarbage } from '../core/young-garbage.ts';

/** A compressed chunk, with the CRC-32 of its input when the job asked for it. */
export interface CompressedChunk {
  data: Uint8Array;
  crc?: number;
}

/**
 * Compressed bytes received between two minor collections: the chunks handed over are garbage
 * once sent, and V8 would let about 32 MB of them pile up (core/young-garbage.ts). Every
 * 4 MiB took the peak of the headline benchmark's large image from about 157 MB to 140–144 MB.
 */
const RECEIVED_PER_COLLECTION = 4 * 2 ** 20;

/**
 * Compressed bytes received between two full collections, and the most of this thread's time
 * they may take: after one, the next waits nine times as long as it took (core/young-garbage.ts:
 * chunks that outlived two minor collections wait for a full one). On the headline
 * benchmark's large image, on Node 24, the peak went from 173–178 MB to 151–156 MB, with full
 * collections of about 25 ms on a slow day; one every 8 MiB with no limit: 150–152 MB for
 * 43 of them (1.1 s in a 12 s run); every 32 MiB: 155–160 MB. A layer of under 8 MiB
 * compressed never pays for one.
 */
const RECEIVED_PER_FULL_COLLECTION = 8 * 2 ** 20;
const FULL_COLLECTION_SHARE = 0.1;

/** How often a pool collects garbage the chunks it hands over leave behind (the defaults above). */
export interface CollectionPace {
  /** Compressed bytes received between two full collections; Infinity for none. */
  fullEvery: number;
  /** The most of this thread's time they may take (1: no limit). */
  share: number;
}

export interface PoolOptions {
  /** Compressors in all; one per core by default. */
  threads?: number;
  pace?: CollectionPace;
  /** Count the calling thread as one of them, starting one worker fewer. */
  onThisThread?: boolean;
}

interface Slot {
  worker: Worker;
  pending: Map<number, PendingChunk>;
}

interface PendingChunk {
  resolve: (c: CompressedChunk) => void;
  reject: (e: Error) => void;
  returned?: (input: Uint8Array) => void;
}

interface WaitingChunk extends PendingChunk {
  job: Omit<ChunkJob, 'id'>;
}

/**
 * Chunks a worker gets before it has finished the one it is on: one compressing, one queued in
 * its port, so that it never waits for this thread to send the next.
 */
const WORKER_DEPTH = 2;

/**
 * The compressor on the calling thread. It takes only what no worker has room for, at the
 * moment it starts on it, oldest first, one chunk per turn of the event loop, so that reading,
 * hashing and sending go on between chunks. A chunk assigned to this thread when it was cut
 * waited here while a worker ran dry: on the 530 MB image the worker was idle 45 % of the run.
 */
class LocalCompressor {
  private readonly waiting: WaitingChunk[] = [];
  private scheduled = false;

  /**
   * `received` paces the pool's collections, as the workers' chunks do: uncounted, these
   * chunks left the peak on the 530 MB image at 139–142 MB against 137–140 MB.
   */
  constructor(private readonly received: (bytes: number) => void) {}

  add(chunk: WaitingChunk): void {
    this.waiting.push(chunk);
    this.schedule();
  }

  /** The oldest chunk waiting, for a worker that has room for it. */
  take(): WaitingChunk | undefined {
    return this.waiting.shift();
  }

  failAll(err: Error): void {
    for (const c of this.waiting.splice(0)) c.reject(err);
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.waiting.shift();
      if (!next) return;
      try {
        const out = compressChunk(next.job);
        this.received(out.data.byteLength);
        next.returned?.(next.job.data);
        next.resolve(out);
      } catch (err) {
        next.reject(new Error(`compression failed: ${String(err)}`));
      }
      this.schedule();
    });
  }
}

/**
 * How the worker is started. Bundled (dist/), it is the sibling file compress-worker.cjs;
 * from source (tests, tsx), a tiny script registers tsx in the new thread first, because a
 * worker does not inherit the parent's loader hooks.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = new URL('./compress-worker.ts', here).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(fileURLToPath(new URL('./compress-worker.cjs', here)));
}

export class CompressionPool {
  /** Compressors in all: the workers, and this thread when it is one of them. */
  readonly threads: number;
  private readonly workers: number;
  private readonly local: LocalCompressor | undefined;
  private readonly pace: CollectionPace;
  private slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private received = 0;
  private receivedSinceFull = 0;
  /** When the next full collection may start, by the time the last one took. */
  private nextFullAt = -Infinity;

  constructor({
    threads = availableParallelism(),
    pace = { fullEvery: RECEIVED_PER_FULL_COLLECTION, share: FULL_COLLECTION_SHARE },
    onThisThread = false,
  }: PoolOptions = {}) {
    this.threads = threads;
    this.pace = pace;
    this.workers = onThisThread ? threads - 1 : threads;
    this.local = onThisThread ? new LocalCompressor((n) => this.collectAfter(n)) : undefined;
  }

  /**
   * Chunks one stream keeps in flight so that it alone keeps every compressor busy: each
   * worker's depth and one for this thread; without this thread, one per worker (two with a
   * single one, so that reading overlaps compressing).
   */
  get chunksInFlight(): number {
    return this.local ? this.workers * WORKER_DEPTH + 1 : Math.max(2, this.threads);
  }

  /** Worker threads running now. */
  get startedWorkers(): number {
    return this.slots.length;
  }

  /**
   * Compresses one chunk on the least busy thread. The chunk's buffer is transferred (it is
   * unusable here until it comes back); `returned` receives it again once compressed, to be
   * reused for a later chunk.
   */
  compress(
    job: Omit<ChunkJob, 'id'>,
    returned?: (input: Uint8Array) => void,
  ): Promise<CompressedChunk> {
    if (this.closed) return Promise.reject(new Error('compression pool is closed'));
    while (this.slots.length < this.workers) this.slots.push(this.spawnSlot());
    const slot = this.slots.reduce<Slot | undefined>(
      (a, b) => (a === undefined || b.pending.size < a.pending.size ? b : a),
      undefined,
    );
    return new Promise((resolve, reject) => {
      const chunk = { job, resolve, reject, returned };
      if (this.local && (slot === undefined || slot.pending.size >= WORKER_DEPTH)) {
        this.local.add(chunk);
      } else if (slot === undefined) {
        reject(new Error('compression pool has no thread'));
      } else this.post(slot, chunk);
    });
  }

  private post(slot: Slot, { job, ...pending }: WaitingChunk): void {
    const id = this.nextId++;
    slot.pending.set(id, pending);
    slot.worker.ref();
    const data = job.data;
    // Only a buffer of its own can be transferred. A Buffer's slice() is a view, not a copy,
    // and a small Buffer is a view into Node's shared pool, which Node 24 refuses to transfer
    // ("Cannot transfer object of unsupported type"; Node 20 copied it): copy those.
    const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    const owned = whole ? data : new Uint8Array(data);
    slot.worker.postMessage({ ...job, id, data: owned } satisfies ChunkJob, [
      owned.buffer as ArrayBuffer,
    ]);
  }

  /**
   * Starts the workers now, so that their start overlaps other work instead of a layer's. With
   * a compression, each worker also loads that engine (compiles its WebAssembly) on an empty
   * chunk: otherwise the first layer's first chunk waits for that. The calling thread loads its
   * engine on its first chunk (a few milliseconds, with no thread to start).
   */
  warm(compression?: 'gzip' | 'zstd' | 'none'): void {
    if (this.closed || compression === 'none') return;
    const codec = compression && (compression === 'gzip' ? 'deflate' : 'zstd');
    const fresh = this.workers - this.slots.length;
    while (this.slots.length < this.workers) this.slots.push(this.spawnSlot());
    if (!codec || fresh <= 0) return;
    // Each goes to the least busy thread, so one empty chunk reaches every new thread.
    for (let i = 0; i < fresh; i++) {
      this.compress({ codec, level: 1, final: true, data: new Uint8Array(0) }).catch(() => {});
    }
  }

  /** Ends every thread of this pool (its pending chunks fail); other pools are untouched. */
  async close(): Promise<void> {
    this.closed = true;
    this.local?.failAll(new Error('compression pool is closed'));
    const closing = this.slots;
    this.slots = [];
    await Promise.all(closing.map((s) => s.worker.terminate()));
  }

  /** Collects the young generation every few megabytes received, and now and then all of it. */
  private collectAfter(bytes: number): void {
    this.received += bytes;
    this.receivedSinceFull += bytes;
    if (this.received < RECEIVED_PER_COLLECTION) return;
    this.received = 0;
    const now = performance.now();
    if (this.receivedSinceFull >= this.pace.fullEvery && now >= this.nextFullAt) {
      this.receivedSinceFull = 0;
      collectAllGarbage();
      const end = performance.now();
      this.nextFullAt = end + (end - now) * (1 / this.pace.share - 1);
    } else collectYoungGarbage();
  }

  private failAll(slot: Slot, err: Error): void {
    for (const job of slot.pending.values()) job.reject(err);
    slot.pending.clear();
    this.slots = this.slots.filter((s) => s !== slot);
  }

  private spawnSlot(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (result: ChunkResult) => {
      const job = slot.pending.get(result.id);
      if (!job) return;
      slot.pending.delete(result.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ('error' in result) job.reject(new Error(`compression failed: ${result.error}`));
      else {
        this.collectAfter(result.data.byteLength);
        job.returned?.(result.input);
        job.resolve({ data: result.data, crc: result.crc });
      }
      let next: WaitingChunk | undefined;
      while (slot.pending.size < WORKER_DEPTH && (next = this.local?.take())) this.post(slot, next);
    });
    slot.worker.on('error', (err) => this.failAll(slot, err));
    slot.worker.on('exit', (code) =>
      this.failAll(slot, new Error(`compression thread exited (${code})`)),
    );
    return slot;
  }
}

/**
 * Whether a pool for this compression may count the calling thread as a compressor: only
 * where a chunk takes about a tenth of a second or less there, since nothing else runs on
 * the thread meanwhile (BENCHMARKS.md, one thread: gzip 9 does 27 MB/s, 39 ms per 1 MiB
 * chunk; zstd 6 60 MB/s, 70 ms per 4 MiB chunk). zstd above 6, unmeasured and far slower
 * at its top levels, gets a worker per core.
 */
export function compressesOnThisThread(compression: Compression, level: number): boolean {
  return compression !== 'zstd' || level <= 6;
}

let shared: CompressionPool | undefined;

/**
 * The pool of callers that bring none (tests, benchmarks, one-off tools), made as a run of the
 * pipeline makes its own. No run of the pipeline uses or closes it.
 */
export function sharedCompressionPool(): CompressionPool {
  shared ??= new CompressionPool({ onThisThread: true });
  return shared;
}

export function compressionThreads(): number {
  return sharedCompressionPool().threads;
}

/** Ends the shared pool's threads; it starts again when next used. */
export async function closeCompressionPool(): Promise<void> {
  const closing = shared;
  shared = undefined;
  await closing?.close();
}
