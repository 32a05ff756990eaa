import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  pushLayers
} from "./chunk-QLOJKISX.js";
import {
  checkDigest,
  checkReference,
  parseImageName,
  registryBaseUrl
} from "./chunk-2C2OKYX7.js";
import {
  credentialSecrets
} from "./chunk-FTMMYTZ6.js";
import {
  Agent,
  TIMEOUT_CODE,
  buildConnector,
  checkImageDocuments,
  makeLayers,
  timedRequest
} from "./chunk-5GRM3JST.js";
import "./chunk-FT77SM5K.js";
import "./chunk-4BLU4CND.js";
import "./chunk-P5XVHP4V.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-BR3VH42X.js";
import "./chunk-LTMCFC7K.js";
import "./chunk-3PXJJVNT.js";
import "./chunk-6TQS7WJL.js";
import "./chunk-ZUKILMHC.js";
import "./chunk-MD2AOIRM.js";
import "./chunk-S4YHGSQS.js";
import {
  startProcess
} from "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import {
  NixeryError,
  errorCode,
  quoteValue
} from "./chunk-FF3L7VQ6.js";
import "./chunk-HHXI5PYX.js";
import "./chunk-SCPOQW4J.js";
import {
  formatBytes
} from "./chunk-5X3DV643.js";
import {
  MANIFEST_TYPES,
  MEDIA_TYPES
} from "./chunk-L7EKUPKB.js";
import {
  sha256Digest
} from "./chunk-AO6NH4XT.js";
import "./chunk-BYYIYGSK.js";

// src/registry/client.ts
import { PassThrough, Readable } from "node:stream";

// src/registry/blobs.ts
var PRESENT = [200, 301, 302, 303, 307, 308];
async function checkBlob({ transport, repository }, digest) {
  const res = await transport.send({
    method: "HEAD",
    url: `/v2/${repository}/blobs/${digest}`,
    // Registries redirect only to content they hold, and storage presigned for GET refuses HEAD.
    followRedirects: false,
    expect: [...PRESENT, 404],
    action: `Checking blob ${digest}`
  });
  await res.body.dump();
  return PRESENT.includes(res.statusCode);
}
var REDIRECTS = [301, 302, 303, 307, 308];
var MAX_REDIRECTS = 3;
async function fetchBlob({ transport, repository }, digest) {
  let url = `/v2/${repository}/blobs/${digest}`;
  for (let hop = 0; ; hop++) {
    const res = await transport.send({
      method: "GET",
      url,
      expect: [200, ...hop < MAX_REDIRECTS ? REDIRECTS : []],
      action: `Reading blob ${digest}`
    });
    if (res.statusCode === 200) return res.body;
    await res.body.dump();
    url = transport.resolve(requireLocation(res.headers, `reading blob ${digest}`)).toString();
  }
}
async function startUpload(steps, digest, mountFrom = []) {
  const sources = mountFrom.length ? mountFrom : [void 0];
  for (const [i, from] of sources.entries()) {
    const query = from ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : "";
    const res = await steps.transport.send({
      method: "POST",
      url: `/v2/${steps.repository}/blobs/uploads/${query}`,
      headers: { "content-length": "0" },
      expect: from ? [201, 202] : [202],
      action: from ? `Mounting blob ${digest} from ${from}` : `Starting upload of blob ${digest}`
    });
    await res.body.dump();
    if (from && res.statusCode === 201) return { mounted: true, from };
    const location = requireLocation(res.headers, `starting upload of blob ${digest}`);
    if (i === sources.length - 1) return { mounted: false, location };
    await cancelUpload(steps, location);
  }
  throw new Error("unreachable: the last source always returns");
}
async function streamBlob(steps, location, blob, progress) {
  try {
    const res = await steps.transport.send({
      method: "PATCH",
      url: location,
      headers: { "content-type": "application/octet-stream", "content-length": `${blob.size}` },
      body: () => progress.track(blob.open()),
      expect: [202],
      action: `Uploading blob ${blob.digest}`
    });
    await res.body.dump();
    return nextLocation(steps, res.headers, location) ?? location;
  } catch (err) {
    throw sizeMismatch(err, blob) ?? err;
  }
}
async function commitUpload({ transport }, location, digest, bytes) {
  const separator = location.includes("?") ? "&" : "?";
  const res = await transport.send({
    method: "PUT",
    url: `${location}${separator}digest=${encodeURIComponent(digest)}`,
    headers: bytes ? { "content-type": "application/octet-stream", "content-length": `${bytes.length}` } : { "content-length": "0" },
    body: bytes,
    expect: [201, 204],
    action: `Finishing upload of blob ${digest}`
  });
  await res.body.dump();
  const stored = header(res.headers, "docker-content-digest");
  if (stored !== void 0 && stored !== digest) {
    throw new NixeryError(
      `The registry stored blob ${digest} as ${stored}`,
      "BLOB_DIGEST_MISMATCH"
    );
  }
}
var WHOLE_PUT_REFUSED = /* @__PURE__ */ new Set([405, 411, 413, 415, 501]);
function refusesWholePut(err, bytesMatchDigest) {
  if (errorCode(err) !== "REGISTRY_ERROR") return false;
  const { status, registryCode } = err;
  if (typeof status !== "number") return false;
  if (WHOLE_PUT_REFUSED.has(status)) return true;
  return status === 400 && bytesMatchDigest && (registryCode === "DIGEST_INVALID" || registryCode === "SIZE_INVALID");
}
async function cancelUpload({ transport }, location) {
  try {
    const res = await transport.send({
      method: "DELETE",
      url: location,
      expect: [200, 202, 204, 404],
      action: "Cancelling an upload"
    });
    await res.body.dump();
  } catch {
  }
}
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function nextLocation({ transport }, headers, requestUrl) {
  const location = header(headers, "location");
  if (location === void 0) return void 0;
  const from = transport.resolve(requestUrl);
  if (from.origin === transport.resolve("/").origin) return location;
  return new URL(location, from).href;
}
function requireLocation(headers, what) {
  const location = header(headers, "location");
  if (!location) {
    throw new NixeryError(`The registry gave no Location when ${what}`, "REGISTRY_PROTOCOL");
  }
  return location;
}
function sizeMismatch(err, blob) {
  if (errorCode(err) !== "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH") return void 0;
  return new NixeryError(
    `Blob ${blob.digest} gave a different number of bytes than its size ${blob.size}`,
    "BLOB_SIZE_MISMATCH"
  );
}
async function readWhole(source, label, size) {
  const parts = [];
  let length = 0;
  try {
    for await (const piece of source) {
      parts.push(piece);
      length += piece.length;
      if (size !== void 0 && length > size) break;
    }
  } finally {
    source.destroy();
  }
  if (size !== void 0 && length !== size) {
    throw new NixeryError(
      `Blob ${label} gave a different number of bytes than its size ${size}`,
      "BLOB_SIZE_MISMATCH"
    );
  }
  return Buffer.concat(parts, length);
}

// src/registry/advice.ts
var CODE_ADVICE = {
  BLOB_UNKNOWN: "the registry does not have a blob the request refers to",
  BLOB_UPLOAD_INVALID: "the upload session is no longer valid; the blob is sent again",
  BLOB_UPLOAD_UNKNOWN: "the registry forgot the upload session; the blob is sent again",
  DIGEST_INVALID: "the bytes sent do not match their digest; the layer source changed while read",
  MANIFEST_BLOB_UNKNOWN: "the manifest names a blob this repository does not hold",
  MANIFEST_INVALID: "the registry refused the manifest as malformed or of an unsupported type",
  MANIFEST_UNKNOWN: "no manifest with this tag or digest exists",
  NAME_INVALID: "the repository name is not valid for this registry",
  NAME_UNKNOWN: "the repository does not exist, or the credentials may not see it",
  SIZE_INVALID: "the bytes sent do not match the declared size",
  TOOMANYREQUESTS: "the registry is rate limiting; the push waits and tries again",
  UNSUPPORTED: "the registry does not support this operation"
};
function advice(status, code, described, ctx) {
  const ghcr = ctx.registry === "ghcr.io";
  const tried = ctx.credentialSource ? ` (tried: ${ctx.credentialSource})` : "";
  if (ghcr && /write_package/.test(described)) {
    return `. The token may not write this package${tried}: give the workflow \`permissions: packages: write\`, and if the package already exists, open its settings on GitHub and under "Manage Actions access" give this repository the Write role`;
  }
  if (status === 401 || code === "UNAUTHORIZED") {
    return `. The registry refused the credentials${tried}. Check the username and password (or token) given for ${ctx.registry}`;
  }
  if (status === 403 || code === "DENIED") {
    return ghcr ? `. Access denied${tried}: give the workflow \`permissions: packages: write\` and check under the package's "Manage Actions access" that this repository may write` : `. The credentials are valid but may not push to ${ctx.repository}${tried}`;
  }
  const known = code && CODE_ADVICE[code];
  if (known) return `. Meaning: ${known}`;
  if (status === 429) return ". The registry is rate limiting; try again later";
  return "";
}

// src/registry/retry.ts
var defaultRetryPolicy = { attempts: 5, baseMs: 500, maxDelayMs: 3e4 };
var MAX_RETRY_AFTER_MS = 6e4;
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
  // A request that made no progress within the timeout (deadline.ts).
  TIMEOUT_CODE
]);
async function withRetry(what, fn, policy = defaultRetryPolicy, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const delay = attempt < policy.attempts ? retryDelayMs(err, attempt, policy) : void 0;
      if (delay === void 0) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      log?.warning(
        `${what}: attempt ${attempt} of ${policy.attempts} failed (${reason}); retrying in ${delay} ms`
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
function retryDelayMs(err, attempt, policy) {
  if (!isTemporary(err)) return void 0;
  const retryAfter = err.retryAfterMs;
  if (typeof retryAfter === "number") return retryAfter;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
}
function isTemporary(err) {
  if (err && typeof err === "object" && "temporary" in err && typeof err.temporary === "function") {
    return Boolean(err.temporary());
  }
  for (let e = err, depth = 0; e && depth < 4; depth++) {
    const code = errorCode(e);
    if (code && NETWORK_CODES.has(code)) return true;
    e = e.cause;
  }
  return false;
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (trimmed === "") return void 0;
  let ms;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1e3;
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return void 0;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

// src/registry/errors.ts
var PERMANENT_CODES = /* @__PURE__ */ new Set([
  "DIGEST_INVALID",
  "MANIFEST_INVALID",
  "NAME_INVALID",
  "DENIED",
  "UNAUTHORIZED"
]);
var TEMPORARY_CODES = /* @__PURE__ */ new Set([
  "BLOB_UPLOAD_INVALID",
  "BLOB_UPLOAD_UNKNOWN",
  "UNKNOWN",
  "UNAVAILABLE",
  "TOOMANYREQUESTS"
]);
var MAX_ERROR_BODY = 64 * 1024;
var RegistryError = class extends NixeryError {
  status;
  registryCode;
  registryCodes;
  retryAfterMs;
  retryable;
  constructor(message, init) {
    super(message, init.code ?? "REGISTRY_ERROR");
    this.name = "RegistryError";
    this.status = init.status;
    this.registryCode = init.registryCode;
    this.registryCodes = init.registryCodes ?? (init.registryCode ? [init.registryCode] : []);
    this.retryAfterMs = init.retryAfterMs;
    this.retryable = init.retryable;
  }
  /** Whether sending the same request again may succeed. */
  temporary() {
    if (this.retryable !== void 0) return this.retryable;
    if (this.registryCodes.includes("MANIFEST_BLOB_UNKNOWN")) return true;
    if (this.registryCode && PERMANENT_CODES.has(this.registryCode)) return false;
    if (this.registryCode && TEMPORARY_CODES.has(this.registryCode)) return true;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
};
async function errorFromResponse(res, ctx) {
  const redact = ctx.redact ?? ((s) => s);
  const text = redact(await readCapped(res.body, MAX_ERROR_BODY));
  const errors = parseSpecErrors(text);
  const first = errors[0];
  const registryCode = typeof first?.code === "string" ? first.code : void 0;
  const described = errors.length ? errors.map(describeSpecError).join("; ") : text.trim().slice(0, 300) || res.statusText || "no details";
  const header2 = res.headers["retry-after"];
  const message = `${ctx.action} at ${ctx.registry}/${ctx.repository} failed with HTTP ${res.statusCode}: ` + redact(described) + advice(res.statusCode, registryCode, described, ctx);
  return new RegistryError(message, {
    status: res.statusCode,
    registryCode,
    registryCodes: errors.flatMap((e) => typeof e.code === "string" ? [e.code] : []),
    retryAfterMs: parseRetryAfter(Array.isArray(header2) ? header2[0] : header2)
  });
}
async function readCapped(body, limit) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const room = limit - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      if (size >= limit) break;
    }
  } catch {
  }
  body.destroy();
  return Buffer.concat(chunks).toString("utf8");
}
function parseSpecErrors(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === "object" && "errors" in parsed && Array.isArray(parsed.errors)) {
      return parsed.errors.filter((e) => !!e && typeof e === "object");
    }
  } catch {
  }
  return [];
}
function describeSpecError(e) {
  const code = typeof e.code === "string" ? e.code : "UNKNOWN";
  const message = typeof e.message === "string" ? e.message : "";
  const detail = e.detail === void 0 || e.detail === null ? "" : JSON.stringify(e.detail).slice(0, 300);
  return [code, message, detail && `(${detail})`].filter(Boolean).join(" ").trim();
}

// src/registry/chunked.ts
async function uploadChunks(steps, location, blob, chunkSize, progress) {
  let next = location;
  let offset = 0;
  const buffer = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(blob.size ?? chunkSize, 1)));
  let filled = 0;
  const flush = async () => {
    next = await sendChunk(steps, next, blob, buffer.subarray(0, filled), offset);
    progress.add(filled);
    offset += filled;
    filled = 0;
  };
  const source = blob.open();
  try {
    for await (const piece of source) {
      let used = 0;
      while (used < piece.length) {
        const take = Math.min(piece.length - used, buffer.length - filled);
        piece.copy(buffer, filled, used, used + take);
        filled += take;
        used += take;
        if (filled === buffer.length) await flush();
      }
      if (blob.size !== void 0 && offset + filled > blob.size) break;
    }
    if (filled > 0) await flush();
  } finally {
    source.destroy();
  }
  if (blob.size !== void 0 && offset !== blob.size) {
    throw new RegistryError(
      `Blob ${blob.label} gave ${offset} bytes or more, not its size ${blob.size}`,
      { status: 0, registryCode: "BLOB_SIZE_MISMATCH", retryable: false }
    );
  }
  return next;
}
async function sendChunk(steps, location, blob, chunk, offset) {
  const last = offset + chunk.length - 1;
  const res = await steps.transport.send({
    method: "PATCH",
    url: location,
    headers: {
      "content-type": "application/octet-stream",
      "content-length": `${chunk.length}`,
      "content-range": `${offset}-${last}`
    },
    body: chunk,
    expect: [202],
    action: `Uploading bytes ${offset}-${last} of blob ${blob.label}`
  });
  await res.body.dump();
  const range = header(res.headers, "range");
  const end = range?.match(/(\d+)-(\d+)$/)?.[2];
  if (end !== void 0 && Number(end) !== last) {
    throw new RegistryError(
      `The registry holds bytes up to ${end} of blob ${blob.label}, not up to ${last}`,
      { status: res.statusCode, registryCode: "BLOB_UPLOAD_INVALID", retryable: true }
    );
  }
  requireLocation(res.headers, `uploading a chunk of blob ${blob.label}`);
  return nextLocation(steps, res.headers, location);
}

// src/registry/options.ts
var MAX_CHUNK_SIZE = 4 * 2 ** 20;
var DEFAULT_WHOLE_UPLOAD_MAX = 2 ** 20;
var MAX_WHOLE_UPLOAD = 16 * 2 ** 20;
var DEFAULT_CONCURRENCY = 4;
var MAX_CONCURRENCY = 32;
var DEFAULT_PROGRESS_MS = 5e3;
var DEFAULT_TIMEOUT_MS = 3e4;
var MAX_TIMEOUT_MS = 36e5;
function resolveClientOptions(opts) {
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new NixeryError(
      `${concurrency} is not allowed: use a whole number from 1 to ${MAX_CONCURRENCY}`,
      "CONCURRENCY_INVALID"
    );
  }
  const chunkSize = opts.chunkSize ?? MAX_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    throw new NixeryError(
      `chunk size ${chunkSize} is not allowed: use 1 to ${MAX_CHUNK_SIZE}`,
      "CHUNK_SIZE_INVALID"
    );
  }
  const wholeUploadMax = opts.wholeUploadMax ?? DEFAULT_WHOLE_UPLOAD_MAX;
  if (!Number.isInteger(wholeUploadMax) || wholeUploadMax < 0 || wholeUploadMax > MAX_WHOLE_UPLOAD) {
    throw new NixeryError(
      `whole upload size ${wholeUploadMax} is not allowed: use 0 to ${MAX_WHOLE_UPLOAD}`,
      "WHOLE_UPLOAD_MAX_INVALID"
    );
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new NixeryError(
      `${timeoutMs / 1e3} s is not allowed: use 0.001 to ${MAX_TIMEOUT_MS / 1e3} seconds`,
      "TIMEOUT_INVALID"
    );
  }
  const defaultUrl = registryBaseUrl(opts.image.registry);
  const baseUrl = opts.protocol ? defaultUrl.replace(/^https?:/, `${opts.protocol}:`) : defaultUrl;
  if (opts.caFile && baseUrl.startsWith("http:")) {
    throw new NixeryError(
      `is set, but ${opts.image.registry} is reached over plain HTTP`,
      "CA_FILE_OVER_HTTP"
    );
  }
  const credentials = opts.credentials;
  return {
    image: opts.image,
    credentials,
    credentialSource: opts.credentialSource ?? (credentials ? `credentials for user ${credentials.username}` : "anonymous"),
    log: opts.log,
    concurrency,
    retry: { ...defaultRetryPolicy, ...opts.retry },
    mountFrom: parseMountFrom(opts.mountFrom ?? [], opts.image),
    chunked: opts.chunked ?? "auto",
    chunkSize,
    wholeUploadMax,
    verify: opts.verify ?? false,
    caFile: opts.caFile || void 0,
    insecure: opts.insecure ?? false,
    baseUrl,
    progressIntervalMs: opts.progressIntervalMs ?? DEFAULT_PROGRESS_MS,
    maskSecret: opts.maskSecret ?? (() => {
    }),
    timeoutMs
  };
}
function parseMountFrom(values, image) {
  const out = [];
  for (const raw of values.map((v) => v.trim()).filter(Boolean)) {
    const first = raw.split("/")[0] ?? "";
    const ownHost = first === image.registry;
    if (!ownHost && raw.includes("/") && /[.:]|^localhost$/.test(first)) {
      throw new NixeryError(
        `${quoteValue(raw)} is in another registry: blobs mount only within ${image.registry}`,
        "MOUNT_FROM_OTHER_REGISTRY"
      );
    }
    const parsed = mountSource(ownHost ? raw : `${image.registry}/${raw}`);
    if (parsed.repository !== image.repository && !out.includes(parsed.repository)) {
      out.push(parsed.repository);
    }
  }
  return out;
}
function mountSource(name) {
  try {
    return parseImageName(name);
  } catch (err) {
    const detail = err.detail;
    throw new NixeryError(typeof detail === "string" ? detail : String(err), "MOUNT_FROM_INVALID");
  }
}

// src/registry/progress.ts
import { Transform, pipeline } from "node:stream";
var UploadProgress = class {
  constructor(opts) {
    this.opts = opts;
    this.sent = opts.offset ?? 0;
    if (opts.log && opts.intervalMs > 0) {
      this.timer = setInterval(() => this.report(), opts.intervalMs);
      this.timer.unref();
    }
  }
  opts;
  sent = 0;
  started = performance.now();
  timer;
  /** Passes `source` through, counting its bytes. */
  track(source) {
    const counter = new Transform({
      transform: (chunk, _encoding, done) => {
        this.sent += chunk.length;
        done(null, chunk);
      }
    });
    return pipeline(source, counter, () => {
    });
  }
  /** Counts bytes sent some other way (a buffered chunk). */
  add(bytes) {
    this.sent += bytes;
  }
  /** Starts counting again from zero, when an upload starts over in another mode. */
  reset() {
    this.sent = 0;
  }
  stop() {
    clearInterval(this.timer);
    this.timer = void 0;
  }
  report() {
    const seconds = (performance.now() - this.started) / 1e3;
    const rate = seconds > 0 ? this.sent / seconds / 1e6 : 0;
    const size = this.opts.size;
    const percent = size === void 0 || size === 0 ? 100 : Math.floor(this.sent / size * 100);
    const of = size === void 0 ? "" : ` of ${formatBytes(size)} (${percent}%)`;
    this.opts.log?.info(
      `uploading ${this.opts.digest}: ${formatBytes(this.sent)}${of}, ${rate.toFixed(1)} MB/s`
    );
  }
};

// src/registry/stream-upload.ts
var REFUSED = /* @__PURE__ */ new Set([411, 413, 416, 501]);
function refusesStreamedPatch(err) {
  if (errorCode(err) !== "REGISTRY_ERROR") return false;
  const status = err.status;
  return typeof status === "number" && REFUSED.has(status);
}
async function streamNewBlob(steps, location, blob, progress) {
  const res = await steps.transport.send({
    method: "PATCH",
    url: location,
    headers: { "content-type": "application/octet-stream" },
    body: () => progress.track(blob.open()),
    expect: [202],
    action: `Uploading layer ${blob.description ?? blob.mediaType}`
  });
  await res.body.dump();
  const end = header(res.headers, "range")?.match(/(\d+)-(\d+)$/)?.[2];
  if (end !== void 0 && blob.computed !== false && Number(end) !== blob.size - 1) {
    throw new RegistryError(
      `The registry holds bytes up to ${end} of layer ${blob.digest}, not up to ${blob.size - 1}`,
      { status: res.statusCode, registryCode: "BLOB_UPLOAD_INVALID", retryable: true }
    );
  }
  return nextLocation(steps, res.headers, location) ?? location;
}

// src/registry/challenge.ts
var TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
var SPACE = /[ \t]*/y;
function parseChallenges(header2) {
  if (header2 === void 0) return [];
  const lines = Array.isArray(header2) ? header2 : [header2];
  return lines.flatMap(parseLine);
}
function parseLine(line) {
  const challenges = [];
  let pos = 0;
  const match = (re) => {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (!m) return void 0;
    pos = re.lastIndex;
    return m[0];
  };
  const skipSeparators = () => {
    while (pos < line.length && /[\s,]/.test(line[pos] ?? "")) pos++;
  };
  skipSeparators();
  while (pos < line.length) {
    const scheme = match(TOKEN);
    if (!scheme) break;
    const challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    match(SPACE);
    for (; ; ) {
      skipSeparators();
      const start = pos;
      const name = match(TOKEN);
      if (!name) break;
      match(SPACE);
      if (line[pos] !== "=") {
        pos = start;
        break;
      }
      pos++;
      match(SPACE);
      challenge.params[name.toLowerCase()] = line[pos] === '"' ? readQuoted() : match(TOKEN) ?? "";
    }
  }
  return challenges;
  function readQuoted() {
    let value = "";
    pos++;
    while (pos < line.length && line[pos] !== '"') {
      if (line[pos] === "\\" && pos + 1 < line.length) pos++;
      value += line[pos];
      pos++;
    }
    pos++;
    return value;
  }
}

// src/registry/auth.ts
var CLIENT_ID = "nixery-action";
var DEFAULT_TOKEN_SECONDS = 60;
var MAX_REFRESH_MARGIN_MS = 3e4;
var RegistryAuth = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
  }
  opts;
  scheme;
  tokens = /* @__PURE__ */ new Map();
  fetching = /* @__PURE__ */ new Map();
  now;
  /** The Authorization value for a request needing `scopes`; undefined while anonymous. */
  async authorization(scopes) {
    const scheme = this.scheme;
    if (!scheme) return void 0;
    if (scheme.kind === "basic") return this.basic();
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && this.now() < cached.refreshAt) return `Bearer ${cached.value}`;
    let pending = this.fetching.get(key);
    if (!pending) {
      pending = this.fetchToken(scheme, scopes).finally(() => this.fetching.delete(key));
      this.fetching.set(key, pending);
    }
    const token = await pending;
    this.tokens.set(key, token);
    return `Bearer ${token.value}`;
  }
  /**
   * Learns from a 401 and drops the token that was refused. Returns whether sending the request
   * again with a new Authorization can help.
   */
  onUnauthorized(header2, scopes, sent) {
    const challenges = parseChallenges(header2);
    const bearer = challenges.find((c) => c.scheme === "bearer" && c.params.realm);
    const basic = challenges.find((c) => c.scheme === "basic");
    const cached = this.tokens.get(scopeKey(scopes));
    if (cached && sent === `Bearer ${cached.value}`) this.tokens.delete(scopeKey(scopes));
    if (bearer?.params.realm) {
      this.scheme = {
        kind: "bearer",
        realm: bearer.params.realm,
        service: bearer.params.service,
        scope: bearer.params.scope
      };
      return true;
    }
    if (basic && this.opts.credentials?.password) {
      this.scheme = { kind: "basic" };
      return sent === void 0 || !sent.startsWith("Basic ");
    }
    return false;
  }
  /** Whether a credential of any kind was offered (for error messages). */
  get hasCredentials() {
    return this.opts.credentials !== void 0;
  }
  /** Hides the password and every token in text that may reach a log. */
  redact(text) {
    const secrets = [...this.tokens.values()].map((t) => t.value);
    const creds = this.opts.credentials;
    if (creds) secrets.push(creds.password, basicValue(creds), creds.identityToken ?? "");
    let out = text;
    for (const secret of secrets.sort((a, b) => b.length - a.length)) {
      if (secret) out = out.split(secret).join("***");
    }
    return out;
  }
  mask(secret) {
    if (secret) this.opts.maskSecret?.(secret);
  }
  basic() {
    const creds = this.opts.credentials;
    return creds?.password ? `Basic ${basicValue(creds)}` : void 0;
  }
  async fetchToken(scheme, scopes) {
    const url = new URL(scheme.realm);
    const wanted = withChallengeScope(scopes, scheme.scope);
    const identityToken = this.opts.credentials?.identityToken;
    const basic = this.basic();
    if (identityToken || basic) this.checkRealm(url);
    const headers = { accept: "application/json" };
    let body;
    if (identityToken) {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: identityToken,
        client_id: CLIENT_ID,
        scope: wanted.join(" ")
      });
      if (scheme.service) form.set("service", scheme.service);
      body = Buffer.from(form.toString());
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else {
      if (scheme.service) url.searchParams.set("service", scheme.service);
      for (const scope of wanted) url.searchParams.append("scope", scope);
      if (basic) headers.authorization = basic;
    }
    const action = `Getting a token from ${url.origin}${url.pathname}`;
    const issuedAt = this.now();
    const res = await timedRequest({
      url,
      method: identityToken ? "POST" : "GET",
      headers,
      body,
      dispatcher: this.opts.dispatcher,
      timeoutMs: this.opts.timeoutMs ?? 3e4,
      registry: url.host,
      action
    });
    if (res.statusCode !== 200) {
      throw await errorFromResponse(res, {
        action,
        registry: this.opts.image.registry,
        repository: this.opts.image.repository,
        redact: (t) => this.redact(t),
        credentialSource: this.opts.credentialSource
      });
    }
    const answer = await res.body.json();
    const value = typeof answer.token === "string" ? answer.token : answer.access_token;
    if (typeof value !== "string" || value === "") {
      throw new RegistryError(`The token service at ${url.origin} answered without a token`, {
        status: res.statusCode,
        retryable: false
      });
    }
    this.mask(value);
    const seconds = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : DEFAULT_TOKEN_SECONDS;
    const lifetime = seconds * 1e3;
    return {
      value,
      refreshAt: issuedAt + lifetime - Math.min(MAX_REFRESH_MARGIN_MS, lifetime / 4)
    };
  }
  /**
   * Credentials go to an https realm, or to a plain http one only when the registry itself is
   * plain HTTP on this machine and so is the realm (a local test setup): anything else would
   * send them readable over the network.
   */
  checkRealm(realm) {
    if (realm.protocol === "https:") return;
    const registry = new URL(this.opts.registryUrl ?? registryBaseUrl(this.opts.image.registry));
    const local = realm.protocol === "http:" && registry.protocol === "http:" && isLoopback(registry.hostname) && isLoopback(realm.hostname);
    if (local) return;
    throw new NixeryError(
      `${this.opts.image.registry} sends clients to the token service ${realm.origin}, which is not https: credentials (${this.opts.credentialSource ?? "given"}) are never sent there. Plain http token services are used only for a plain HTTP registry on loopback`,
      "TOKEN_REALM_INSECURE"
    );
  }
};
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
function basicValue(creds) {
  return Buffer.from(`${creds.username}:${creds.password}`).toString("base64");
}
function scopeKey(scopes) {
  return scopes.join(" ");
}
function withChallengeScope(scopes, challengeScope) {
  const out = [...scopes];
  for (const scope of challengeScope?.split(" ") ?? []) {
    const resource = scope.split(":").slice(0, -1).join(":");
    if (scope && !out.some((s) => s.startsWith(`${resource}:`))) out.push(scope);
  }
  return out;
}
function pushScope(repository) {
  return `repository:${repository}:pull,push`;
}
function pullScope(repository) {
  return `repository:${repository}:pull`;
}

// src/registry/tls.ts
import { readFileSync } from "node:fs";
import * as tls from "node:tls";
var SYSTEM_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/ssl/cert.pem"
];
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "EPROTO"
]);
function createAgent(opts) {
  return new Agent({
    connections: opts.connections,
    keepAliveTimeout: 3e4,
    connect: connector(opts),
    // Waiting for headers is timed per request by deadline.ts, which sees upload progress;
    // undici times each gap between response body chunks.
    headersTimeout: 0,
    bodyTimeout: opts.timeoutMs
  });
}
function connector(opts) {
  const timeout = opts.timeoutMs;
  if (opts.insecure) return buildConnector({ timeout, rejectUnauthorized: false });
  if (opts.caFile) return buildConnector({ timeout, ca: trustedCertificates(opts.caFile) });
  const plain = buildConnector({ timeout });
  let secure;
  return (target, callback) => {
    if (target.protocol !== "https:") return plain(target, callback);
    secure ??= buildConnector({ timeout, ca: trustedCertificates(void 0) });
    return secure(target, callback);
  };
}
function trustedCertificates(caFile) {
  const system = systemCertificates();
  if (!caFile && system.length === 0) return void 0;
  const out = [...tls.rootCertificates, ...system];
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  if (extra) out.push(readOptional(extra) ?? "");
  if (caFile) {
    const pem = readOptional(caFile);
    if (pem === void 0 || !pem.includes("-----BEGIN CERTIFICATE-----")) {
      throw new NixeryError(
        `${caFile} is not a readable PEM certificate file`,
        "CA_FILE_UNREADABLE"
      );
    }
    out.push(pem);
  }
  return out.filter(Boolean);
}
function systemCertificates() {
  const getter = tls.getCACertificates;
  if (getter) return getter("system");
  for (const path of SYSTEM_BUNDLES) {
    const pem = readOptional(path);
    if (pem) return [pem];
  }
  return [];
}
function readOptional(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
function describeTlsFailure(err, host) {
  for (let e = err, depth = 0; e && depth < 4; depth++) {
    const code = errorCode(e);
    if (code && CERTIFICATE_CODES.has(code)) {
      const reason = e instanceof Error ? e.message : code;
      return new NixeryError(
        `TLS connection to ${host} failed: ${reason} (${code})`,
        "REGISTRY_TLS"
      );
    }
    e = e.cause;
  }
  return void 0;
}

// src/registry/transport.ts
var REDIRECTS2 = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS2 = 5;
var RegistryTransport = class {
  constructor(opts) {
    this.opts = opts;
    this.baseUrl = opts.baseUrl;
    this.agent = createAgent(opts);
    this.scopes = [pushScope(opts.image.repository), ...opts.mountFrom.map(pullScope)];
    this.auth = new RegistryAuth({
      image: opts.image,
      credentials: opts.credentials,
      credentialSource: opts.credentialSource,
      maskSecret: opts.maskSecret,
      dispatcher: this.agent,
      registryUrl: opts.baseUrl,
      timeoutMs: opts.timeoutMs,
      now: opts.now
    });
  }
  opts;
  baseUrl;
  auth;
  agent;
  /** Push first; pull on each mount source so that one token serves every request. */
  scopes;
  /** Absolute URL for a path or Location, resolved against the registry. */
  resolve(url) {
    return new URL(url, this.baseUrl);
  }
  async send(opts) {
    const follow = (opts.method === "GET" || opts.method === "HEAD") && opts.followRedirects !== false;
    let url = this.resolve(opts.url);
    let trusted = true;
    for (let hops = 0; ; hops++) {
      trusted &&= url.origin === this.origin;
      const res = await this.sendOnce(opts, url, trusted);
      const location = res.headers.location;
      if (!follow || !REDIRECTS2.has(res.statusCode) || typeof location !== "string") {
        if (!opts.expect.includes(res.statusCode)) throw await this.failure(res, opts.action);
        return res;
      }
      await res.body.dump();
      const next = new URL(location, url);
      if (hops >= MAX_REDIRECTS2) {
        throw new NixeryError(
          `${opts.action} at ${this.where}: more than ${MAX_REDIRECTS2} redirects (last to ${next.origin}${next.pathname})`,
          "REGISTRY_REDIRECT"
        );
      }
      if (url.protocol === "https:" && next.protocol !== "https:") {
        throw new NixeryError(
          `${opts.action} at ${this.where}: the registry redirected from https to ${next.protocol.replace(":", "")} (${next.origin}); refused`,
          "REGISTRY_REDIRECT"
        );
      }
      url = next;
    }
  }
  /** One request; with credentials, sent again once when a 401 asks for a (fresh) token. */
  async sendOnce(opts, url, trusted) {
    let sent = trusted ? await this.auth.authorization(this.scopes) : void 0;
    let res = await this.dispatch(opts, url, sent);
    if (res.statusCode === 401 && trusted) {
      const challenge = res.headers["www-authenticate"];
      if (this.auth.onUnauthorized(challenge, this.scopes, sent)) {
        await res.body.dump();
        sent = await this.auth.authorization(this.scopes);
        res = await this.dispatch(opts, url, sent);
      }
    }
    return res;
  }
  close() {
    return this.agent.close();
  }
  get origin() {
    return new URL(this.baseUrl).origin;
  }
  get where() {
    return `${this.opts.image.registry}/${this.opts.image.repository}`;
  }
  async failure(res, action) {
    const where = this.where;
    if (res.statusCode === 401 && !this.auth.hasCredentials) {
      await res.body.dump();
      return new RegistryError(
        `${action} at ${where} needs credentials: the registry answered 401 and none were found (tried: anonymous)`,
        { status: 401, registryCode: "UNAUTHORIZED", code: "REGISTRY_NO_CREDENTIALS" }
      );
    }
    return errorFromResponse(res, {
      action,
      registry: this.opts.image.registry,
      repository: this.opts.image.repository,
      redact: (t) => this.auth.redact(t),
      credentialSource: this.opts.credentialSource
    });
  }
  async dispatch(opts, url, authorization) {
    const headers = { ...opts.headers };
    if (authorization) headers.authorization = authorization;
    const body = typeof opts.body === "function" ? opts.body() : opts.body;
    if (Buffer.isBuffer(body) && !Object.keys(headers).some((h) => /^content-length$/i.test(h))) {
      headers["content-length"] = `${body.length}`;
    }
    const stream = body && !Buffer.isBuffer(body) ? body : void 0;
    try {
      const res = await timedRequest({
        url,
        method: opts.method,
        headers,
        body,
        dispatcher: this.agent,
        timeoutMs: this.opts.timeoutMs,
        registry: this.opts.image.registry,
        action: opts.action
      });
      if (stream && res.statusCode >= 300) stream.destroy();
      return res;
    } catch (err) {
      stream?.destroy();
      throw describeTlsFailure(err, url.host) ?? err;
    }
  }
};

// src/registry/client.ts
var RegistryClient = class {
  image;
  concurrency;
  options;
  transport;
  steps;
  /** Set once the registry refused a streamed PATCH: every later blob goes in chunks. */
  chunkedLearned = false;
  /** Set once the registry refused a blob inside the closing PUT: every later one gets a PATCH. */
  wholeRefused = false;
  constructor(opts) {
    this.options = resolveClientOptions(opts);
    this.image = this.options.image;
    this.concurrency = this.options.concurrency;
    this.transport = new RegistryTransport({
      ...this.options,
      // Existence checks of every blob go out at once; against a remote registry each is a
      // round trip, so they get more sockets than the uploads (which are bounded apart).
      connections: Math.max(this.concurrency + 2, 16)
    });
    this.steps = { transport: this.transport, repository: this.image.repository };
  }
  async blobExists(digest) {
    checkDigest(digest);
    return this.retry(`Checking blob ${digest}`, () => checkBlob(this.steps, digest));
  }
  /**
   * Uploads unless present, mounting from `mountFrom` when a source holds it. A failed try
   * starts over from HEAD with a freshly opened stream. `knownMissing` skips the first HEAD
   * when the caller has just checked; `from` replaces the mount sources for this blob.
   */
  async uploadBlob(blob, knownMissing = false, from = this.options.mountFrom) {
    checkDigest(blob.digest);
    let first = true;
    return this.retry(`Uploading blob ${blob.digest}`, async () => {
      const skipHead = first && knownMissing;
      first = false;
      if (!skipHead && await checkBlob(this.steps, blob.digest)) return "skipped";
      return this.uploadKnown(blob, from);
    });
  }
  /**
   * Uploads a layer whose digest may be learnt only while it is sent: one pass makes, hashes
   * and sends the bytes, then the session is closed with the digest found. A failed try starts
   * over from a new session, re-opening the layer (its bytes are made again, never kept); once
   * the digest is known, a try is an ordinary upload that begins with HEAD.
   */
  async uploadStreamed(blob) {
    const what = `Uploading layer ${blob.description ?? blob.mediaType}`;
    return this.retry(what, async () => {
      if (blob.computed !== false) {
        checkDigest(blob.digest);
        if (await checkBlob(this.steps, blob.digest)) return "skipped";
        return this.uploadKnown(blob);
      }
      const label = blob.description ?? "a layer";
      if (this.sendsWhole(blob.sizeHint)) {
        const [location2, bytes] = await whileOpening(
          this.steps,
          startUpload(this.steps, label),
          readWhole(blob.open(), label)
        );
        checkDigest(blob.digest);
        await this.commitWhole(location2, blob.digest, bytes);
        return "uploaded";
      }
      const start = await startUpload(this.steps, label);
      if (start.mounted) throw new Error("unreachable: a plain upload never mounts");
      const location = await this.sendStream(start.location, blob, label);
      checkDigest(blob.digest);
      await commitUpload(this.steps, location, blob.digest);
      return "uploaded";
    });
  }
  async uploadKnown(blob, from = this.options.mountFrom) {
    const whole = this.sendsWhole(blob.size);
    const read = () => readWhole(blob.open(), blob.digest, blob.size);
    if (whole && from.length === 0) {
      const opening = startUpload(this.steps, blob.digest);
      const [location, bytes] = await whileOpening(this.steps, opening, read());
      await this.commitWhole(location, blob.digest, bytes);
      return "uploaded";
    }
    const start = await startUpload(this.steps, blob.digest, from);
    if (start.mounted) return "mounted";
    if (whole) await this.commitWhole(start.location, blob.digest, await read());
    else await commitUpload(this.steps, await this.sendBytes(start.location, blob), blob.digest);
    return "uploaded";
  }
  /** One streamed PATCH of unknown length, or chunks when the options or the registry want that. */
  async sendStream(location, blob, label) {
    const { chunked, chunkSize, log, progressIntervalMs } = this.options;
    const progress = new UploadProgress({ digest: label, log, intervalMs: progressIntervalMs });
    const source = { label, open: () => blob.open() };
    try {
      if (chunked === true || this.chunkedLearned) {
        return await uploadChunks(this.steps, location, source, chunkSize, progress);
      }
      try {
        return await streamNewBlob(this.steps, location, blob, progress);
      } catch (err) {
        if (chunked !== "auto" || !refusesStreamedPatch(err)) throw err;
        this.learnChunked(err);
        await cancelUpload(this.steps, location);
        progress.reset();
        const fresh = await startUpload(this.steps, label);
        if (fresh.mounted) throw new Error("unreachable: a plain upload never mounts");
        return await uploadChunks(this.steps, fresh.location, source, chunkSize, progress);
      }
    } finally {
      progress.stop();
    }
  }
  /** Whether a blob of this many bytes goes whole in the PUT that closes its session. */
  sendsWhole(size) {
    const { wholeUploadMax, chunked } = this.options;
    return size !== void 0 && size <= wholeUploadMax && chunked !== true && !this.wholeRefused;
  }
  /**
   * The closing PUT with the blob in it. A registry that will not take a body there (it never
   * happened with distribution, ghcr.io, containerd's or oras' users, but the spec's wording
   * leaves room) gets this blob again in a fresh session with a PATCH, and every later one too.
   */
  async commitWhole(location, digest, bytes) {
    try {
      await commitUpload(this.steps, location, digest, bytes);
    } catch (err) {
      if (!refusesWholePut(err, sha256Digest(bytes) === digest)) throw err;
      this.wholeRefused = true;
      const status = err.status;
      this.options.log?.info(
        `${this.image.registry} refused a blob in the PUT that closes its upload (${status}); sending each blob in a PATCH first from now on`
      );
      await cancelUpload(this.steps, location);
      const fresh = await startUpload(this.steps, digest);
      if (fresh.mounted) throw new Error("unreachable: a plain upload never mounts");
      const blob = {
        mediaType: "application/octet-stream",
        digest,
        size: bytes.length,
        open: () => Readable.from([bytes])
      };
      const next = await this.sendBytes(fresh.location, blob);
      await commitUpload(this.steps, next, digest);
    }
  }
  learnChunked(err) {
    this.chunkedLearned = true;
    const status = err.status;
    this.options.log?.info(
      `${this.image.registry} refused one streamed PATCH (${status}); sending blobs in chunks of ${this.options.chunkSize} bytes from now on`
    );
  }
  async putManifest(reference, manifest) {
    checkReference(reference);
    const actual = sha256Digest(manifest.body);
    if (actual !== manifest.digest) {
      throw new NixeryError(
        `Manifest digest ${manifest.digest} does not match its body (${actual})`,
        "MANIFEST_DIGEST_MISMATCH"
      );
    }
    return this.retry(`Putting manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: "PUT",
        url: this.path(`manifests/${reference}`),
        headers: { "content-type": manifest.mediaType },
        body: manifest.body,
        expect: [200, 201],
        action: `Putting manifest ${reference}`
      });
      await res.body.dump();
      const digest = header(res.headers, "docker-content-digest");
      if (digest !== void 0 && digest !== manifest.digest) {
        throw new NixeryError(
          `The registry stored manifest ${reference} as ${digest}, not ${manifest.digest}`,
          "MANIFEST_DIGEST_MISMATCH"
        );
      }
      return digest ?? manifest.digest;
    });
  }
  async manifestDigest(reference) {
    checkReference(reference);
    return this.retry(`Checking manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: "HEAD",
        url: this.path(`manifests/${reference}`),
        headers: { accept: MANIFEST_TYPES.join(", ") },
        expect: [200, 404],
        action: `Checking manifest ${reference}`
      });
      await res.body.dump();
      return res.statusCode === 200 ? header(res.headers, "docker-content-digest") : void 0;
    });
  }
  /**
   * The manifest a reference names, or undefined when there is none. Used to read the previous
   * image's layer records (the layer cache); never followed into an index.
   */
  async getManifest(reference, repository = this.image.repository) {
    checkReference(reference);
    return this.retry(`Reading manifest ${reference}`, async () => {
      const res = await this.transport.send({
        method: "GET",
        url: `/v2/${repository}/manifests/${reference}`,
        headers: { accept: MANIFEST_TYPES.join(", ") },
        expect: [200, 404],
        action: `Reading manifest ${reference}`
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return void 0;
      }
      const body = Buffer.from(await res.body.arrayBuffer());
      if (body.length > MAX_DOCUMENT_BYTES) {
        throw new NixeryError(`Manifest ${reference} is over 4 MiB`, "MANIFEST_TOO_LARGE");
      }
      return { body, mediaType: header(res.headers, "content-type") ?? "" };
    });
  }
  /**
   * The OCI 1.1 referrers API: the index of manifests whose `subject` is `digest`, or undefined
   * when the registry has no such API (404), in which case a client falls back to the
   * `sha256-<hex>` tag scheme.
   */
  async getReferrers(digest) {
    checkDigest(digest);
    return this.retry(`Listing referrers of ${digest}`, async () => {
      const res = await this.transport.send({
        method: "GET",
        url: this.path(`referrers/${digest}`),
        headers: { accept: MEDIA_TYPES.ociIndex },
        expect: [200, 404],
        action: `Listing referrers of ${digest}`
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      if (res.statusCode !== 200) return void 0;
      if (body.length > MAX_DOCUMENT_BYTES) {
        throw new NixeryError(`Referrers of ${digest} are over 4 MiB`, "MANIFEST_TOO_LARGE");
      }
      return body;
    });
  }
  /**
   * A blob's bytes as the registry serves them, redirects followed. Not checked here: the
   * caller hashes what it reads (a layer is too large to hold).
   */
  async openBlob(digest) {
    checkDigest(digest);
    return this.retry(`Reading blob ${digest}`, () => fetchBlob(this.steps, digest));
  }
  /** A small blob (an image config) read whole, checked against its digest. */
  async getSmallBlob(digest, repository = this.image.repository) {
    checkDigest(digest);
    return this.retry(`Reading blob ${digest}`, async () => {
      const res = await this.transport.send({
        method: "GET",
        url: `/v2/${repository}/blobs/${digest}`,
        expect: [200],
        action: `Reading blob ${digest}`
      });
      const body = Buffer.from(await res.body.arrayBuffer());
      if (body.length > MAX_DOCUMENT_BYTES) {
        throw new NixeryError(`Blob ${digest} is over 4 MiB`, "BLOB_TOO_LARGE");
      }
      const actual = sha256Digest(body);
      if (actual !== digest) {
        throw new NixeryError(`Blob ${digest} arrived with digest ${actual}`, "DIGEST_MISMATCH");
      }
      return body;
    });
  }
  /**
   * A blob of another repository of this registry, to be copied here when mounting is refused.
   * Each `open()` streams it again from the registry (following a redirect to its storage).
   */
  remoteBlob(descriptor, repository) {
    checkDigest(descriptor.digest);
    const { transport } = this;
    return {
      ...descriptor,
      open() {
        const out = new PassThrough();
        transport.send({
          method: "GET",
          url: `/v2/${repository}/blobs/${descriptor.digest}`,
          expect: [200],
          action: `Reading blob ${descriptor.digest} from ${repository}`
        }).then(
          (res) => {
            const body = res.body;
            body.on("error", (err) => out.destroy(err));
            out.on("close", () => body.destroy());
            body.pipe(out);
          },
          (err) => out.destroy(err)
        );
        return out;
      }
    };
  }
  close() {
    return this.transport.close();
  }
  /** Streams the blob in one PATCH, or in chunks when the options or the registry want that. */
  async sendBytes(location, blob) {
    const { chunked, chunkSize, progressIntervalMs, log } = this.options;
    const progress = new UploadProgress({
      digest: blob.digest,
      size: blob.size,
      log,
      intervalMs: progressIntervalMs
    });
    try {
      const source = { label: blob.digest, size: blob.size, open: () => blob.open() };
      if (chunked === true || this.chunkedLearned) {
        return await uploadChunks(this.steps, location, source, chunkSize, progress);
      }
      try {
        return await streamBlob(this.steps, location, blob, progress);
      } catch (err) {
        if (chunked !== "auto" || !refusesStreamedPatch(err)) throw err;
        this.learnChunked(err);
        await cancelUpload(this.steps, location);
        progress.reset();
        const fresh = await startUpload(this.steps, blob.digest);
        if (fresh.mounted) throw new Error("unreachable: a plain upload never mounts");
        return await uploadChunks(this.steps, fresh.location, source, chunkSize, progress);
      }
    } finally {
      progress.stop();
    }
  }
  retry(what, fn) {
    return withRetry(what, fn, this.options.retry, this.options.log);
  }
  path(rest) {
    return `/v2/${this.image.repository}/${rest}`;
  }
};
async function whileOpening(steps, opening, reading) {
  const [start, bytes] = await Promise.allSettled([opening, reading]);
  if (start.status === "rejected") throw start.reason;
  if (start.value.mounted) throw new Error("unreachable: a plain upload never mounts");
  if (bytes.status === "rejected") {
    await cancelUpload(steps, start.value.location);
    throw bytes.reason;
  }
  return [start.value.location, bytes.value];
}

// src/registry/credentials.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var DEFAULT_HELPER_TIMEOUT_MS = 3e4;
var TOKEN_USER = "<token>";
var MAX_HELPER_OUTPUT = 1024 * 1024;
async function resolveCredentials(opts) {
  const notices = [];
  const { username, password } = opts.inputs ?? {};
  if (username && password) {
    return {
      credentials: { username, password },
      source: `username/password inputs for user ${username}`,
      notices
    };
  }
  for (const path of authFiles(opts.env)) {
    const found = await fileCredentials(path, opts, notices);
    if (found) return { ...found, notices };
  }
  const token = opts.env.GITHUB_TOKEN;
  if (opts.registry === "ghcr.io" && token) {
    const actor = opts.env.GITHUB_ACTOR || "github-actions";
    return {
      credentials: { username: actor, password: token },
      source: `GITHUB_TOKEN as ${actor}`,
      notices
    };
  }
  return { source: "anonymous", notices };
}
function authFiles(env) {
  if (env.REGISTRY_AUTH_FILE) return [env.REGISTRY_AUTH_FILE];
  const home = env.HOME || homedir();
  const files = [];
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, "containers", "auth.json"));
  files.push(join(env.XDG_CONFIG_HOME || join(home, ".config"), "containers", "auth.json"));
  files.push(join(env.DOCKER_CONFIG || join(home, ".docker"), "config.json"));
  return files;
}
async function fileCredentials(path, opts, notices) {
  const home = opts.env.HOME || homedir();
  const shown = path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
  let file;
  try {
    file = JSON.parse(readFileSync2(path, "utf8"));
  } catch (err) {
    if (err.code !== "ENOENT") {
      notices.push(`Ignoring ${shown}: ${err.message}`);
    }
    return void 0;
  }
  if (!file || typeof file !== "object") return void 0;
  const registry = opts.registry;
  const helper = file.credHelpers?.[registry];
  if (typeof helper === "string" && helper) {
    return fromHelper(helper, `${shown} credHelpers entry for ${registry}`, opts, notices);
  }
  const entry = Object.entries(file.auths ?? {}).find(([key]) => hostOf(key) === registry)?.[1];
  const credentials = entry && typeof entry === "object" ? entryCredentials(entry) : void 0;
  if (credentials) return { credentials, source: `${shown} entry for ${registry}` };
  const store = file.credsStore;
  if (typeof store === "string" && store) {
    return fromHelper(store, `${shown} credsStore`, opts, notices);
  }
  return void 0;
}
function entryCredentials(entry) {
  let username = typeof entry.username === "string" ? entry.username : "";
  let password = typeof entry.password === "string" ? entry.password : "";
  if (typeof entry.auth === "string" && entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = typeof entry.identitytoken === "string" && entry.identitytoken ? entry.identitytoken : void 0;
  if (identityToken) return { username: username || TOKEN_USER, password: "", identityToken };
  return password ? { username, password } : void 0;
}
async function fromHelper(name, source, opts, notices) {
  const program = `docker-credential-${name}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name)) {
    notices.push(`${source} names ${JSON.stringify(name)}, which is not a helper name; ignored`);
    return void 0;
  }
  const failed = (why) => {
    notices.push(`${source}: ${program} get ${why}; trying other credentials`);
    return void 0;
  };
  let result;
  try {
    result = await startProcess(program, ["get"], {
      input: `${helperServer(opts.registry)}
`,
      env: opts.env,
      timeoutMs: opts.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS,
      maxStdout: MAX_HELPER_OUTPUT
    }).done;
  } catch (err) {
    const code = errorCode(err);
    if (code === "COMMAND_NOT_FOUND") return failed("is not on PATH");
    if (code === "COMMAND_TIMED_OUT")
      return failed(`did not finish within ${timeoutSeconds(opts)} s`);
    if (code === "COMMAND_OUTPUT_TOO_LARGE") return failed("wrote too much output");
    return failed("could not run");
  }
  if (result.code !== 0) {
    const notFound = /credentials not found/i.test(result.stdout);
    return failed(notFound ? "has no credentials for it" : `failed (exit status ${result.code})`);
  }
  let answer;
  try {
    answer = JSON.parse(result.stdout);
  } catch {
    return failed("answered with something other than JSON");
  }
  const user = typeof answer.Username === "string" ? answer.Username : "";
  const secret = typeof answer.Secret === "string" ? answer.Secret : "";
  if (!secret) return failed("gave no secret");
  const credentials = user === TOKEN_USER ? { username: TOKEN_USER, password: "", identityToken: secret } : { username: user, password: secret };
  return { credentials, source: `${source} (${program}) for user ${user}` };
}
function timeoutSeconds(opts) {
  return (opts.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS) / 1e3;
}
function helperServer(registry) {
  return registry === "docker.io" ? "https://index.docker.io/v1/" : registry;
}
function hostOf(key) {
  const host = key.replace(/^[a-z]+:\/\//i, "").split("/")[0] ?? "";
  const lower = host.toLowerCase();
  if (lower === "index.docker.io" || lower === "registry-1.docker.io") return "docker.io";
  return host;
}

// src/pipeline/steps/push.ts
async function connectRegistry(req, image, log, maskSecret) {
  const creds = await resolveCredentials({
    registry: image.registry,
    inputs: req.credentials,
    env: { ...process.env, GITHUB_TOKEN: req.registry.githubToken ?? process.env.GITHUB_TOKEN }
  });
  if (creds.credentials) for (const s of credentialSecrets(creds.credentials)) maskSecret?.(s);
  for (const notice of creds.notices) log.info(notice);
  log.info(`registry credentials: ${creds.source}`);
  return new RegistryClient({
    image,
    credentials: creds.credentials,
    credentialSource: creds.source,
    log,
    // Images merged from other repositories are read from there and their blobs mounted.
    mountFrom: [...req.registry.mountFrom, ...req.merge.map((m) => m.image.repository)],
    caFile: req.registry.caFile,
    insecure: req.registry.insecure,
    verify: req.registry.verify,
    concurrency: req.registry.concurrency,
    timeoutMs: req.registry.timeoutMs,
    ...maskSecret ? { maskSecret } : {}
  });
}
async function runPushStep(ctx, planned, registry, staged) {
  const { req, log, pool } = ctx;
  let documents;
  const describe = (layers) => {
    const docs = planned.documents(layers);
    checkImageDocuments(docs);
    log.info(`config ${docs.config.digest}`);
    log.info(`manifest ${docs.manifest.digest}`);
    documents = docs;
    return docs;
  };
  let push;
  try {
    if (registry && req.image) {
      const name = `${req.image.registry}/${req.image.repository}`;
      push = await ctx.phase(
        `Push to ${name}`,
        () => pushLayers(
          registry,
          planned.layers,
          (layers) => describe(layers),
          req.tags,
          log,
          { making: Math.max(2, pool.threads) }
        )
      );
    } else {
      await ctx.phase("Make layers", () => makeLayers(planned.layers, Math.max(2, pool.threads)));
      describe(planned.layers);
    }
  } catch (err) {
    await staged?.abort();
    throw err;
  }
  return { push, documents };
}
export {
  connectRegistry,
  runPushStep
};
