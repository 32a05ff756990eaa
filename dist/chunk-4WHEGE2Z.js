import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  require_agent,
  require_api_request
} from "./chunk-UXQWXH5O.js";
import {
  INPUTS_KEY_ANNOTATION,
  customisationContentKey,
  customisationTar,
  imageInputsKey,
  layerCacheAnnotations,
  layerCacheFromManifest,
  layerContentKey,
  layerRecord,
  storePathsTar
} from "./chunk-6YKWERVZ.js";
import {
  proveCachedLayer
} from "./chunk-4BLU4CND.js";
import {
  planImageLayers
} from "./chunk-QVWJC443.js";
import {
  checkDocumentSize
} from "./chunk-BR3VH42X.js";
import {
  LEVELS,
  compressor,
  compressorId,
  layerMediaType
} from "./chunk-D53PWZM2.js";
import {
  kept
} from "./chunk-3PXJJVNT.js";
import {
  parseStoredManifest
} from "./chunk-ZUKILMHC.js";
import {
  startProcess
} from "./chunk-6ZP6JIIH.js";
import {
  NixeryError,
  errorCode,
  quoteValue
} from "./chunk-FF3L7VQ6.js";
import {
  bufferBlob,
  isComputed
} from "./chunk-HHXI5PYX.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";
import {
  MEDIA_TYPES,
  canonicalJson,
  imageManifest
} from "./chunk-L7EKUPKB.js";
import {
  DigestTap
} from "./chunk-AO6NH4XT.js";
import {
  __toESM
} from "./chunk-BYYIYGSK.js";

// src/image/build-layer.ts
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
function cachedLayer(record, opts) {
  return {
    mediaType: record.mediaType,
    digest: record.digest,
    size: record.size,
    diffId: record.diffId,
    storePaths: [...opts.storePaths],
    description: opts.description,
    contentKey: record.key,
    annotations: cacheAnnotations(opts.format, record.key, record.diffId),
    open: () => {
      const out = new PassThrough({ highWaterMark: 1 << 20 });
      const check = new DigestTap();
      pipeline(opts.tar(), compressor(opts.compression, opts.level, opts.pool), check, out).then(() => {
        if (check.digest !== record.digest || check.size !== record.size) {
          out.destroy(
            new Error(
              `regenerated layer ${opts.description} is ${check.digest} (${check.size} bytes), not the cached ${record.digest}`
            )
          );
        }
      }).catch((err) => out.destroy(err));
      return out;
    }
  };
}
function cacheAnnotations(format, key, diffId) {
  return format === "oci" && key !== void 0 ? layerCacheAnnotations(key, diffId) : void 0;
}

// src/image/stream-layer.ts
import {
  PassThrough as PassThrough2,
  Transform,
  Writable
} from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var StreamLayer = class {
  constructor(opts) {
    this.opts = opts;
    this.mediaType = layerMediaType(opts.compression, opts.format);
    this.storePaths = [...opts.storePaths];
    this.description = opts.description;
    this.contentKey = opts.contentKey;
    this.sizeHint = opts.sizeHint;
  }
  opts;
  mediaType;
  storePaths;
  description;
  contentKey;
  sizeHint;
  sums;
  taps = [];
  get computed() {
    return this.sums !== void 0;
  }
  get digest() {
    return this.known("digest").digest;
  }
  get size() {
    return this.known("size").size;
  }
  get diffId() {
    return this.known("diffId").diffId;
  }
  /** Bytes of the uncompressed tar (spares a local docker archive a second pass). */
  get uncompressedSize() {
    return this.known("uncompressedSize").tarSize;
  }
  get annotations() {
    if (this.opts.format !== "oci" || this.contentKey === void 0) return void 0;
    return layerCacheAnnotations(this.contentKey, this.known("annotations").diffId);
  }
  /** Copies the bytes of the first pass to `tap` as well. Only before that pass. */
  addTap(tap) {
    if (this.computed) throw new Error(`layer ${this.description} was already produced`);
    this.taps.push(tap);
  }
  open() {
    return this.sums ? this.again(this.sums) : this.firstPass();
  }
  known(what) {
    if (this.sums === void 0) {
      throw new NixeryError(
        `The ${what} of layer ${this.description} is not computed yet: its bytes have not been produced`,
        "LAYER_NOT_COMPUTED"
      );
    }
    return this.sums;
  }
  firstPass() {
    const { compression } = this.opts;
    const tarTap = new DigestTap();
    const blobTap = compression === "none" ? tarTap : new DigestTap();
    const sinks = [];
    const tees = (kind) => this.taps.flatMap((t) => {
      const make = t[kind];
      if (!make) return [];
      const sink = make();
      sinks.push(sink);
      return [new Tee(sink.stream)];
    });
    const stages = [this.opts.tar(), tarTap, ...tees("tar")];
    if (compression !== "none") {
      stages.push(compressor(compression, this.opts.level, this.opts.pool), blobTap);
    }
    stages.push(...tees("blob"));
    const end = new Transform({
      transform: (chunk, _enc, done) => done(null, chunk),
      flush: (done) => {
        const sums = {
          diffId: tarTap.digest,
          digest: blobTap.digest,
          size: blobTap.size,
          tarSize: tarTap.size
        };
        Promise.all(sinks.map((s) => s.commit(sums))).then(() => {
          this.sums ??= sums;
          done();
        }, done);
      }
    });
    const run = pipeline2;
    run(...stages, end).catch((err) => {
      end.destroy(err);
      for (const s of sinks) void s.abort();
    });
    return end;
  }
  /** A later pass: the same bytes made again, checked against the first pass. */
  again(sums) {
    const out = new PassThrough2({ highWaterMark: 1 << 20 });
    const check = new DigestTap();
    const { compression, level, pool } = this.opts;
    pipeline2(this.opts.tar(), compressor(compression, level, pool), check, out).then(() => {
      if (check.digest !== sums.digest || check.size !== sums.size) {
        out.destroy(
          new NixeryError(
            `layer ${this.description} was made again as ${check.digest} (${check.size} bytes), not ${sums.digest}`,
            "LAYER_NOT_REPRODUCIBLE"
          )
        );
      }
    }).catch((err) => out.destroy(err));
    return out;
  }
};
var Tee = class extends Transform {
  constructor(sink) {
    super();
    this.sink = sink;
    sink.on("error", (err) => this.destroy(err));
  }
  sink;
  _transform(chunk, _enc, done) {
    kept(chunk);
    if (this.sink.write(chunk)) done(null, chunk);
    else this.sink.once("drain", () => done(null, chunk));
  }
  _flush(done) {
    this.sink.end(() => done());
  }
};
async function makeLayers(layers, concurrency) {
  const pending = layers.filter((l) => l.computed === false);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const layer = pending[next++];
      await pipeline2(layer.open(), new Writable({ write: (_c, _e, done) => done() }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker));
}

// src/image/config.ts
function imageConfig(o) {
  if (o.history.length !== o.diffIds.length) {
    throw new Error(
      `image config: ${o.history.length} history entries for ${o.diffIds.length} layers; give one per layer`
    );
  }
  return canonicalJson({
    architecture: o.architecture,
    os: o.os,
    variant: o.variant,
    created: o.created,
    config: o.config,
    rootfs: { type: "layers", diff_ids: o.diffIds },
    history: o.history.map((h) => ({
      created: o.created,
      created_by: h.created_by,
      comment: h.comment
    }))
  });
}
function layerHistory(layer) {
  const what = layer.storePaths.length > 0 ? layer.storePaths.join(" ") : layer.description;
  return { created_by: "nixery-action", comment: what };
}
var PLATFORMS = {
  "x86_64-linux": { architecture: "amd64", os: "linux" },
  "aarch64-linux": { architecture: "arm64", os: "linux", variant: "v8" },
  "i686-linux": { architecture: "386", os: "linux" },
  "armv7l-linux": { architecture: "arm", os: "linux", variant: "v7" },
  "armv6l-linux": { architecture: "arm", os: "linux", variant: "v6" },
  "powerpc64le-linux": { architecture: "ppc64le", os: "linux" },
  "riscv64-linux": { architecture: "riscv64", os: "linux" },
  "s390x-linux": { architecture: "s390x", os: "linux" }
};
function platformFromNixSystem(system) {
  const platform = Object.hasOwn(PLATFORMS, system) ? PLATFORMS[system] : void 0;
  if (platform === void 0) {
    throw new NixeryError(
      `${quoteValue(system)} has no container platform; allowed: ${Object.keys(PLATFORMS).join(", ")}`,
      "PLATFORM_UNKNOWN"
    );
  }
  return { ...platform };
}

// src/image/layer-paths.ts
var LAYER_PATHS_ANNOTATION = "org.nixery-action.layer.paths";
var LAYER_PATHS_MAX_BYTES = 1 << 20;
function layerPathsAnnotations(storeLayers) {
  const values = storeLayers.map((paths) => paths.map(basename).join(" "));
  const bytes = values.reduce((sum, v) => sum + Buffer.byteLength(v) + 64, 0);
  if (bytes > LAYER_PATHS_MAX_BYTES) return storeLayers.map(() => ({}));
  return values.map((v) => ({ [LAYER_PATHS_ANNOTATION]: v }));
}
function layerGroupsFromManifest(body, closurePaths) {
  const parsed = parseStoredManifest(body);
  if (!parsed || parsed.mediaType !== void 0 && parsed.mediaType !== MEDIA_TYPES.ociManifest)
    return void 0;
  const byName = new Map(closurePaths.map((p) => [basename(p), p]));
  const groups = parsed.layers.map((l) => l.annotations?.[LAYER_PATHS_ANNOTATION]).filter((v) => v !== void 0 && v.length > 0).map((v) => v.split(" ").map((name) => byName.get(name) ?? name));
  return groups.length > 0 ? groups : void 0;
}
var basename = (path) => path.slice(path.lastIndexOf("/") + 1);

// src/image/assemble.ts
function planImage(o) {
  const level = o.level ?? LEVELS[o.compression].default;
  const mediaType = layerMediaType(o.compression, o.format);
  const compressor2 = compressorId(o.compression, level);
  const plan = planImageLayers(o.closure, {
    maxLayers: o.maxLayers,
    strategy: o.layering,
    previous: o.previousLayers
  });
  const pathsAnnotations = o.format === "oci" ? layerPathsAnnotations(plan.storeLayers) : [];
  const infos = new Map(o.closure.paths.map((p) => [p.path, p]));
  const info = (p) => infos.get(p);
  const total = plan.storeLayers.length + 1;
  const layers = [];
  let reused = 0;
  const cachedFrom = /* @__PURE__ */ new Map();
  const common = { compression: o.compression, level, format: o.format, pool: o.pool };
  const add = (description, paths, key, tar, sizeHint) => {
    const record = key === void 0 ? void 0 : o.cache?.get(key);
    const fresh = () => new StreamLayer({
      ...common,
      description,
      storePaths: paths,
      contentKey: key,
      tar,
      sizeHint
    });
    let layer;
    if (record && record.mediaType === mediaType) {
      layer = cachedLayer(record, { ...common, description, storePaths: paths, tar });
      cachedFrom.set(layer, { record, tar, fresh });
      reused++;
    } else {
      layer = fresh();
    }
    const size = isComputed(layer) ? `${formatBytes(layer.size)} ` : "";
    o.log?.info(
      `layer ${layers.length + 1}/${total}: ${size}${description}${isComputed(layer) ? " (cached)" : ""}`
    );
    layers.push(layer);
  };
  for (const paths of plan.storeLayers) {
    const description = paths.length === 1 ? paths[0] : `${paths.length} store paths`;
    const key = layerContentKey(paths.map(info), compressor2, o.time.mtime);
    const narBytes = paths.reduce((n, p) => n + info(p).narSize, 0);
    add(description, paths, key, () => storePathsTar(paths, { mtime: o.time.mtime }), narBytes);
  }
  const c = o.customisation;
  const customKey = c.extraDir === void 0 && [...c.links, ...c.copies].every((p) => infos.has(p)) ? customisationContentKey(
    {
      links: c.links.map(info),
      copies: c.copies.map(info),
      storePaths: plan.customisationStorePaths.map(info),
      uid: c.uid,
      gid: c.gid
    },
    compressor2,
    o.time.mtime
  ) : void 0;
  const customHint = customKey === void 0 ? void 0 : [...c.copies, ...plan.customisationStorePaths].reduce((n, p) => n + info(p).narSize, 0);
  add(
    "customisation layer",
    plan.customisationStorePaths,
    customKey,
    () => customisationTar({ ...c, mtime: o.time.mtime }, plan.customisationStorePaths),
    customHint
  );
  const documents = (done = layers) => {
    const platform = platformFromNixSystem(o.system);
    const configBytes = imageConfig({
      ...platform,
      diffIds: done.map((l) => l.diffId),
      history: done.map(layerHistory),
      created: o.time.created,
      config: o.userConfig ?? {}
    });
    const config = bufferBlob(
      o.format === "oci" ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig,
      configBytes
    );
    const annotations = o.annotations && Object.keys(o.annotations).length > 0 ? o.annotations : void 0;
    const descriptors = done.map((l, i) => {
      const paths = pathsAnnotations[i];
      if (paths === void 0 || Object.keys(paths).length === 0) return l;
      const { mediaType: mediaType2, digest, size } = l;
      return {
        mediaType: mediaType2,
        digest,
        size,
        annotations: { ...l.annotations, ...paths },
        open: () => l.open()
      };
    });
    const manifest = imageManifest(o.format, config, descriptors, annotations);
    const records = done.map(layerRecord).filter((r) => r !== void 0);
    return { config, manifest, records };
  };
  const planned = {
    layers,
    reused,
    documents,
    prove: async (proveCached, log) => {
      for (const [i, layer] of layers.entries()) {
        const from = cachedFrom.get(layer);
        if (!from) continue;
        const problem = await proveCached(from.record, from.tar);
        if (!problem) continue;
        log?.warning(
          `layer ${i + 1}/${total}: the layer cache record for ${layer.description ?? "a layer"} is wrong (${problem}); building the layer from its store paths`
        );
        layers[i] = from.fresh();
        planned.reused--;
      }
    }
  };
  return planned;
}
var PLACEHOLDER_DIGEST = `sha256:${"f".repeat(64)}`;
function placeholderLayers(layers, format) {
  return layers.map((l) => {
    if (isComputed(l)) return l;
    const annotations = format === "oci" && l.contentKey !== void 0 ? layerCacheAnnotations(l.contentKey, PLACEHOLDER_DIGEST) : void 0;
    return {
      mediaType: l.mediaType,
      digest: PLACEHOLDER_DIGEST,
      diffId: PLACEHOLDER_DIGEST,
      size: Number.MAX_SAFE_INTEGER,
      storePaths: l.storePaths,
      description: l.description,
      contentKey: l.contentKey,
      annotations,
      open: () => l.open()
    };
  });
}

// src/registry/deadline.ts
import { Readable, Transform as Transform2, pipeline as pipeline3 } from "node:stream";

// src/registry/undici.ts
var import_agent = __toESM(require_agent(), 1);
var import_api_request = __toESM(require_api_request(), 1);
var Agent = import_agent.default;
function request(url, opts) {
  const { dispatcher, ...rest } = opts;
  return import_api_request.default.call(dispatcher, {
    ...rest,
    origin: url.origin,
    path: url.search ? `${url.pathname}${url.search}` : url.pathname
  });
}

// src/registry/deadline.ts
var TIMEOUT_CODE = "REGISTRY_TIMEOUT";
var PIECE_BYTES = 64 * 1024;
var IN_FLIGHT_CAP = 8 * 1024 * 1024;
var FLOOR_RATE = 64 * 1024;
async function timedRequest(opts) {
  const controller = new AbortController();
  let timer;
  let timedOut = false;
  const arm = (extraMs = 0) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs + extraMs);
  };
  arm();
  const body = watched(opts.body, arm);
  try {
    return await request(opts.url, {
      method: opts.method,
      headers: opts.headers,
      body,
      dispatcher: opts.dispatcher,
      signal: controller.signal
    });
  } catch (err) {
    if (body instanceof Readable) body.destroy();
    if (timedOut) throw timeoutError(opts);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
function watched(body, arm) {
  if (body === void 0) return void 0;
  const source = Buffer.isBuffer(body) ? Readable.from(pieces(body)) : body;
  let bytes = 0;
  const meter = new Transform2({
    transform(chunk, _encoding, done) {
      bytes += chunk.length;
      arm();
      done(null, chunk);
    },
    flush(done) {
      arm(Math.min(bytes, IN_FLIGHT_CAP) / FLOOR_RATE * 1e3);
      done();
    }
  });
  return pipeline3(source, meter, () => {
  });
}
function* pieces(buffer) {
  for (let at = 0; at < buffer.length; at += PIECE_BYTES) {
    yield buffer.subarray(at, at + PIECE_BYTES);
  }
}
function timeoutError(opts) {
  const seconds = opts.timeoutMs / 1e3;
  return new NixeryError(
    `${opts.registry} did not answer in time: ${opts.action} (${opts.method} ${opts.url.host}${opts.url.pathname}) made no progress for ${seconds} s`,
    TIMEOUT_CODE
  );
}
function isTimeout(code) {
  return code === TIMEOUT_CODE || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT";
}

// src/pipeline/steps/extra-commands.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
async function runExtraCommands(script, workDir, log) {
  const root = join(workDir, "extra-root");
  await mkdir(root, { recursive: true });
  log.info("running extra-commands in the customisation layer root");
  const { done } = startProcess("sh", ["-e", "-c", script], {
    env: process.env,
    cwd: root,
    group: true,
    shown: ["-e", "-c", "<extra-commands>"],
    log,
    onStdoutLine: (line) => log.info(line),
    onStderrLine: (line) => log.info(line)
  });
  const { code } = await done;
  if (code !== 0) {
    throw new NixeryError(`extra-commands failed with exit code ${code}.`, "EXTRA_COMMANDS_FAILED");
  }
  return root;
}

// src/pipeline/steps/pack.ts
async function runPackStep(ctx, built, inputs, registry, previous) {
  const { req, log, pool } = ctx;
  const planned = await ctx.phase("Pack layers", async () => {
    const cache = previous ? await previousLayerRecords(previous, req, log) : void 0;
    const previousLayers = cache && previous ? await previousLayerGroups(
      previous,
      built.closure.paths.map((p) => p.path)
    ) : void 0;
    const extraDir = req.extraCommands ? await runExtraCommands(req.extraCommands, ctx.workDir, log) : void 0;
    const inputsKey = req.layout.format === "oci" && !req.extraCommands ? await imageInputsKey(inputs) : void 0;
    return planImage({
      closure: built.closure,
      system: inputs.system,
      customisation: {
        links: inputs.links,
        copies: inputs.copies,
        extraDir,
        uid: req.uid,
        gid: req.gid
      },
      maxLayers: req.maxLayers,
      layering: req.layout.layering,
      compression: req.layout.compression,
      level: req.layout.level,
      format: req.layout.format,
      time: inputs.time,
      userConfig: inputs.config,
      annotations: inputsKey ? { ...inputs.annotations, [INPUTS_KEY_ANNOTATION]: inputsKey } : inputs.annotations,
      cache,
      previousLayers,
      pool,
      log
    });
  });
  if (registry && req.registry.verify) {
    await planned.prove(
      (record, tar) => proveCachedLayer(registry, record, tar),
      log
    );
  }
  checkImageDocuments(planned.documents(placeholderLayers(planned.layers, req.layout.format)));
  if (planned.layers.some((l) => l.computed === false)) pool.warm(req.layout.compression);
  return planned;
}
function checkImageDocuments(image) {
  checkDocumentSize("image config", image.config.size);
  checkDocumentSize("image manifest", image.manifest.body.length);
}
async function previousLayerGroups(read, closurePaths) {
  try {
    const previous = await read();
    return previous && layerGroupsFromManifest(previous.body, closurePaths);
  } catch {
    return void 0;
  }
}
async function previousLayerRecords(read, req, log) {
  const tag = req.tags[0];
  if (!tag || req.layout.format !== "oci") return void 0;
  try {
    const previous = await read();
    if (!previous || previous.mediaType !== MEDIA_TYPES.ociManifest) return void 0;
    const records = layerCacheFromManifest(previous.body);
    log.info(`layer cache: ${records.size} layers known from ${tag}`);
    return records;
  } catch (err) {
    if (isTimeout(errorCode(err))) throw err;
    log.info(`layer cache: previous image not read (${err instanceof Error ? err.message : err})`);
    return void 0;
  }
}

export {
  makeLayers,
  Agent,
  TIMEOUT_CODE,
  timedRequest,
  runPackStep,
  checkImageDocuments,
  previousLayerRecords
};
