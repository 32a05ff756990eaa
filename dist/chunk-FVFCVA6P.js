import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  runCommand,
  tailLines
} from "./chunk-SXVRERJ5.js";
import {
  withScratchDir
} from "./chunk-MUJYZQIE.js";
import {
  MEDIA_TYPES,
  byteOrder,
  redactUrls
} from "./chunk-YD6DRH5P.js";
import {
  InputError,
  NixeryError,
  quoteValue
} from "./chunk-3PPZCQFA.js";
import {
  addPath
} from "./chunk-4IGX2T4N.js";

// src/image/compress-pool.ts
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function startWorker() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const source = new URL("./compress-worker.ts", here).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(fileURLToPath(new URL("./compress-worker.cjs", here)));
}
var CompressionPool = class {
  threads;
  slots = [];
  nextId = 0;
  closed = false;
  constructor(threads = availableParallelism()) {
    this.threads = threads;
  }
  /**
   * Compresses one chunk on the least busy thread. The chunk's buffer is transferred (it is
   * unusable here until it comes back); `returned` receives it again once compressed, to be
   * reused for a later chunk.
   */
  compress(job, returned) {
    if (this.closed) return Promise.reject(new Error("compression pool is closed"));
    while (this.slots.length < this.threads) this.slots.push(this.spawnSlot());
    const slot = this.slots.reduce((a, b) => b.pending.size < a.pending.size ? b : a);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, returned });
      slot.worker.ref();
      const data = job.data;
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      const owned = whole ? data : data.slice();
      slot.worker.postMessage({ ...job, id, data: owned }, [
        owned.buffer
      ]);
    });
  }
  /** Starts the threads now, so that their start overlaps other work instead of a layer's. */
  warm() {
    if (this.closed) return;
    while (this.slots.length < this.threads) this.slots.push(this.spawnSlot());
  }
  /** Ends every thread of this pool (its pending chunks fail); other pools are untouched. */
  async close() {
    this.closed = true;
    const closing = this.slots;
    this.slots = [];
    await Promise.all(closing.map((s) => s.worker.terminate()));
  }
  failAll(slot, err) {
    for (const job of slot.pending.values()) job.reject(err);
    slot.pending.clear();
    this.slots = this.slots.filter((s) => s !== slot);
  }
  spawnSlot() {
    const slot = { worker: startWorker(), pending: /* @__PURE__ */ new Map() };
    slot.worker.unref();
    slot.worker.on("message", (result) => {
      const job = slot.pending.get(result.id);
      if (!job) return;
      slot.pending.delete(result.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ("error" in result) job.reject(new Error(`compression failed: ${result.error}`));
      else {
        job.returned?.(result.input);
        job.resolve(result.data);
      }
    });
    slot.worker.on("error", (err) => this.failAll(slot, err));
    slot.worker.on(
      "exit",
      (code) => this.failAll(slot, new Error(`compression thread exited (${code})`))
    );
    return slot;
  }
};
var shared;
function sharedCompressionPool() {
  shared ??= new CompressionPool();
  return shared;
}

// src/image/epoch.ts
function imageTime(env = process.env) {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === void 0 || value === "") {
    return { mtime: 1, created: "1970-01-01T00:00:00Z" };
  }
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds > 253402300799) {
    throw new InputError(
      "SOURCE_DATE_EPOCH",
      `${quoteValue(value)} is not a whole number of seconds since 1970 (up to year 9999).`
    );
  }
  return { mtime: seconds, created: new Date(seconds * 1e3).toISOString().replace(".000Z", "Z") };
}

// src/labels.ts
var BAD_KEY_CHARS = /[\s\u0000-\u001f\u007f]/;
var CONTROL_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f]/;
var LEVEL_PREFIX = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[^\]]*\])?:/;
var MAX_ENTRIES = 1e3;
function parseKeyValueLines(text, inputName, opts = {}) {
  const values = /* @__PURE__ */ new Map();
  const ignored = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length > MAX_ENTRIES) {
    throw new InputError(
      inputName,
      `has ${lines.length} lines; at most ${MAX_ENTRIES} are allowed.`
    );
  }
  for (const line of lines) {
    let entry = line;
    if (opts.annotationLevels) {
      const level = LEVEL_PREFIX.exec(line);
      if (level) {
        if (level[1] !== "manifest" || level[2] !== void 0) {
          ignored.push({ line, reason: levelReason(level[1], level[2]) });
          continue;
        }
        entry = line.slice(level[0].length);
      }
    }
    const eq = entry.indexOf("=");
    if (eq < 0) {
      throw new InputError(inputName, `${quoteValue(line)} is not a key=value line.`);
    }
    const key = entry.slice(0, eq);
    const value = entry.slice(eq + 1);
    if (key === "" || BAD_KEY_CHARS.test(key)) {
      throw new InputError(
        inputName,
        `${quoteValue(line)} has ${key === "" ? "an empty key" : `the key ${quoteValue(key)}`}; a key is one or more characters without spaces or control characters (e.g. org.opencontainers.image.title=tools).`
      );
    }
    if (CONTROL_CHARS.test(value)) {
      throw new InputError(inputName, `the value of ${quoteValue(key)} holds control characters.`);
    }
    values.set(key, value);
  }
  return { values: Object.fromEntries(values), ignored };
}
function levelReason(level, platform) {
  if (platform !== void 0) {
    return `platform-qualified annotations (${level}${platform}) are not supported; use "manifest:" or no prefix`;
  }
  return level === "index" || level === "index-descriptor" ? `this image has no index to annotate (${level}:)` : `descriptor annotations (${level}:) are not written; use "manifest:" or no prefix`;
}
function parseCreatedMode(value, inputName = "created") {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "fixed") return "fixed";
  if (v === "now") return "now";
  throw new InputError(
    inputName,
    `${quoteValue(value)} is not allowed; use "fixed" (the epoch, or SOURCE_DATE_EPOCH when set: reproducible) or "now".`
  );
}
function createdTime(env, mode, now = () => /* @__PURE__ */ new Date()) {
  if (mode === "now")
    return now().toISOString().replace(/\.\d{3}Z$/, "Z");
  return imageTime(env).created;
}
var SOURCE_FIELDS = ["kind", "url", "ref", "rev", "narHash", "storePath"];
function defaultLabels(o) {
  const labels = {};
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = o.env;
  if (server && repository) {
    labels["org.opencontainers.image.source"] = `${server.replace(/\/+$/, "")}/${repository}`;
  }
  if (sha) labels["org.opencontainers.image.revision"] = sha;
  labels["org.opencontainers.image.created"] = o.created ?? createdTime(o.env, "fixed");
  labels["org.nixery-action.packages"] = [...new Set(o.packages)].sort().join(" ");
  for (const field of SOURCE_FIELDS) {
    const value = o.source[field];
    if (value !== void 0 && value !== "") {
      labels[`org.nixery-action.source.${field}`] = redactUrls(value);
    }
  }
  return labels;
}
function mergeLabels(defaults, user) {
  return { ...defaults, ...user };
}

// src/registry/reference.ts
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$/;
var DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$/;
var IPV6_HOST = /^\[[a-fA-F0-9:]+\](?::[0-9]+)?$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var MAX_NAME_LENGTH = 255;
function parseImageName(value, inputName = "image") {
  const name = value.trim();
  const fail = (why) => {
    throw new InputError(inputName, `${quoteValue(name)} ${why}`);
  };
  if (name === "") fail("is empty; write an image name such as ghcr.io/owner/name");
  if (name.length > MAX_NAME_LENGTH) fail(`is longer than ${MAX_NAME_LENGTH} characters`);
  if (name.includes("@")) fail("holds a digest; write the name only (tags go in `tags`)");
  const slash = name.indexOf("/");
  const host = slash < 0 ? "" : name.slice(0, slash);
  if (!isRegistryHost(host)) {
    const hub = name.includes("/") ? name : `library/${name}`;
    fail(
      `has no registry host; write the registry host first, for example ghcr.io/${name} or, for Docker Hub, docker.io/${hub}`
    );
  }
  const repository = name.slice(slash + 1);
  if (repository.includes(":")) fail("holds a tag; write the name only and list tags in `tags`");
  if (repository !== repository.toLowerCase()) {
    fail("holds upper-case letters; registry names must be lower case");
  }
  const components = repository.split("/");
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `has an invalid path component ${quoteValue(component)}: each part between slashes must be lower-case letters and digits, separated by ".", "_", "__" or dashes`
      );
    }
  }
  if (!DOMAIN.test(host) && !IPV6_HOST.test(host))
    fail(`has an invalid registry host ${quoteValue(host)}`);
  return { registry: host, repository };
}
function isRegistryHost(part) {
  return part.includes(".") || part.includes(":") || part === "localhost";
}
function validateTag(tag, inputName = "tags") {
  if (!TAG.test(tag)) {
    throw new InputError(
      inputName,
      `${quoteValue(tag)} is not a valid tag: use up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`
    );
  }
  return tag;
}
function registryBaseUrl(registry) {
  const hostname = registry.startsWith("[") ? registry.slice(0, registry.indexOf("]") + 1) : registry.split(":")[0];
  const loopback = hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname ?? "");
  const host = registry === "docker.io" ? "registry-1.docker.io" : registry;
  return `${loopback ? "http" : "https"}://${host}`;
}

// src/nix/install.ts
import { createHash } from "node:crypto";
import { accessSync, constants, createReadStream, existsSync, statSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { homedir, userInfo } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
var DEFAULT_NIX_VERSION = "2.31.2";
var DEFAULT_INSTALLER_URL = `https://releases.nixos.org/nix/nix-${DEFAULT_NIX_VERSION}/install`;
var DEFAULT_INSTALLER_SHA256 = "078e2ffeddf6a9c1f22adf41458ccc46a58bb26911a9e01579645314f9982994";
var INSTALLER_PINS = {
  [DEFAULT_INSTALLER_URL]: DEFAULT_INSTALLER_SHA256
};
var INSTALL_MODES = ["auto", "true", "false"];
var TOOL_NAME = "nix-installer";
function parseInstallMode(value, inputName = "install-nix") {
  const mode = value.trim().toLowerCase();
  if (INSTALL_MODES.includes(mode)) return mode;
  throw new InputError(
    inputName,
    `${quoteValue(value)} is not one of: ${INSTALL_MODES.join(", ")}`
  );
}
function pathEntries(env) {
  return (env.PATH ?? "").split(delimiter).filter((d) => d !== "" && isAbsolute(d));
}
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function profileBinDirs(env, nixRoot) {
  return {
    daemon: join(nixRoot, "nix", "var", "nix", "profiles", "default", "bin"),
    singleUser: join(env.HOME || homedir(), ".nix-profile", "bin")
  };
}
function findNix(env = process.env, nixRoot = "/") {
  const profiles = profileBinDirs(env, nixRoot);
  const dirs = [...pathEntries(env), profiles.daemon, profiles.singleUser];
  return dirs.find((dir) => isExecutable(join(dir, "nix-build")));
}
function installPlan(daemon, env, nixRoot = "/") {
  const profiles = profileBinDirs(env, nixRoot);
  const common = ["--yes", "--no-channel-add"];
  if (!daemon) return { args: ["--no-daemon", ...common], binDir: profiles.singleUser };
  const user = userInfo().username;
  const trusted = /^[\w.-]+$/.test(user) && user !== "root" ? `root ${user}` : "root";
  return {
    args: ["--daemon", ...common],
    binDir: profiles.daemon,
    extraConf: `trusted-users = ${trusted}
`
  };
}
function addToPath(dir, env) {
  if (pathEntries(env).includes(dir)) return;
  if (process.env.GITHUB_PATH) addPath(dir);
  for (const e of /* @__PURE__ */ new Set([env, process.env])) {
    if (!pathEntries(e).includes(dir)) e.PATH = e.PATH ? `${dir}${delimiter}${e.PATH}` : dir;
  }
}
async function nixVersion(binDir, env, log) {
  const r = await runCommand(join(binDir, "nix-build"), ["--version"], { env, log });
  if (r.code !== 0) {
    throw new NixeryError(
      `${join(binDir, "nix-build")} --version failed (exit ${r.code}):
${tailLines(r.stderr)}`,
      "NIX_NOT_WORKING"
    );
  }
  const line = r.stdout.trim().split("\n")[0] ?? "";
  return /(\d+\.\d+[^\s)]*)\s*$/.exec(line)?.[1] ?? line;
}
async function ensureNix(o) {
  const env = o.env ?? process.env;
  const nixRoot = o.nixRoot ?? "/";
  const found = findNix(env, nixRoot);
  const nixDir = join(nixRoot, "nix");
  const nixExists = existsSync(nixDir);
  if (found && (o.mode !== "true" || nixExists)) {
    if (o.mode === "true") {
      o.log.info(
        `install-nix is true, but Nix is already installed (${found}, and ${nixDir} exists) and the installer refuses to install over it: using the Nix that is there.`
      );
    }
    addToPath(found, env);
    const version2 = await nixVersion(found, env, o.log);
    o.log.info(`Using Nix ${version2} from ${found}`);
    return { binDir: found, version: version2, installed: false };
  }
  if (!found && o.mode === "false") {
    throw new NixeryError(
      "Nix was not found (no nix-build on PATH or in the default Nix profiles) and install-nix is false. Install Nix in an earlier step, or set install-nix: auto to let this action install it.",
      "NIX_NOT_FOUND"
    );
  }
  if (!found && nixExists) {
    throw new NixeryError(
      `Nix was not found (no nix-build on PATH or in the default Nix profiles), but ${nixDir} exists and the installer refuses to install over it. Put the Nix that is there on PATH in an earlier step, or remove ${nixDir} to let this action install Nix.`,
      "NIX_INSTALL_REFUSED"
    );
  }
  if (found) o.log.info(`install-nix is true: installing Nix although ${found} holds nix-build`);
  const pin = o.installerSha256 ? void 0 : (o.pins ?? INSTALLER_PINS)[o.installerUrl];
  const sha256 = checkInstallerOptions(o.installerUrl, o.installerSha256 ?? pin);
  const daemon = o.daemon ?? (process.platform === "darwin" || existsSync("/run/systemd/system"));
  const binDir = await withScratchDir("nix-install", async (scratch) => {
    const source = pin ? "the SHA-256 pinned for this URL" : "nix-installer-sha256";
    const installer = await fetchInstaller(o.installerUrl, sha256, source, scratch, o.log);
    return runInstaller(installer, installPlan(daemon, env, nixRoot), scratch, env, o.log);
  });
  addToPath(binDir, env);
  const version = await nixVersion(binDir, env, o.log);
  o.log.info(`Installed Nix ${version} in ${binDir}`);
  return { binDir, version, installed: true };
}
function checkInstallerOptions(url, sha256) {
  const digest = sha256?.trim().toLowerCase().replace(/^sha256:/, "") || void 0;
  if (digest !== void 0 && !/^[0-9a-f]{64}$/.test(digest)) {
    throw new InputError(
      "nix-installer-sha256",
      `${quoteValue(sha256 ?? "")} is not 64 hex digits`
    );
  }
  let protocol;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new InputError("nix-installer-url", `${quoteValue(url)} is not a URL`);
  }
  if (protocol !== "https:" && !(protocol === "http:" && digest)) {
    throw new InputError(
      "nix-installer-url",
      `${quoteValue(url)}: use https (plain http is accepted only with nix-installer-sha256 set)`
    );
  }
  return digest;
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function cacheVersion(url) {
  const version = /nix-(\d+\.\d+\.\d+)\//.exec(url)?.[1] ?? "0.0.0";
  return `${version}-u${createHash("sha256").update(url).digest("hex").slice(0, 16)}`;
}
async function fetchInstaller(url, sha256, source, scratch, log) {
  const cacheable = Boolean(process.env.RUNNER_TOOL_CACHE && process.env.RUNNER_TEMP);
  const version = cacheVersion(url);
  const tc = await import("./tool-cache-HVRWIQQB.js");
  const cachedDir = cacheable ? tc.find(TOOL_NAME, version) : "";
  if (cachedDir) {
    const cached = join(cachedDir, "install");
    if (!sha256 || await sha256File(cached) === sha256) {
      log.info(`Using the Nix installer from the tool cache (${cachedDir})`);
      return cached;
    }
    log.info(`The cached Nix installer does not match ${source}; downloading again`);
  }
  log.info(`Downloading the Nix installer from ${url}`);
  const dest = cacheable ? void 0 : join(scratch, "install");
  let file;
  try {
    file = await tc.downloadTool(url, dest);
  } catch (err) {
    throw new NixeryError(
      `Could not download the Nix installer from ${url}: ${err.message}`,
      "NIX_INSTALLER_DOWNLOAD"
    );
  }
  const actual = await sha256File(file);
  if (sha256 && actual !== sha256) {
    await rm(file, { force: true });
    throw new NixeryError(
      `The Nix installer from ${url} has SHA-256 ${actual}, but ${source} is ${sha256}. Nothing was installed. If the installer changed on purpose, set nix-installer-sha256 to its digest.`,
      "NIX_INSTALLER_CHECKSUM"
    );
  }
  log.info(`Nix installer SHA-256: ${actual}${sha256 ? " (verified)" : ""}`);
  if (!cacheable) return file;
  const dir = await tc.cacheFile(file, "install", TOOL_NAME, version);
  await rm(file, { force: true });
  return join(dir, "install");
}
async function runInstaller(installer, plan, scratch, env, log) {
  const args = [...plan.args];
  if (plan.extraConf !== void 0) {
    const confFile = join(scratch, "nix.conf");
    await writeFile(confFile, plan.extraConf);
    args.push("--nix-extra-conf-file", confFile);
  }
  log.info(`Running the Nix installer (${plan.args[0]})`);
  const r = await runCommand("/bin/sh", [installer, ...args], {
    env: { ...env, NIX_INSTALLER_NO_MODIFY_PROFILE: "1" },
    log,
    onStderrLine: (line) => log.info(line)
  });
  if (r.stdout.trim()) log.info(r.stdout.trimEnd());
  if (r.code !== 0) {
    throw new NixeryError(
      `The Nix installer failed (exit ${r.code}):
${tailLines(`${r.stdout}
${r.stderr}`)}`,
      "NIX_INSTALL_FAILED"
    );
  }
  if (!isExecutable(join(plan.binDir, "nix-build"))) {
    throw new NixeryError(
      `The Nix installer finished, but ${plan.binDir} holds no nix-build`,
      "NIX_INSTALL_FAILED"
    );
  }
  return plan.binDir;
}

// src/nix/conf.ts
var ALLOWED_NIX_SETTINGS = /* @__PURE__ */ new Set([
  "access-tokens",
  "allow-import-from-derivation",
  // Remote builders (Nix's own distributed builds); ssh keys come from files, see remote.ts.
  "builders",
  "builders-use-substitutes",
  "build-users-group",
  "connect-timeout",
  "cores",
  "download-attempts",
  "experimental-features",
  "extra-experimental-features",
  "extra-substituters",
  "extra-system-features",
  "extra-trusted-public-keys",
  "fallback",
  "http-connections",
  "keep-derivations",
  "keep-outputs",
  "max-jobs",
  "max-silent-time",
  "narinfo-cache-negative-ttl",
  "narinfo-cache-positive-ttl",
  "netrc-file",
  "require-sigs",
  "sandbox",
  "sandbox-fallback",
  "stalled-download-timeout",
  "substituters",
  "system-features",
  "tarball-ttl",
  "timeout",
  "trusted-public-keys"
]);
var SECRET_SETTINGS = /* @__PURE__ */ new Set(["access-tokens"]);
var CONTROL_CHARS2 = /[\x00-\x08\x0a-\x1f\x7f]/;
function parseNixConf(text, inputName = "nix-conf") {
  const settings = [];
  const secrets = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const where = `line ${index + 1}`;
    if (CONTROL_CHARS2.test(raw)) {
      throw new InputError(inputName, `${where} holds a control character; use plain text`);
    }
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    if (eq < 0) {
      const firstWord = line.split(/\s+/)[0] ?? "";
      throw new InputError(
        inputName,
        `${where} (starting ${quoteValue(firstWord, 40)}) is not of the form "key = value"`
      );
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!ALLOWED_NIX_SETTINGS.has(key)) {
      throw new InputError(
        inputName,
        `${where}: the Nix setting ${quoteValue(key)} is not allowed here. Allowed: ${[
          ...ALLOWED_NIX_SETTINGS
        ].join(", ")}`
      );
    }
    if (SECRET_SETTINGS.has(key)) secrets.push(...settingSecrets(value));
    settings.push(`${key} = ${value}`);
  });
  return { settings, secrets };
}
function settingSecrets(value) {
  if (value === "") return [];
  const tokens = value.split(/\s+/).map((entry) => entry.slice(entry.indexOf("=") + 1));
  return [value, ...tokens.filter((t) => t !== "")];
}
function nixConfigEnv(lines, env = process.env) {
  if (lines.length === 0) return { ...env };
  const existing = env.NIX_CONFIG ?? "";
  const joined = lines.join("\n");
  return { ...env, NIX_CONFIG: existing.trim() === "" ? joined : `${existing}
${joined}` };
}

// src/image/layering/closure-index.ts
function indexClosure(graph) {
  const paths = graph.paths.map((p) => p.path).sort(byteOrder);
  const index = new Map(paths.map((p, i) => [p, i]));
  const sizes = new Array(paths.length).fill(0);
  const refs = paths.map(() => []);
  const referenced = new Uint8Array(paths.length);
  for (const info of graph.paths) {
    const from = index.get(info.path);
    sizes[from] = info.narSize;
    for (const ref of [...info.references].sort(byteOrder)) {
      const to = index.get(ref);
      if (to === void 0) {
        throw new NixeryError(
          `The closure graph is incomplete: ${info.path} refers to ${ref}, which is not in it`,
          "CLOSURE_INCOMPLETE"
        );
      }
      if (to !== from) {
        refs[from]?.push(to);
        referenced[to] = 1;
      }
    }
  }
  const roots = new Set(graph.roots.map((r) => index.get(r)).filter((i) => i !== void 0));
  referenced.forEach((r, i) => r === 0 && roots.add(i));
  const topo = topologicalOrder(paths, refs);
  const reach = reachability(paths.length, refs, topo);
  const dependents = new Array(paths.length).fill(0);
  for (const bits of reach)
    forEachBit(bits, (j) => dependents[j] = dependents[j] + 1);
  return { paths, sizes, refs, roots: [...roots].sort((a, b) => a - b), topo, reach, dependents };
}
function topologicalOrder(paths, refs) {
  const state = new Uint8Array(paths.length);
  const order = [];
  for (let start = 0; start < paths.length; start++) {
    if (state[start] !== 0) continue;
    const stack = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const children = refs[top[0]];
      if (top[1] < children.length) {
        const child = children[top[1]++];
        if (state[child] === 1) {
          throw new NixeryError(
            `The closure graph has a cycle through ${paths[child]}`,
            "CLOSURE_CYCLE"
          );
        }
        if (state[child] === 0) {
          state[child] = 1;
          stack.push([child, 0]);
        }
        continue;
      }
      state[top[0]] = 2;
      order.push(top[0]);
      stack.pop();
    }
  }
  return order;
}
function reachability(n, refs, topo) {
  const words = Math.ceil(n / 32);
  const reach = new Array(n);
  for (const node of topo) {
    const bits = new Uint32Array(words);
    for (const child of refs[node]) {
      const childBits = reach[child];
      for (let w = 0; w < words; w++) bits[w] = bits[w] | childBits[w];
      bits[child >>> 5] = bits[child >>> 5] | 1 << (child & 31);
    }
    reach[node] = bits;
  }
  return reach;
}
function hasBit(bits, i) {
  return (bits[i >>> 5] >>> (i & 31) & 1) === 1;
}
function forEachBit(bits, fn) {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      fn(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
function groupSize(index, group) {
  return group.reduce((sum, i) => sum + index.sizes[i], 0);
}

// src/image/layering/dominator.ts
var POPULAR = 2;
function dominatorGroups(index, budget) {
  const n = index.paths.length;
  const ROOT = n;
  const idom = new Int32Array(n + 1).fill(-1);
  const depth = new Int32Array(n + 1);
  idom[ROOT] = ROOT;
  const referrers = index.paths.map(() => []);
  index.refs.forEach((refs, from) => refs.forEach((to) => referrers[to]?.push(from)));
  const fromRoot = new Uint8Array(n);
  for (const r of index.roots) fromRoot[r] = 1;
  index.dependents.forEach((d, i) => d >= POPULAR && (fromRoot[i] = 1));
  const lca = (a, b) => {
    while (a !== b) {
      while (depth[a] > depth[b]) a = idom[a];
      while (depth[b] > depth[a]) b = idom[b];
      if (a !== b) {
        a = idom[a];
        b = idom[b];
      }
    }
    return a;
  };
  for (let k = index.topo.length - 1; k >= 0; k--) {
    const v = index.topo[k];
    let d = fromRoot[v] ? ROOT : -1;
    for (const p of referrers[v]) d = d === -1 ? p : lca(d, p);
    idom[v] = d === -1 ? ROOT : d;
    depth[v] = depth[idom[v]] + 1;
  }
  const layers = /* @__PURE__ */ new Map();
  const top = (v) => {
    while (idom[v] !== ROOT) v = idom[v];
    return v;
  };
  for (let v = 0; v < n; v++) {
    const t = top(v);
    const group = layers.get(t) ?? [];
    group.push(v);
    layers.set(t, group);
  }
  const rated = [...layers.entries()].map(([head, group]) => ({
    group,
    name: index.paths[head],
    rating: (index.dependents[head] + 1) * groupSize(index, group)
  })).sort((a, b) => b.rating - a.rating || byteOrder(a.name, b.name));
  if (rated.length <= budget) return rated.map((r) => r.group);
  return [
    ...rated.slice(0, budget - 1).map((r) => r.group),
    rated.slice(budget - 1).flatMap((r) => r.group)
  ];
}

// src/image/layering/expected-upload.ts
var CHANGE_CHANCE = 0.05;
var ROOT_WEIGHT = 5;
var ANCHOR = 1.8;
function expectedUploadGroups(index, budget) {
  const n = index.paths.length;
  const roots = new Uint32Array(Math.ceil(n / 32));
  for (const r of index.roots) roots[r >>> 5] = roots[r >>> 5] | 1 << (r & 31);
  const extra = ROOT_WEIGHT - 1;
  const weighOf = (bits, other) => {
    let count = 0;
    for (let w = 0; w < bits.length; w++) {
      const x = bits[w] | (other ? other[w] : 0);
      count += bitCount(x) + extra * bitCount(x & roots[w]);
    }
    return count;
  };
  const chances = Float64Array.from(
    { length: n + extra * index.roots.length + 1 },
    (_, k) => 1 - (1 - CHANGE_CHANCE) ** k
  );
  const changeChance = (k) => chances[k];
  const groups = index.paths.map((_, i) => {
    const changedBy = Uint32Array.from(index.reach[i]);
    changedBy[i >>> 5] = changedBy[i >>> 5] | 1 << (i & 31);
    return {
      members: [i],
      size: index.sizes[i],
      changedBy,
      count: weighOf(changedBy),
      key: i,
      alive: true
    };
  });
  let rest = groups.reduce((sum, g) => sum + g.size, 0);
  let left = budget;
  for (const g of [...groups].sort((x, y) => y.size - x.size || x.key - y.key)) {
    if (left <= 1 || g.size < ANCHOR * rest / left) break;
    g.alone = true;
    rest -= g.size;
    left--;
  }
  const cost = (a, b) => a.alone || b.alone ? Infinity : (a.size + b.size) * changeChance(weighOf(a.changedBy, b.changedBy)) - a.size * changeChance(a.count) - b.size * changeChance(b.count);
  mergeCheapest(index, groups, budget, cost, weighOf);
  return groups.filter((g) => g.alive).sort((x, y) => x.count - y.count || x.key - y.key).map((g) => g.members.sort((x, y) => x - y));
}
var NEAREST = 32;
function mergeCheapest(index, groups, budget, cost, weighOf) {
  let alive = groups.length;
  if (alive <= budget) return;
  const heap = new PairHeap();
  const changedAt = new Int32Array(groups.length);
  const offer = (a, b, step2) => {
    const ga = groups[a];
    const gb = groups[b];
    heap.push(cost(ga, gb), Math.min(ga.key, gb.key), Math.max(ga.key, gb.key), a, b, step2);
  };
  index.refs.forEach((refs, a) => refs.forEach((b) => offer(a, b, 0)));
  const nearest = (order) => {
    const sorted = groups.map((_, i) => i).sort((x, y) => order(groups[x], groups[y]));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j <= i + NEAREST && j < sorted.length; j++)
        offer(sorted[i], sorted[j], 0);
  };
  nearest((x, y) => x.size - y.size || x.key - y.key);
  nearest((x, y) => x.count - y.count || x.size - y.size || x.key - y.key);
  const into = Int32Array.from(groups, (_, i) => i);
  const find = (x) => {
    while (into[x] !== x) x = into[x] = into[into[x]];
    return x;
  };
  let step = 0;
  while (alive > budget) {
    const top = heap.pop();
    const a = find(top.a);
    const b = find(top.b);
    if (a === b) continue;
    if (a !== top.a || b !== top.b || changedAt[a] > top.at || changedAt[b] > top.at) {
      offer(a, b, step);
      continue;
    }
    const ga = groups[a];
    merge(ga, groups[b]);
    into[b] = a;
    ga.count = weighOf(ga.changedBy);
    alive--;
    changedAt[a] = ++step;
  }
}
var PairHeap = class {
  cost = new Float64Array(1024);
  ints = new Int32Array(1024 * 5);
  length = 0;
  push(cost, lo, hi, a, b, at) {
    if (this.length === this.cost.length) {
      const grownCost = new Float64Array(this.cost.length * 2);
      grownCost.set(this.cost);
      this.cost = grownCost;
      const grownInts = new Int32Array(this.ints.length * 2);
      grownInts.set(this.ints);
      this.ints = grownInts;
    }
    let i = this.length++;
    this.write(i, cost, lo, hi, a, b, at);
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop() {
    if (this.length === 0) throw new Error("unreachable: no pair left to merge");
    const top = {
      a: this.ints[3],
      b: this.ints[4],
      at: this.ints[2]
    };
    this.length--;
    if (this.length > 0) {
      this.swap(0, this.length);
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.length && this.less(l, m)) m = l;
        if (r < this.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  write(i, cost, lo, hi, a, b, at) {
    this.cost[i] = cost;
    const o = i * 5;
    this.ints[o] = lo;
    this.ints[o + 1] = hi;
    this.ints[o + 2] = at;
    this.ints[o + 3] = a;
    this.ints[o + 4] = b;
  }
  less(i, j) {
    const ci = this.cost[i];
    const cj = this.cost[j];
    if (ci !== cj) return ci < cj;
    const oi = i * 5;
    const oj = j * 5;
    const li = this.ints[oi];
    const lj = this.ints[oj];
    if (li !== lj) return li < lj;
    return this.ints[oi + 1] < this.ints[oj + 1];
  }
  swap(i, j) {
    const c = this.cost[i];
    this.cost[i] = this.cost[j];
    this.cost[j] = c;
    for (let k = 0; k < 5; k++) {
      const t = this.ints[i * 5 + k];
      this.ints[i * 5 + k] = this.ints[j * 5 + k];
      this.ints[j * 5 + k] = t;
    }
  }
};
function merge(into, from) {
  into.members.push(...from.members);
  into.size += from.size;
  for (let w = 0; w < into.changedBy.length; w++) {
    into.changedBy[w] = into.changedBy[w] | from.changedBy[w];
  }
  into.key = Math.min(into.key, from.key);
  from.alive = false;
}
function bitCount(x) {
  x -= x >>> 1 & 1431655765;
  x = (x & 858993459) + (x >>> 2 & 858993459);
  return (x + (x >>> 4) & 252645135) * 16843009 >>> 24;
}

// src/image/layering/popularity.ts
function popularityGroups(index, budget) {
  const ranked = index.paths.map((_, i) => i).sort(
    (a, b) => index.dependents[b] - index.dependents[a] || byteOrder(index.paths[a], index.paths[b])
  );
  if (ranked.length <= budget) return ranked.map((i) => [i]);
  return [...ranked.slice(0, budget - 1).map((i) => [i]), ranked.slice(budget - 1)];
}

// src/image/layering/size-first.ts
function sizeFirstGroups(index, budget) {
  const bySize = index.paths.map((_, i) => i).sort(
    (a, b) => index.sizes[b] - index.sizes[a] || byteOrder(index.paths[a], index.paths[b])
  );
  for (let anchors = Math.min(budget, bySize.length); anchors >= 0; anchors--) {
    const groups = groupByAnchors(index, bySize.slice(0, anchors), budget);
    if (groups) return groups;
  }
  throw new Error("unreachable: no anchors always gives one group");
}
function groupByAnchors(index, anchors, budget) {
  const isAnchor = new Set(anchors);
  const groups = /* @__PURE__ */ new Map();
  for (let p = 0; p < index.paths.length; p++) {
    if (isAnchor.has(p)) continue;
    const key = anchors.filter((a) => hasBit(index.reach[a], p)).join(",");
    const group = groups.get(key);
    if (group) group.push(p);
    else if (anchors.length + groups.size + 1 > budget) return void 0;
    else groups.set(key, [p]);
  }
  const rest = [...groups.entries()].map(([key, group]) => ({ users: key === "" ? 0 : key.split(",").length, key, group })).sort((a, b) => b.users - a.users || byteOrder(a.key, b.key));
  return [...anchors.map((a) => [a]), ...rest.map((r) => r.group)];
}

// src/image/layers.ts
var STRATEGIES = {
  "expected-upload": expectedUploadGroups,
  "size-first": sizeFirstGroups,
  dominator: dominatorGroups,
  popularity: popularityGroups
};
var LAYERING_STRATEGIES = Object.keys(STRATEGIES);
var DEFAULT_LAYERING = "expected-upload";
var MAX_LAYERS = { min: 1, max: 125, default: 96 };
function parseLayering(value) {
  const v = value.trim() || DEFAULT_LAYERING;
  if (!LAYERING_STRATEGIES.includes(v)) {
    throw new InputError(
      "layering",
      `${quoteValue(value)} is not a layering strategy; allowed: ${LAYERING_STRATEGIES.join(", ")}.`
    );
  }
  return v;
}
function parseMaxLayers(value) {
  const v = value.trim() || String(MAX_LAYERS.default);
  if (!/^\d+$/.test(v) || Number(v) < MAX_LAYERS.min || Number(v) > MAX_LAYERS.max) {
    throw new InputError(
      "max-layers",
      `${quoteValue(value)} is not a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max} (layers in the image, the customisation layer included).`
    );
  }
  return Number(v);
}
function planImageLayers(graph, opts) {
  const { maxLayers, strategy = DEFAULT_LAYERING } = opts;
  if (!Number.isInteger(maxLayers) || maxLayers < MAX_LAYERS.min || maxLayers > MAX_LAYERS.max) {
    throw new InputError(
      "max-layers",
      `must be a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max}, got ${maxLayers}`
    );
  }
  const group = STRATEGIES[strategy];
  if (group === void 0) throw new InputError("layering", `unknown strategy ${strategy}`);
  const index = indexClosure(graph);
  if (maxLayers === 1) return { storeLayers: [], customisationStorePaths: index.paths };
  if (index.paths.length === 0) return { storeLayers: [], customisationStorePaths: [] };
  const groups = group(index, maxLayers - 1).map(
    (g) => g.map((i) => index.paths[i]).sort(byteOrder)
  );
  return { storeLayers: groups.filter((g) => g.length > 0), customisationStorePaths: [] };
}

// src/image/compress.ts
import { PassThrough } from "node:stream";

// src/image/chunked-compressor.ts
import { Transform } from "node:stream";
import { crc32 } from "node:zlib";
var GZIP_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 255]);
var ChunkedCompressor = class extends Transform {
  constructor(opts) {
    super({ highWaterMark: 1 << 20 });
    this.opts = opts;
    this.pool = opts.pool ?? sharedCompressionPool();
    this.chunk = Buffer.allocUnsafeSlow(opts.chunkSize);
  }
  opts;
  chunk;
  filled = 0;
  crc = 0;
  length = 0;
  inFlight = [];
  /** Chunk buffers back from the compressing threads, ready to be filled again. */
  spare = [];
  headerWritten = false;
  pool;
  _transform(data, _enc, done) {
    this.accept(data).then(() => done(), done);
  }
  _flush(done) {
    this.finish().then(() => done(), done);
  }
  async accept(data) {
    let offset = 0;
    while (offset < data.length) {
      const n = Math.min(data.length - offset, this.opts.chunkSize - this.filled);
      data.copy(this.chunk, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      if (this.filled === this.opts.chunkSize) await this.dispatch(false);
    }
  }
  async dispatch(final) {
    const data = this.chunk.subarray(0, this.filled);
    if (this.opts.codec === "deflate") {
      this.crc = crc32(data, this.crc);
      this.length += data.length;
    }
    const whole = this.filled === this.chunk.length ? this.chunk : Buffer.from(data);
    const { codec, level } = this.opts;
    const result = this.pool.compress({ codec, level, final, data: whole }, (input) => {
      if (input.byteLength === this.opts.chunkSize) {
        this.spare.push(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      }
    });
    result.catch(() => {
    });
    this.inFlight.push(result);
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.opts.chunkSize);
    this.filled = 0;
    while (this.inFlight.length >= Math.max(2, this.pool.threads)) await this.emitOldest();
  }
  async emitOldest() {
    const next = this.inFlight.shift();
    if (next === void 0) return;
    const out = await next;
    if (this.opts.codec === "deflate" && !this.headerWritten) {
      this.push(GZIP_HEADER);
      this.headerWritten = true;
    }
    this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  }
  async finish() {
    await this.dispatch(true);
    while (this.inFlight.length > 0) await this.emitOldest();
    if (this.opts.codec === "deflate") {
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(this.crc >>> 0, 0);
      trailer.writeUInt32LE(this.length % 2 ** 32, 4);
      this.push(trailer);
    }
  }
  _destroy(err, done) {
    this.inFlight.length = 0;
    this.spare.length = 0;
    done(err);
  }
};

// src/image/wasm-engine.ts
var wasm = globalThis.WebAssembly;

// src/image/libdeflate.ts
var LIBDEFLATE_WASM_SHA256 = "9a51bc24a09e75e285a82dfaf41b54a8e86395da1d17ff3b15e8df138a58be16";
var LIBDEFLATE_ENGINE = `libdeflate-1.14-1-wasm-${LIBDEFLATE_WASM_SHA256.slice(0, 12)}`;

// src/image/zstd.ts
var ZSTD_WASM_SHA256 = "03c1b80c0f6d5c91dc35ebbfdfb2f0db17686176cf7c71cee4dfeca898ffe385";
var ZSTD_ENGINE = `zstd-1.5.4-dfsg2-5-wasm-${ZSTD_WASM_SHA256.slice(0, 12)}`;

// src/image/compress.ts
var COMPRESSIONS = ["gzip", "zstd", "none"];
var COMPRESSION_FORMAT_VERSION = 2;
var LEVELS = {
  gzip: { min: 1, max: 9, default: 1 },
  zstd: { min: 1, max: 19, default: 3 },
  none: { min: 0, max: 0, default: 0 }
};
var CHUNK_SIZE = { gzip: 1 << 20, zstd: 4 << 20 };
function parseCompression(value, format) {
  const v = value.trim().toLowerCase() || "gzip";
  if (!COMPRESSIONS.includes(v)) {
    throw new InputError(
      "compression",
      `${quoteValue(value)} is not a compression; allowed: ${COMPRESSIONS.join(", ")}.`
    );
  }
  if (v === "zstd" && format === "docker") {
    throw new InputError(
      "compression",
      "zstd layers need the OCI format; Docker schema 2 manifests allow gzip or none (set format: oci)."
    );
  }
  return v;
}
function parseCompressionLevel(value, c) {
  const range = LEVELS[c];
  const v = value.trim();
  if (v === "") return range.default;
  if (c === "none") return 0;
  if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
    throw new InputError(
      "compression-level",
      `${quoteValue(value)} is not a ${c} level; use a whole number from ${range.min} to ${range.max} (default ${range.default}).`
    );
  }
  return Number(v);
}
function layerMediaType(c, format) {
  if (format === "docker") {
    if (c === "zstd") throw new InputError("compression", "zstd layers need the OCI format.");
    return c === "gzip" ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.dockerLayerTar;
  }
  if (c === "zstd") return MEDIA_TYPES.ociLayerZstd;
  return c === "gzip" ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayerTar;
}
function compressorId(c, level = LEVELS[c].default) {
  if (c === "none") return "none";
  const engine = c === "gzip" ? LIBDEFLATE_ENGINE : ZSTD_ENGINE;
  return `${c}:${engine}:level-${level}:chunk-${CHUNK_SIZE[c]}:v${COMPRESSION_FORMAT_VERSION}`;
}
function compressor(c, level = LEVELS[c].default, pool) {
  if (c === "none") return new PassThrough({ highWaterMark: 1 << 20 });
  const range = LEVELS[c];
  if (!Number.isInteger(level) || level < range.min || level > range.max) {
    throw new RangeError(
      `${c} level must be a whole number from ${range.min} to ${range.max}, got ${level}`
    );
  }
  return new ChunkedCompressor({
    codec: c === "gzip" ? "deflate" : "zstd",
    level,
    chunkSize: CHUNK_SIZE[c],
    pool
  });
}

// src/merge-refs.ts
function parseMergeRefs(value, target) {
  const refs = [];
  for (const raw of value.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([^@]+)@(sha256:[0-9a-f]{64})$/.exec(raw);
    if (!m) {
      throw new InputError("merge", `${quoteValue(raw)} is not <image>@sha256:<64 hex digits>.`);
    }
    const image = parseImageName(m[1], "merge");
    if (target && image.registry !== target.registry) {
      throw new InputError(
        "merge",
        `${quoteValue(raw)} is not in ${target.registry}; images are merged only within one registry.`
      );
    }
    refs.push({ image, digest: m[2] });
  }
  return refs;
}

// src/supply/provenance.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";
var BUILD_TYPE = "https://github.com/org/nixery-action/blob/main/README.md#provenance-v1";
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
function parseProvenanceMode(value, input) {
  const v = value.trim() || "auto";
  if (v === "auto" || v === "true" || v === "false") return v;
  throw new InputError(
    input,
    `${quoteValue(v)} is not allowed; use auto (sign when the job may ask for an OIDC token), true or false.`
  );
}
function oidcAvailable(env) {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function imageSubject(imageName, digest) {
  return { name: imageName, digest: { sha256: digest.replace(/^sha256:/, "") } };
}
function provenancePredicate(o) {
  const env = o.env;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  const dependencies = [sourceDependency(o.pkgSource, o.source)];
  if (env.GITHUB_ACTION_REPOSITORY) {
    const ref = env.GITHUB_ACTION_REF;
    dependencies.push({
      name: "nixery-action",
      uri: `git+${server}/${env.GITHUB_ACTION_REPOSITORY}${ref ? `@${ref}` : ""}`,
      ...ref && /^[0-9a-f]{40}$/.test(ref) ? { digest: { gitCommit: ref } } : {}
    });
  }
  if (repository && env.GITHUB_SHA) {
    dependencies.push({
      name: "workflow",
      uri: `git+${server}/${repository}${env.GITHUB_REF ? `@${env.GITHUB_REF}` : ""}`,
      digest: { gitCommit: env.GITHUB_SHA }
    });
  }
  const workflowRef = env.GITHUB_WORKFLOW_REF;
  const runId = env.GITHUB_RUN_ID;
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters: {
        inputs: sortedRecord(o.inputs),
        ...workflowRef ? { workflow: workflowFromRef(workflowRef) } : {}
      },
      internalParameters: {
        system: o.system,
        github: pick(env, [
          "GITHUB_EVENT_NAME",
          "GITHUB_REPOSITORY_ID",
          "GITHUB_REPOSITORY_OWNER_ID",
          "RUNNER_ENVIRONMENT"
        ])
      },
      resolvedDependencies: dependencies
    },
    runDetails: {
      builder: { id: workflowRef ? `${server}/${workflowRef}` : `${server}/${repository ?? ""}` },
      metadata: {
        ...repository && runId ? {
          invocationId: `${server}/${repository}/actions/runs/${runId}/attempts/${env.GITHUB_RUN_ATTEMPT ?? "1"}`
        } : {}
      }
    }
  };
}
function sourceDependency(pkgSource, source) {
  const digest = {};
  if (source.rev && /^[0-9a-f]{40}$/.test(source.rev)) digest.gitCommit = source.rev;
  const annotations = sortedRecord(source);
  const uri = source.kind === "git" && source.url ? `git+${source.url}${source.rev ? `@${source.rev}` : ""}` : source.kind === "nixpkgs" && source.url ? source.url : source.kind === "path" && source.dir ? `file://${source.dir}` : pkgSource;
  return {
    name: "pkg-source",
    uri,
    ...Object.keys(digest).length ? { digest } : {},
    annotations: { "pkg-source": pkgSource, ...annotations }
  };
}
function workflowFromRef(ref) {
  const at = ref.lastIndexOf("@");
  const [owner = "", repo = "", ...rest] = (at >= 0 ? ref.slice(0, at) : ref).split("/");
  return {
    ref: at >= 0 ? ref.slice(at + 1) : "",
    repository: `${owner}/${repo}`,
    path: rest.join("/")
  };
}
function pick(env, names) {
  const out = {};
  for (const n of names) if (env[n]) out[n.toLowerCase()] = env[n];
  return out;
}
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
async function signStatement(subject, predicateType, predicate) {
  const { attest } = await import("./attest-OUHBTIFG.js");
  const attestation = await attest({
    subjects: [subject],
    predicateType,
    predicate,
    token: "",
    skipWrite: true
  });
  return {
    bundle: attestation.bundle,
    certificate: attestation.certificate,
    ...attestation.tlogID ? { tlogId: attestation.tlogID } : {}
  };
}

export {
  parseImageName,
  validateTag,
  registryBaseUrl,
  DEFAULT_INSTALLER_URL,
  parseInstallMode,
  ensureNix,
  parseNixConf,
  nixConfigEnv,
  parseLayering,
  parseMaxLayers,
  planImageLayers,
  CompressionPool,
  LEVELS,
  parseCompression,
  parseCompressionLevel,
  layerMediaType,
  compressorId,
  compressor,
  imageTime,
  parseKeyValueLines,
  parseCreatedMode,
  createdTime,
  defaultLabels,
  mergeLabels,
  parseMergeRefs,
  SLSA_PROVENANCE_V1,
  CYCLONEDX_PREDICATE,
  BUNDLE_MEDIA_TYPE,
  parseProvenanceMode,
  oidcAvailable,
  imageSubject,
  provenancePredicate,
  signStatement
};
