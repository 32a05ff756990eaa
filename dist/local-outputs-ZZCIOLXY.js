import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  require_tar_stream
} from "./chunk-MD2AOIRM.js";
import {
  openUncompressed,
  uncompressedSize
} from "./chunk-S4YHGSQS.js";
import "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import {
  bufferBlob
} from "./chunk-HHXI5PYX.js";
import {
  array,
  literal,
  looseObject,
  number,
  prettifyError,
  record,
  string
} from "./chunk-SCPOQW4J.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";
import {
  MEDIA_TYPES
} from "./chunk-L7EKUPKB.js";
import {
  DigestTap
} from "./chunk-AO6NH4XT.js";
import {
  __toESM
} from "./chunk-BYYIYGSK.js";

// src/output/write.ts
import { createWriteStream as createWriteStream3 } from "node:fs";
import { mkdir as mkdir3, rename as rename4, rm as rm4 } from "node:fs/promises";
import { join as join3, resolve } from "node:path";

// src/output/blob-file.ts
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
function digestHex(digest) {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) throw new NixeryError(`not a sha256 digest: ${JSON.stringify(digest)}`, "BAD_DIGEST");
  return m[1];
}
function partialName(path) {
  return `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}
async function writeBlobFile(dir, blob) {
  const target = join(dir, digestHex(blob.digest));
  const existing = await stat(target).catch(() => void 0);
  if (existing?.isFile() && existing.size === blob.size) return;
  const partial = partialName(target);
  const tap = new DigestTap();
  try {
    await pipeline(blob.open(), tap, createWriteStream(partial));
    if (tap.digest !== blob.digest || tap.size !== blob.size) {
      throw new NixeryError(
        `blob ${blob.digest} (${blob.size} bytes) read back as ${tap.digest} (${tap.size} bytes)`,
        "BLOB_MISMATCH"
      );
    }
    await rename(partial, target);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

// src/output/docker-archive.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createReadStream, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir, rm as rm2, rename as rename2, stat as stat2 } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var TAGGED = /^[^\s@]+:[\w][\w.-]{0,127}$/;
async function writeDockerArchive(file, image) {
  for (const ref of image.repoTags) {
    const tail = ref.slice(ref.lastIndexOf("/") + 1);
    if (!TAGGED.test(ref) || !tail.includes(":")) {
      throw new NixeryError(
        `docker archive ${file}: ${JSON.stringify(ref)} is not a <name>:<tag> reference`,
        "OUTPUT_BAD_TAG"
      );
    }
  }
  await mkdir(dirname(file), { recursive: true });
  const partial = partialName(file);
  const pack = (0, import_tar_stream.pack)();
  const producing = addEntries(pack, image).then(
    () => pack.finalize(),
    (err) => {
      pack.destroy(err);
      throw err;
    }
  );
  try {
    const writing = pipeline2(
      Readable.from(pack, { objectMode: false }),
      createWriteStream2(partial)
    );
    const failed = (await Promise.allSettled([producing, writing])).find(
      (r) => r.status === "rejected"
    );
    if (failed) throw failed.reason;
    await rename2(partial, file);
  } catch (err) {
    await rm2(partial, { force: true });
    throw err;
  }
}
async function addEntries(pack, image) {
  const configName = `${digestHex(image.config.digest)}.json`;
  await addEntry(pack, configName, image.config.size, image.config.open(), image.config.digest);
  const layerNames = [];
  const written = /* @__PURE__ */ new Set();
  for (const layer of image.layers) {
    const name = `${digestHex(layer.diffId)}.tar`;
    layerNames.push(name);
    if (written.has(name)) continue;
    written.add(name);
    const staged = image.tarFile?.(layer);
    if (staged !== void 0) {
      const { size: size2 } = await stat2(staged);
      await addEntry(
        pack,
        name,
        size2,
        createReadStream(staged, { highWaterMark: 1 << 20 }),
        layer.diffId
      );
      continue;
    }
    const size = await uncompressedSize(layer);
    await addEntry(pack, name, size, openUncompressed(layer), layer.diffId);
  }
  const manifest = [{ Config: configName, RepoTags: image.repoTags, Layers: layerNames }];
  const body = Buffer.from(`${JSON.stringify(manifest)}
`);
  await addEntry(pack, "manifest.json", body.length, Readable.from([body]));
}
function addEntry(pack, name, size, bytes, expected) {
  const header = {
    name,
    size,
    type: "file",
    mode: 420,
    uid: 0,
    gid: 0,
    uname: "",
    gname: "",
    mtime: /* @__PURE__ */ new Date(0)
  };
  const tap = new DigestTap();
  return new Promise((resolve2, reject) => {
    const sink = pack.entry(header, (err) => {
      if (err) return reject(err);
      if (expected !== void 0 && tap.digest !== expected) {
        return reject(
          new NixeryError(
            `${name}: bytes read as ${tap.digest}, expected ${expected}`,
            "BLOB_MISMATCH"
          )
        );
      }
      resolve2();
    });
    sink.on("error", reject);
    bytes.on("error", (err) => {
      sink.destroy(err);
      reject(err);
    });
    bytes.pipe(tap).pipe(sink);
  });
}

// src/output/oci-layout.ts
import { mkdir as mkdir2, readdir, readFile, rename as rename3, rm as rm3, stat as stat3, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
var REF_NAME = "org.opencontainers.image.ref.name";
var LAYOUT_FILE = { imageLayoutVersion: "1.0.0" };
var indexSchema = looseObject({
  schemaVersion: literal(2),
  manifests: array(
    looseObject({
      mediaType: string(),
      digest: string(),
      size: number(),
      annotations: record(string(), string()).optional()
    })
  )
});
async function startOciLayout(dir, tags) {
  const refNames = typeof tags === "string" ? [tags] : [...new Set(tags)];
  if (refNames.length === 0 || refNames.some((t) => t === "" || /\s/.test(t))) {
    throw new NixeryError(`OCI layout ${dir}: tags must be non-empty words`, "OUTPUT_BAD_TAG");
  }
  const state = await layoutState(dir);
  if (state === "existing") {
    const blobsDir2 = join2(dir, "blobs", "sha256");
    await mkdir2(blobsDir2, { recursive: true });
    return {
      blobsDir: blobsDir2,
      finish: async (image) => fillLayout(dir, image, refNames, await readIndex(dir)),
      abort: async () => {
      }
    };
  }
  await mkdir2(dirname2(dir), { recursive: true });
  const partial = partialName(dir);
  const blobsDir = join2(partial, "blobs", "sha256");
  await mkdir2(blobsDir, { recursive: true });
  const abort = () => rm3(partial, { recursive: true, force: true });
  return {
    blobsDir,
    abort,
    finish: async (image) => {
      try {
        await fillLayout(partial, image, refNames, { schemaVersion: 2, manifests: [] });
        await rename3(partial, dir);
      } catch (err) {
        await abort();
        throw err;
      }
    }
  };
}
async function layoutState(dir) {
  const st = await stat3(dir).catch(() => void 0);
  if (st === void 0) return "absent";
  if (st.isDirectory()) {
    const names = await readdir(dir);
    if (names.length === 0) return "empty";
    if (names.includes("oci-layout") && names.includes("index.json")) return "existing";
  }
  throw new NixeryError(
    `Cannot write an OCI layout to ${dir}: it exists and is not an OCI layout or an empty folder`,
    "OUTPUT_PATH_TAKEN"
  );
}
async function readIndex(dir) {
  const file = join2(dir, "index.json");
  const parsed = indexSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    throw new NixeryError(
      `${file} is not an OCI image index: ${prettifyError(parsed.error)}`,
      "OUTPUT_BAD_LAYOUT"
    );
  }
  return parsed.data;
}
async function fillLayout(dir, image, refNames, index) {
  const blobs = join2(dir, "blobs", "sha256");
  await mkdir2(blobs, { recursive: true });
  for (const blob of [...image.layers, image.config]) await writeBlobFile(blobs, blob);
  const manifest = image.manifest;
  await writeBlobFile(blobs, bufferBlob(manifest.mediaType, manifest.body));
  await writeFile(join2(dir, "oci-layout"), `${JSON.stringify(LAYOUT_FILE)}
`);
  const kept = index.manifests.filter((m) => !refNames.includes(m.annotations?.[REF_NAME] ?? ""));
  const added = refNames.map((ref) => ({
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.body.length,
    annotations: { [REF_NAME]: ref }
  }));
  const next = { ...index, mediaType: MEDIA_TYPES.ociIndex, manifests: [...kept, ...added] };
  const indexFile = join2(dir, "index.json");
  const partial = partialName(indexFile);
  try {
    await writeFile(partial, `${JSON.stringify(next, null, 2)}
`);
    await rename3(partial, indexFile);
  } catch (err) {
    await rm3(partial, { force: true });
    throw err;
  }
}

// src/output/write.ts
function tappable(layer) {
  return layer.computed === false && typeof layer.addTap === "function";
}
function fileSink(dir, finalName) {
  return () => {
    const partial = partialName(join3(dir, "layer"));
    return {
      stream: createWriteStream3(partial, { highWaterMark: 1 << 20 }),
      commit: (sums) => rename4(partial, join3(dir, finalName(sums))),
      abort: () => rm4(partial, { force: true })
    };
  };
}
async function stageLocalOutputs(specs, layers, names, log) {
  const steps = [];
  const abort = async () => {
    await Promise.all(steps.map((s) => s.abort()));
  };
  try {
    for (const spec of specs) {
      if (spec.kind === "oci-layout") {
        const path = resolve(names.baseDir ?? ".", spec.dir);
        const layout = await startOciLayout(path, names.tags);
        const blob = fileSink(layout.blobsDir, (s) => digestHex(s.digest));
        for (const layer of layers) if (tappable(layer)) layer.addTap({ blob });
        steps.push({
          abort: layout.abort,
          finish: async (image) => {
            await layout.finish(image);
            const total = formatBytes(image.layers.reduce((n, l) => n + l.size, 0));
            log.info(`OCI layout ${path} (${total} of layers; tags ${names.tags.join(", ")})`);
            return { kind: spec.kind, path };
          }
        });
      } else {
        const path = resolve(names.baseDir ?? ".", spec.file);
        const stage = `${partialName(path)}-layers`;
        await mkdir3(stage, { recursive: true });
        const tars = /* @__PURE__ */ new Set();
        const tar = fileSink(stage, (s) => {
          tars.add(s.diffId);
          return `${digestHex(s.diffId)}.tar`;
        });
        for (const layer of layers) if (tappable(layer)) layer.addTap({ tar });
        const removeStage = () => rm4(stage, { recursive: true, force: true });
        steps.push({
          abort: removeStage,
          finish: async (image) => {
            const repoTags = names.imageName ? names.tags.map((t) => `${names.imageName}:${t}`) : [];
            try {
              await writeDockerArchive(path, {
                ...image,
                repoTags,
                tarFile: (l) => tars.has(l.diffId) ? join3(stage, `${digestHex(l.diffId)}.tar`) : void 0
              });
            } finally {
              await removeStage();
            }
            log.info(
              repoTags.length ? `docker archive ${path} (tags ${repoTags.join(", ")})` : `docker archive ${path} (untagged: no image name was given)`
            );
            return { kind: spec.kind, path };
          }
        });
      }
    }
  } catch (err) {
    await abort();
    throw err;
  }
  return {
    abort,
    finish: async (image) => {
      const written = [];
      try {
        for (const step of steps) written.push(await step.finish(image));
      } catch (err) {
        await abort();
        throw err;
      }
      return written;
    }
  };
}

// src/pipeline/steps/local-outputs.ts
async function beginLocalOutputs(ctx, layers) {
  const { req, log } = ctx;
  if (!req.outputs.length) return void 0;
  return stageLocalOutputs(
    req.outputs,
    layers,
    {
      imageName: req.image ? `${req.image.registry}/${req.image.repository}` : void 0,
      tags: req.tags,
      baseDir: process.env.GITHUB_WORKSPACE
    },
    log
  );
}
async function finishLocalOutputs(ctx, staged, image, layers) {
  if (!staged) return [];
  return ctx.phase(
    "Write local outputs",
    () => staged.finish({ manifest: image.manifest, config: image.config, layers })
  );
}
export {
  beginLocalOutputs,
  finishLocalOutputs
};
