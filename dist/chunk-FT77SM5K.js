import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  MAX_TAR_ID,
  readDirNames
} from "./chunk-BR3VH42X.js";
import {
  ReadBuffers
} from "./chunk-3PXJJVNT.js";
import {
  parseStoredManifest
} from "./chunk-ZUKILMHC.js";
import {
  require_tar_stream
} from "./chunk-MD2AOIRM.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import {
  number,
  object,
  string
} from "./chunk-SCPOQW4J.js";
import {
  MEDIA_TYPES,
  byteOrder,
  canonicalJson
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";
import {
  __toESM
} from "./chunk-BYYIYGSK.js";

// src/image/tar.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { closeSync, lstatSync as lstatSync2, openSync, readSync, readlinkSync as readlinkSync2 } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, isAbsolute, join as join2 } from "node:path";
import { Readable } from "node:stream";

// src/image/forest.ts
import { lstatSync, readlinkSync } from "node:fs";
import { join } from "node:path";
var FOREST_DIR_MODE = 493;
function customisationTree(spec) {
  const root = { kind: "dir", mode: FOREST_DIR_MODE, children: /* @__PURE__ */ new Map() };
  if (spec.extraDir !== void 0) merge(root, spec.extraDir, "extra");
  for (const path of spec.copies) merge(root, storeDir(path), "copy");
  for (const path of spec.links) merge(root, storeDir(path), "link");
  return root;
}
function storeDir(path) {
  const st = lstatSync(path);
  if (!st.isDirectory()) {
    throw new NixeryError(
      `Cannot place ${path} at the image root: it is a ${st.isSymbolicLink() ? "symlink" : "file"}, not a directory`,
      "CONTENTS_NOT_DIRECTORY"
    );
  }
  return path;
}
function merge(into, source, origin) {
  for (const name of readDirNames(source)) {
    const from = join(source, name);
    const st = lstatSync(from);
    const existing = into.children.get(name);
    if (st.isDirectory()) {
      if (existing === void 0) {
        const mode = origin === "extra" ? st.mode & 4095 : FOREST_DIR_MODE;
        const dir = { kind: "dir", mode, children: /* @__PURE__ */ new Map() };
        into.children.set(name, dir);
        merge(dir, from, origin);
      } else if (existing.kind === "dir") {
        merge(existing, from, origin);
      }
      continue;
    }
    if (existing !== void 0) continue;
    into.children.set(name, leaf(from, st, origin));
  }
}
function leaf(from, st, origin) {
  if (origin === "link") return { kind: "symlink", target: from };
  if (st.isSymbolicLink()) return { kind: "symlink", target: readlinkSync(from) };
  if (!st.isFile()) {
    throw new NixeryError(
      `Cannot put ${from} in an image layer: not a file, directory or symlink`,
      "UNSUPPORTED_FILE"
    );
  }
  const size = st.size;
  if (origin === "extra") return { kind: "file", mode: st.mode & 4095, size, source: from };
  const mode = st.mode & 73 ? 493 : 420;
  return { kind: "file", mode, size, source: from };
}

// src/image/tar.ts
var TAR_FORMAT_VERSION = 1;
var PARENT_DIR_MODE = 493;
var SMALL_FILE = 256 * 1024;
var STREAM_READ = 256 * 1024;
var SPARE_READS = 12;
function storePathsTar(paths, opts = {}) {
  const sorted = [...new Set(paths)].sort(byteOrder);
  for (const p of sorted) {
    if (!isAbsolute(p)) throw new Error(`storePathsTar needs absolute store paths, got ${p}`);
  }
  return writeTar(storeEntries(sorted), { uid: 0, gid: 0 }, checkMtime(opts.mtime));
}
function customisationTar(spec, storePaths = []) {
  const owner = { uid: checkId("uid", spec.uid), gid: checkId("gid", spec.gid) };
  const mtime = checkMtime(spec.mtime);
  const root = { uid: 0, gid: 0 };
  const sorted = [...new Set(storePaths)].sort(byteOrder);
  function* entries() {
    const tree = customisationTree(spec);
    if (sorted.length > 0 && tree.children.has("nix")) {
      throw new NixeryError(
        'With the store paths in the customisation layer, the image root cannot hold a "nix" entry besides /nix/store',
        "CONTENTS_CONFLICT"
      );
    }
    yield* treeEntries(tree, "");
    for (const entry of storeEntries(sorted)) yield { ...entry, owner: root };
  }
  return writeTar(entries(), owner, mtime);
}
function* storeEntries(paths) {
  const parents = /* @__PURE__ */ new Set();
  for (const p of paths) {
    for (let d = dirname(p); d !== dirname(d); d = dirname(d)) parents.add(relative(d));
  }
  for (const name of [...parents].sort(byteOrder)) {
    yield { name, type: "directory", mode: PARENT_DIR_MODE };
  }
  for (const p of paths) yield* diskEntries(p, relative(p));
}
function* diskEntries(source, name) {
  const st = lstatSync2(source);
  if (st.isDirectory()) {
    yield { name, type: "directory", mode: st.mode & 4095 };
    for (const child of readDirNames(source)) {
      yield* diskEntries(join2(source, child), `${name}/${child}`);
    }
  } else {
    yield leafEntry(source, name, st);
  }
}
function leafEntry(source, name, st) {
  if (st.isSymbolicLink()) return { name, type: "symlink", target: readlinkSync2(source) };
  if (st.isFile()) return { name, type: "file", mode: st.mode & 4095, size: st.size, source };
  throw new NixeryError(
    `Cannot put ${source} in an image layer: not a file, directory or symlink`,
    "UNSUPPORTED_FILE"
  );
}
function* treeEntries(dir, prefix) {
  for (const name of [...dir.children.keys()].sort(byteOrder)) {
    const node = dir.children.get(name);
    const path = prefix + name;
    if (node.kind === "dir") {
      yield { name: path, type: "directory", mode: node.mode };
      yield* treeEntries(node, `${path}/`);
    } else if (node.kind === "symlink") {
      yield { name: path, type: "symlink", target: node.target };
    } else {
      yield { name: path, type: "file", mode: node.mode, size: node.size, source: node.source };
    }
  }
}
function writeTar(entries, owner, mtime) {
  const pack = (0, import_tar_stream.pack)();
  const buffers = new ReadBuffers(Math.max(SMALL_FILE, STREAM_READ), SPARE_READS);
  (async () => {
    for (const entry of entries) await addEntry(pack, entry, owner, mtime, buffers);
    pack.finalize();
  })().catch((err) => pack.destroy(err));
  return Readable.from(pack, { objectMode: false });
}
async function addEntry(pack, entry, owner, mtime, buffers) {
  const header = {
    name: entry.name,
    type: entry.type,
    mode: entry.type === "symlink" ? 511 : entry.mode,
    uid: (entry.owner ?? owner).uid,
    gid: (entry.owner ?? owner).gid,
    uname: "",
    gname: "",
    mtime: new Date(mtime * 1e3),
    size: entry.type === "file" ? entry.size : 0
  };
  if (entry.type === "symlink") {
    header.linkname = entry.target;
    if (!isAscii(entry.target)) header.pax = {};
  }
  if (entry.type === "file" && entry.size <= SMALL_FILE) {
    const bytes = readSmallFile(entry.source, entry.size, buffers);
    return new Promise((resolve, reject) => {
      pack.entry(header, bytes, (err) => err ? reject(err) : resolve());
    });
  }
  return new Promise((resolve, reject) => {
    const sink = pack.entry(header, (err) => err ? reject(err) : resolve());
    if (entry.type !== "file") return;
    sink.on("error", reject);
    streamFile(entry.source, entry.size, sink, buffers).catch((err) => {
      sink.destroy(err);
      reject(err);
    });
  });
}
function changed(source) {
  return new Error(`${source} changed while being archived`);
}
var PROBE = Buffer.alloc(1);
function readSmallFile(source, size, buffers) {
  if (size === 0) return Buffer.alloc(0);
  const fd = openSync(source, "r");
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
async function streamFile(source, size, sink, buffers) {
  const file = await open(source, "r");
  try {
    let position = 0;
    while (position < size) {
      if (sink.destroyed) return;
      const want = Math.min(STREAM_READ, size - position);
      const at = position;
      const bytes = await buffers.readAsync(
        want,
        async (buffer, offset) => (await file.read(buffer, offset, want, at)).bytesRead
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
function drained(sink) {
  return new Promise((resolve) => {
    const done = () => {
      sink.off("drain", done);
      sink.off("close", done);
      resolve();
    };
    sink.on("drain", done);
    sink.on("close", done);
  });
}
function relative(absolute) {
  return absolute.replace(/^\/+/, "");
}
function isAscii(s) {
  return /^[\x20-\x7e]*$/.test(s);
}
function checkMtime(mtime) {
  if (mtime === void 0) return 1;
  if (!Number.isSafeInteger(mtime) || mtime < 0) {
    throw new Error(`tar mtime must be a whole number of seconds \u2265 0, got ${mtime}`);
  }
  return mtime;
}
function checkId(input, id) {
  if (!Number.isInteger(id) || id < 0 || id > MAX_TAR_ID) {
    throw new NixeryError(
      `tar ${input} must be a whole number from 0 to ${MAX_TAR_ID}, got ${id}`,
      "TAR_ID_INVALID"
    );
  }
  return id;
}

// src/image/layer-cache.ts
var LAYER_KEY_ANNOTATION = "org.nixery-action.layer.key";
var LAYER_DIFF_ID_ANNOTATION = "org.nixery-action.layer.diff-id";
var digestSchema = string().regex(/^sha256:[0-9a-f]{64}$/);
var recordSchema = object({
  key: digestSchema,
  diffId: digestSchema,
  digest: digestSchema,
  size: number().int().nonnegative(),
  mediaType: string().min(1)
});
function layerContentKey(paths, compressorId, mtime = 1) {
  const sorted = [...paths].sort((a, b) => byteOrder(a.path, b.path));
  return sha256Digest(
    canonicalJson({
      paths: sorted.map((p) => [p.path, p.narHash]),
      tar: TAR_FORMAT_VERSION,
      mtime,
      compressor: compressorId
    })
  );
}
function customisationContentKey(parts, compressorId, mtime = 1) {
  const pinned = (paths) => paths.map((p) => [p.path, p.narHash]);
  return sha256Digest(
    canonicalJson({
      layer: "customisation",
      links: pinned(parts.links),
      copies: pinned(parts.copies),
      paths: pinned([...parts.storePaths].sort((a, b) => byteOrder(a.path, b.path))),
      owner: [parts.uid, parts.gid],
      tar: TAR_FORMAT_VERSION,
      mtime,
      compressor: compressorId
    })
  );
}
function layerCacheAnnotations(key, diffId) {
  return { [LAYER_KEY_ANNOTATION]: key, [LAYER_DIFF_ID_ANNOTATION]: diffId };
}
function layerRecord(layer) {
  if (layer.contentKey === void 0) return void 0;
  const { contentKey: key, diffId, digest, size, mediaType } = layer;
  return { key, diffId, digest, size, mediaType };
}
function layerCacheFromManifest(json) {
  const records = /* @__PURE__ */ new Map();
  const parsed = parseStoredManifest(json);
  if (!parsed) return records;
  if (parsed.mediaType !== void 0 && parsed.mediaType !== MEDIA_TYPES.ociManifest) {
    return records;
  }
  for (const layer of parsed.layers) {
    const record = recordSchema.safeParse({
      key: layer.annotations?.[LAYER_KEY_ANNOTATION],
      diffId: layer.annotations?.[LAYER_DIFF_ID_ANNOTATION],
      digest: layer.digest,
      size: layer.size,
      mediaType: layer.mediaType
    });
    if (record.success) records.set(record.data.key, record.data);
  }
  return records;
}

// src/image/inputs-key.ts
var INPUTS_KEY_ANNOTATION = "org.nixery-action.inputs";
var INPUTS_KEY_VERSION = 1;
var codeId;
function codeIdentity() {
  codeId ??= true ? Promise.resolve("sha256:58f9ca323d269065b0d3f97198f5bced198dbb5522f7cd31c6cca2a998090420") : fromSourceTree();
  return codeId;
}
async function imageInputsKey(inputs) {
  return sha256Digest(
    canonicalJson({ v: INPUTS_KEY_VERSION, code: await codeIdentity(), ...inputs })
  );
}

export {
  storePathsTar,
  customisationTar,
  LAYER_DIFF_ID_ANNOTATION,
  layerContentKey,
  customisationContentKey,
  layerCacheAnnotations,
  layerRecord,
  layerCacheFromManifest,
  INPUTS_KEY_ANNOTATION,
  imageInputsKey
};
