import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/image/read-buffers.ts
var lent = /* @__PURE__ */ new WeakMap();
var ReadBuffers = class {
  /**
   * @param size bytes of each slab, and the most one read may ask for
   * @param spare how many emptied slabs are kept for reuse (more are left to the GC)
   */
  constructor(size, spare) {
    this.size = size;
    this.spare = spare;
  }
  size;
  spare;
  free = [];
  current;
  /**
   * Reads up to `length` bytes with `read(buffer, offset)` (which returns how many it read)
   * into free memory, and lends them: the result is a view over them.
   */
  read(length, read) {
    const slab = this.room(length);
    const offset = slab.used;
    slab.used += length;
    const n = read(slab.buffer, offset);
    return this.lend(slab, offset, n);
  }
  /** `read()` for a read that completes later. */
  async readAsync(length, read) {
    const slab = this.room(length);
    const offset = slab.used;
    slab.used += length;
    slab.out++;
    try {
      return this.lend(slab, offset, await read(slab.buffer, offset));
    } finally {
      slab.out--;
    }
  }
  /** A part came back; an empty slab is read into again. */
  returned(slab) {
    slab.out--;
    if (slab.out > 0) return;
    slab.used = 0;
    if (slab !== this.current && this.free.length < this.spare) this.free.push(slab);
  }
  lend(slab, offset, length) {
    const view = slab.buffer.subarray(offset, offset + length);
    slab.out++;
    lent.set(view, { pool: this, slab });
    return view;
  }
  room(length) {
    if (length > this.size) throw new RangeError(`a read of ${length} bytes exceeds ${this.size}`);
    const current = this.current;
    if (current && this.size - current.used >= length) return current;
    if (current && current.out === 0 && this.free.length < this.spare) {
      current.used = 0;
      this.free.push(current);
    }
    const slab = this.free.pop() ?? { buffer: Buffer.allocUnsafeSlow(this.size), used: 0, out: 0 };
    this.current = slab;
    return slab;
  }
};
function copied(chunk) {
  const entry = lent.get(chunk);
  if (entry === void 0) return;
  lent.delete(chunk);
  entry.pool.returned(entry.slab);
}
function kept(chunk) {
  lent.delete(chunk);
}

export {
  ReadBuffers,
  copied,
  kept
};
