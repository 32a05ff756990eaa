/**
 * Memory that a tar's file contents are read into, read into again once the stage that
 * consumes them has copied them out (the chunked compressor). With a fresh buffer per read,
 * the main thread made a megabyte of garbage per megabyte of tar, which V8 frees only at a
 * young-generation collection, forced once about 32 MB of such buffers have piled up: on a
 * large image that garbage was the largest part of the action's peak memory.
 *
 * Reads go into slabs: a small file takes the next free part of the current slab, so that a
 * megabyte of small files in flight holds a few slabs, not one buffer each. A slab is used
 * again once every part lent from it came back through `copied()`, given the very view that
 * was lent: a stage that slices or joins chunks hands on new views, which are not
 * recognised, and a stage that holds a chunk past its own call (a file tap) says so with
 * `kept()`, which keeps its slab from ever being reused. Slabs that do not come back are
 * collected as before.
 */
interface Slab {
  buffer: Buffer;
  /** Bytes of it handed out since it was last empty. */
  used: number;
  /** Parts lent and not yet copied (kept parts never come back). */
  out: number;
}

/** The views lent and not yet copied or kept, by identity. */
const lent = new WeakMap<Uint8Array, { pool: ReadBuffers; slab: Slab }>();

export class ReadBuffers {
  private readonly free: Slab[] = [];
  private current: Slab | undefined;

  /**
   * @param size bytes of each slab, and the most one read may ask for
   * @param spare how many emptied slabs are kept for reuse (more are left to the GC)
   */
  constructor(
    readonly size: number,
    private readonly spare: number,
  ) {}

  /**
   * Reads up to `length` bytes with `read(buffer, offset)` (which returns how many it read)
   * into free memory, and lends them: the result is a view over them.
   */
  read(length: number, read: (buffer: Buffer, offset: number) => number): Buffer {
    const slab = this.room(length);
    const offset = slab.used;
    slab.used += length;
    const n = read(slab.buffer, offset);
    return this.lend(slab, offset, n);
  }

  /** `read()` for a read that completes later. */
  async readAsync(
    length: number,
    read: (buffer: Buffer, offset: number) => Promise<number>,
  ): Promise<Buffer> {
    const slab = this.room(length);
    const offset = slab.used;
    slab.used += length;
    // Counted out while the read runs, so that nothing resets the slab under it.
    slab.out++;
    try {
      return this.lend(slab, offset, await read(slab.buffer, offset));
    } finally {
      slab.out--;
    }
  }

  /** A part came back; an empty slab is read into again. */
  returned(slab: Slab): void {
    slab.out--;
    if (slab.out > 0) return;
    slab.used = 0;
    if (slab !== this.current && this.free.length < this.spare) this.free.push(slab);
  }

  private lend(slab: Slab, offset: number, length: number): Buffer {
    const view = slab.buffer.subarray(offset, offset + length);
    slab.out++;
    lent.set(view, { pool: this, slab });
    return view;
  }

  private room(length: number): Slab {
    if (length > this.size) throw new RangeError(`a read of ${length} bytes exceeds ${this.size}`);
    const current = this.current;
    if (current && this.size - current.used >= length) return current;
    // A full slab with nothing out is empty again; one with parts out comes back through
    // returned().
    if (current && current.out === 0 && this.free.length < this.spare) {
      current.used = 0;
      this.free.push(current);
    }
    const slab = this.free.pop() ?? { buffer: Buffer.allocUnsafeSlow(this.size), used: 0, out: 0 };
    this.current = slab;
    return slab;
  }
}

/** The consumer has copied `chunk` and holds no reference to it: its memory may be reused. */
export function copied(chunk: Uint8Array): void {
  const entry = lent.get(chunk);
  if (entry === undefined) return;
  lent.delete(chunk);
  entry.pool.returned(entry.slab);
}

/** A stage keeps `chunk` beyond its own call (a write queued to a file): never reuse it. */
export function kept(chunk: Uint8Array): void {
  // Its slab is never counted back to empty, so no part of it is read into again.
  lent.delete(chunk);
}
