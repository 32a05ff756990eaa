/**
 * Deterministic tar streams. Every rule that makes two runs give the same bytes lives here:
 *
 * - entries depth-first, each directory's names in byte order; parents before children
 * - one fixed mtime; uid/gid given (0 for store layers), uname/gname empty
 * - modes `mode & 0o7777` as found (the store's are fixed by Nix); no process umask involved
 * - hard links written as regular files (each name gets the bytes), symlinks kept
 * - names relative (`nix/store/…`); PAX headers when ustar can't hold a name or link target
 *   (too long, or not ASCII), with nothing in them but `path`/`linkpath`
 *
 * File contents are streamed from disk, never held whole in memory, into buffers that are
 * read into again once the compressor has copied them (read-buffers.ts). Metadata and small
 * files are read with synchronous calls: through the thread pool, five round trips per file
 * (lstat, open, fstat, read, close) made a store of small files three times slower.
 */
import { closeSync, lstatSync, openSync, readSync, readlinkSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { Readable } from 'node:stream';
import { pack as tarPack, type Header, type Pack } from 'tar-stream';
import { NixeryError } from '../core/errors.ts';
import { MAX_TAR_ID } from '../oci/limits.ts';
import { customisationTree, type CustomisationSpec, type TreeNode } from './forest.ts';
import { ReadBuffers } from './read-buffers.ts';
import { byteOrder, readDirNames } from './names.ts';

export type { CustomisationSpec } from './forest.ts';

/**
 * Bump when anything above changes the bytes of a tar for the same files: cached layer
 * records (layer-cache.ts) carry it in their key.
 */
export const TAR_FORMAT_VERSION = 1;

export interface TarOptions {
  /** Seconds since the epoch written as every entry's mtime; default 1. */
  mtime?: number;
}

type TarEntry = (
  | { name: string; type: 'directory'; mode: number }
  | { name: string; type: 'symlink'; target: string }
  | { name: string; type: 'file'; mode: number; size: number; source: string }
) & { owner?: Owner };

interface Owner {
  uid: number;
  gid: number;
}

/** Directories above the store paths (`nix`, `nix/store`) are made up, so their mode is too. */
const PARENT_DIR_MODE = 0o755;
/** Files up to this size are read in one call; larger ones are streamed. */
const SMALL_FILE = 256 * 1024;
/**
 * Bytes per read of a streamed file. A read that is not recycled is garbage until V8's next
 * collection; 1 MiB reads left about 10 MB more of it at peak than 256 KiB reads, at the same
 * speed.
 */
const STREAM_READ = 256 * 1024;
/**
 * Read buffers kept for reuse per tar: about as many as the stages between the tar and the
 * compressor hold at once (the compressor takes up to a megabyte before it copies).
 */
const SPARE_READS = 12;

/**
 * A tar of the given store paths, each under its own absolute location made relative
 * (`/nix/store/abc-x` → `nix/store/abc-x/…`), preceded by the directories above them.
 */
export function storePathsTar(paths: string[], opts: TarOptions = {}): Readable {
  const sorted = [...new Set(paths)].sort(byteOrder);
  for (const p of sorted) {
    if (!isAbsolute(p)) throw new Error(`storePathsTar needs absolute store paths, got ${p}`);
  }
  return writeTar(storeEntries(sorted), { uid: 0, gid: 0 }, checkMtime(opts.mtime));
}

/**
 * The customisation layer (see forest.ts for what it holds), owned by spec.uid/spec.gid.
 * `storePaths` (owned by root) are written after it into the same tar: an image of a single
 * layer (max-layers 1) holds the closure there.
 */
export function customisationTar(spec: CustomisationSpec, storePaths: string[] = []): Readable {
  const owner = { uid: checkId('uid', spec.uid), gid: checkId('gid', spec.gid) };
  const mtime = checkMtime(spec.mtime);
  const root: Owner = { uid: 0, gid: 0 };
  const sorted = [...new Set(storePaths)].sort(byteOrder);
  function* entries(): Generator<TarEntry> {
    const tree = customisationTree(spec);
    if (sorted.length > 0 && tree.children.has('nix')) {
      throw new NixeryError(
        'With the store paths in the customisation layer, the image root cannot hold a "nix" entry besides /nix/store',
        'CONTENTS_CONFLICT',
      );
    }
    yield* treeEntries(tree, '');
    for (const entry of storeEntries(sorted)) yield { ...entry, owner: root };
  }
  return writeTar(entries(), owner, mtime);
}

function* storeEntries(paths: string[]): Generator<TarEntry> {
  const parents = new Set<string>();
  for (const p of paths) {
    for (let d = dirname(p); d !== dirname(d); d = dirname(d)) parents.add(relative(d));
  }
  for (const name of [...parents].sort(byteOrder)) {
    yield { name, type: 'directory', mode: PARENT_DIR_MODE };
  }
  for (const p of paths) yield* diskEntries(p, relative(p));
}

function* diskEntries(source: string, name: string): Generator<TarEntry> {
  const st = lstatSync(source);
  if (st.isDirectory()) {
    yield { name, type: 'directory', mode: st.mode & 0o7777 };
    for (const child of readDirNames(source)) {
      yield* diskEntries(join(source, child), `${name}/${child}`);
    }
  } else {
    yield leafEntry(source, name, st);
  }
}

function leafEntry(source: string, name: string, st: Stats): TarEntry {
  if (st.isSymbolicLink()) return { name, type: 'symlink', target: readlinkSync(source) };
  if (st.isFile()) return { name, type: 'file', mode: st.mode & 0o7777, size: st.size, source };
  throw new NixeryError(
    `Cannot put ${source} in an image layer: not a file, directory or symlink`,
    'UNSUPPORTED_FILE',
  );
}

function* treeEntries(
  dir: Extract<TreeNode, { kind: 'dir' }>,
  prefix: string,
): Generator<TarEntry> {
  for (const name of [...dir.children.keys()].sort(byteOrder)) {
    const node = dir.children.get(name) as TreeNode;
    const path = prefix + name;
    if (node.kind === 'dir') {
      yield { name: path, type: 'directory', mode: node.mode };
      yield* treeEntries(node, `${path}/`);
    } else if (node.kind === 'symlink') {
      yield { name: path, type: 'symlink', target: node.target };
    } else {
      yield { name: path, type: 'file', mode: node.mode, size: node.size, source: node.source };
    }
  }
}

function writeTar(entries: Iterable<TarEntry>, owner: Owner, mtime: number): Readable {
  const pack = tarPack();
  const buffers = new ReadBuffers(Math.max(SMALL_FILE, STREAM_READ), SPARE_READS);
  (async () => {
    for (const entry of entries) await addEntry(pack, entry, owner, mtime, buffers);
    pack.finalize();
  })().catch((err: Error) => pack.destroy(err));
  // tar-stream's pack is a streamx stream; hand callers a plain Node stream.
  return Readable.from(pack, { objectMode: false });
}

async function addEntry(
  pack: Pack,
  entry: TarEntry,
  owner: Owner,
  mtime: number,
  buffers: ReadBuffers,
): Promise<void> {
  const header: Partial<Header> & Pick<Header, 'name'> = {
    name: entry.name,
    type: entry.type,
    mode: entry.type === 'symlink' ? 0o777 : entry.mode,
    uid: (entry.owner ?? owner).uid,
    gid: (entry.owner ?? owner).gid,
    uname: '',
    gname: '',
    mtime: new Date(mtime * 1000),
    size: entry.type === 'file' ? entry.size : 0,
  };
  if (entry.type === 'symlink') {
    header.linkname = entry.target;
    // tar-stream switches to PAX by itself for long or non-ASCII names and long link
    // targets, but would write a short non-ASCII target raw into the ustar field.
    if (!isAscii(entry.target)) header.pax = {};
  }
  if (entry.type === 'file' && entry.size <= SMALL_FILE) {
    const bytes = readSmallFile(entry.source, entry.size, buffers);
    return new Promise((resolve, reject) => {
      pack.entry(header, bytes, (err) => (err ? reject(err) : resolve()));
    });
  }
  return new Promise((resolve, reject) => {
    const sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    if (entry.type !== 'file') return;
    // A reader that stops early destroys the pack and so this entry; without a listener,
    // that would be an uncaught error.
    sink.on('error', reject);
    streamFile(entry.source, entry.size, sink, buffers).catch((err: Error) => {
      sink.destroy(err);
      reject(err);
    });
  });
}

/** A file that changed since it was listed would corrupt the archive. */
function changed(source: string): Error {
  return new Error(`${source} changed while being archived`);
}

/** One byte read at `size` must find the end of the file. */
const PROBE = Buffer.alloc(1);

function readSmallFile(source: string, size: number, buffers: ReadBuffers): Buffer {
  if (size === 0) return Buffer.alloc(0);
  const fd = openSync(source, 'r');
  try {
    const bytes = buffers.read(size, (buffer, offset) => {
      let filled = 0;
      while (filled < size) {
        const n = readSync(fd, buffer, offset + filled, size - filled, filled);
        if (n === 0) break;
        filled += n;
      }
      return filled;
    });
    if (bytes.length !== size || readSync(fd, PROBE, 0, 1, size) !== 0) throw changed(source);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Writes the file's bytes to the entry, a read at a time, as fast as the entry takes them. */
async function streamFile(
  source: string,
  size: number,
  sink: NodeJS.WritableStream & { destroyed: boolean },
  buffers: ReadBuffers,
): Promise<void> {
  const file = await open(source, 'r');
  try {
    let position = 0;
    while (position < size) {
      if (sink.destroyed) return;
      const want = Math.min(STREAM_READ, size - position);
      const at = position;
      const bytes = await buffers.readAsync(
        want,
        async (buffer, offset) => (await file.read(buffer, offset, want, at)).bytesRead,
      );
      if (bytes.length === 0) throw changed(source);
      position += bytes.length;
      if (!sink.write(bytes)) await drained(sink);
    }
    if ((await file.read(PROBE, 0, 1, size)).bytesRead !== 0) throw changed(source);
    if (!sink.destroyed) sink.end();
  } finally {
    await file.close();
  }
}

/** Resolves when the entry wants more, or is gone. */
function drained(sink: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      sink.off('drain', done);
      sink.off('close', done);
      resolve();
    };
    sink.on('drain', done);
    sink.on('close', done);
  });
}

function relative(absolute: string): string {
  return absolute.replace(/^\/+/, '');
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

function checkMtime(mtime: number | undefined): number {
  if (mtime === undefined) return 1;
  if (!Number.isSafeInteger(mtime) || mtime < 0) {
    throw new Error(`tar mtime must be a whole number of seconds ≥ 0, got ${mtime}`);
  }
  return mtime;
}

function checkId(input: 'uid' | 'gid', id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > MAX_TAR_ID) {
    throw new NixeryError(
      `tar ${input} must be a whole number from 0 to ${MAX_TAR_ID}, got ${id}`,
      'TAR_ID_INVALID',
    );
  }
  return id;
}
