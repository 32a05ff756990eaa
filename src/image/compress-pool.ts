/**
 * A fixed set of compressing threads shared by every layer of a run. Workers are started
 * on first use and hold the event loop open only while they have work, so a finished run
 * exits without an explicit close (closeCompressionPool() ends them at once).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChunkJob, ChunkResult } from './compress-worker.ts';

interface Slot {
  worker: Worker;
  pending: Map<number, PendingChunk>;
}

interface PendingChunk {
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
  returned?: (input: Uint8Array) => void;
}

let slots: Slot[] = [];
let nextId = 0;
const threads = availableParallelism();

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

function failAll(slot: Slot, err: Error): void {
  for (const job of slot.pending.values()) job.reject(err);
  slot.pending.clear();
  slots = slots.filter((s) => s !== slot);
}

function spawnSlot(): Slot {
  const slot: Slot = { worker: startWorker(), pending: new Map() };
  slot.worker.unref();
  slot.worker.on('message', (result: ChunkResult) => {
    const job = slot.pending.get(result.id);
    if (!job) return;
    slot.pending.delete(result.id);
    if (slot.pending.size === 0) slot.worker.unref();
    if ('error' in result) job.reject(new Error(`compression failed: ${result.error}`));
    else {
      job.returned?.(result.input);
      job.resolve(result.data);
    }
  });
  slot.worker.on('error', (err) => failAll(slot, err));
  slot.worker.on('exit', (code) => failAll(slot, new Error(`compression thread exited (${code})`)));
  return slot;
}

export function compressionThreads(): number {
  return threads;
}

/**
 * Compresses one chunk on the least busy thread. The chunk's buffer is transferred (it is
 * unusable here until it comes back); `returned` receives it again once compressed, to be
 * reused for a later chunk.
 */
export function compressChunk(
  job: Omit<ChunkJob, 'id'>,
  returned?: (input: Uint8Array) => void,
): Promise<Uint8Array> {
  while (slots.length < threads) slots.push(spawnSlot());
  const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    slot.pending.set(id, { resolve, reject, returned });
    slot.worker.ref();
    const data = job.data;
    const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
    const owned = whole ? data : data.slice();
    slot.worker.postMessage({ ...job, id, data: owned } satisfies ChunkJob, [
      owned.buffer as ArrayBuffer,
    ]);
  });
}

/** Ends every compressing thread (pending chunks fail). */
export async function closeCompressionPool(): Promise<void> {
  const closing = slots;
  slots = [];
  await Promise.all(closing.map((s) => s.worker.terminate()));
}
