import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  ensureNix,
  findNix
} from "./chunk-URIJUKQY.js";
import {
  DEFAULT_NIXPKGS_URL,
  formatPkgSource,
  needsFlakes,
  publicPkgSource
} from "./chunk-LTLYRGHH.js";
import {
  runCommand
} from "./chunk-JKIIM4SC.js";
import {
  withScratchDir
} from "./chunk-PQ6PYXBF.js";
import {
  createdTime,
  imageTime
} from "./chunk-RWP62CJ6.js";
import {
  publicUrl,
  redactUrls
} from "./chunk-ULNG2UPB.js";
import {
  CompressionPool,
  compressesOnThisThread,
  keepYoungGenerationSmall
} from "./chunk-6TQS7WJL.js";
import {
  tailLines
} from "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import {
  InputError,
  NixeryError,
  errorCode
} from "./chunk-FF3L7VQ6.js";
import {
  _enum,
  array,
  literal,
  object,
  record,
  string,
  union
} from "./chunk-SCPOQW4J.js";
import {
  sha256Hex
} from "./chunk-AO6NH4XT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BYYIYGSK.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/request/advice.ts
var INPUT_OF_CODE = {
  CA_FILE_OVER_HTTP: "ca-file",
  CA_FILE_UNREADABLE: "ca-file",
  CONCURRENCY_INVALID: "concurrency",
  INSTALLER_SHA256_INVALID: "nix-installer-sha256",
  INSTALLER_URL_INSECURE: "nix-installer-url",
  INSTALLER_URL_INVALID: "nix-installer-url",
  MAX_LAYERS_INVALID: "max-layers",
  NIX_BUILD_USERS: "nix-conf",
  MOUNT_FROM_INVALID: "mount-from",
  MOUNT_FROM_OTHER_REGISTRY: "mount-from",
  PLATFORM_UNKNOWN: "system",
  TIMEOUT_INVALID: "timeout"
};
var ADVICE_OF_CODE = {
  REGISTRY_TLS: ". If the registry's certificate comes from a private CA, give that CA with `ca-file`; for a self-signed registry you trust, set `insecure: true`",
  CONTENTS_CONFLICT: "; use max-layers 2 or more, so that the store paths get layers of their own",
  NIX_NOT_FOUND_NO_INSTALL: ". install-nix is false: install Nix in an earlier step, or set install-nix: auto to let this action install it",
  REGISTRY_NO_CREDENTIALS: ". Give the username and password inputs, or log in first with docker/login-action"
};
function withInputAdvice(err) {
  const code = errorCode(err);
  if (!code || !(err instanceof Error)) return err;
  const input = Object.hasOwn(INPUT_OF_CODE, code) ? INPUT_OF_CODE[code] : void 0;
  if (input) return Object.assign(new InputError(input, err.message), { cause: err });
  const advice = Object.hasOwn(ADVICE_OF_CODE, code) ? ADVICE_OF_CODE[code] : void 0;
  if (advice && !err.message.endsWith(advice)) err.message += advice;
  return err;
}

// src/pipeline/previous-manifest.ts
function previousManifestOf(client, tag) {
  let read;
  return () => read ??= tag ? client.getManifest(tag) : Promise.resolve(void 0);
}

// src/nix/conf.ts
function nixConfigEnv(lines, env = process.env) {
  if (lines.length === 0) return { ...env };
  const existing = env.NIX_CONFIG ?? "";
  const joined = lines.join("\n");
  return { ...env, NIX_CONFIG: existing.trim() === "" ? joined : `${existing}
${joined}` };
}

// src/nix/store-access.ts
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
var PROBE_SUBSTITUTER = "file:///nixery-action-trust-probe";
var PROBE_PATH_NAME = "00000000000000000000000000000000-nixery-action-probe";
async function readSettings(o, uid) {
  const fallback = {
    store: o.env.NIX_REMOTE || "auto",
    // Nix's own default: build users only when it runs as root.
    buildUsersGroup: uid === 0 ? "nixbld" : "",
    storeDir: o.env.NIX_STORE_DIR || "/nix/store"
  };
  let r;
  for (const command of [["show-config"], ["config", "show"]]) {
    r = await runCommand(
      join(o.binDir, "nix"),
      ["--extra-experimental-features", "nix-command", ...command, "--json"],
      { env: o.env, log: o.log }
    ).catch(() => void 0);
    if (r?.code === 0) break;
  }
  if (!r || r.code !== 0) return fallback;
  try {
    const json = JSON.parse(r.stdout);
    const str = (name, def) => {
      const v = json[name]?.value;
      return typeof v === "string" ? v : def;
    };
    return {
      store: str("store", fallback.store),
      buildUsersGroup: str("build-users-group", fallback.buildUsersGroup),
      storeDir: str("store-dir", fallback.storeDir)
    };
  } catch {
    return fallback;
  }
}
function writable(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
async function groupExists(name, log) {
  const r = await runCommand("getent", ["group", name], { log }).catch(() => void 0);
  if (r) return r.code === 0;
  try {
    return readFileSync("/etc/group", "utf8").split("\n").some((line) => line.split(":")[0] === name);
  } catch {
    return false;
  }
}
var DAEMON_ADVICE = "Install multi-user Nix (the official installer with --daemon, or let this action install Nix on a fresh runner; on Debian/Ubuntu: apt-get install nix-setup-systemd and add this user to the nix-users group), or run the job as root";
function autoStore(env, uid, user) {
  const stateDir = env.NIX_STATE_DIR || "/nix/var/nix";
  const socket = env.NIX_DAEMON_SOCKET_PATH || join(stateDir, "daemon-socket", "socket");
  if (writable(stateDir)) return "local";
  if (existsSync(socket)) return "daemon";
  if (uid === 0) return "local";
  if (!existsSync(stateDir)) {
    throw new NixeryError(
      `Nix cannot reach a Nix store: ${stateDir} does not exist, no nix-daemon socket is at ${socket}, and user ${user} is not root, so Nix would quietly build in a private chroot store under ~/.local/share/nix/root whose paths are not under /nix/store. ${DAEMON_ADVICE}.`,
      "NIX_NO_STORE"
    );
  }
  throw new NixeryError(
    `Nix cannot reach the Nix store: ${stateDir} is not writable by user ${user} and no nix-daemon socket is at ${socket}. Start the nix-daemon (systemctl start nix-daemon, or nix-daemon.socket), or: ${DAEMON_ADVICE}.`,
    "NIX_NO_STORE"
  );
}
function storeKind(store, env, uid, user) {
  if (store === "" || store === "auto") return autoStore(env, uid, user);
  if (store === "daemon" || store.startsWith("unix://")) {
    const stateDir = env.NIX_STATE_DIR || "/nix/var/nix";
    const socket = store.startsWith("unix://") ? store.slice("unix://".length).split("?")[0] : env.NIX_DAEMON_SOCKET_PATH || join(stateDir, "daemon-socket", "socket");
    if (!existsSync(socket)) {
      throw new NixeryError(
        `Nix is set to use the nix-daemon (store = ${store}), but no socket is at ${socket}. Start the nix-daemon (systemctl start nix-daemon), or unset NIX_REMOTE.`,
        "NIX_NO_STORE"
      );
    }
    return "daemon";
  }
  if (store === "local" || store.startsWith("local?")) return "local";
  return "other";
}
async function probeDaemon(o, storeDir) {
  const env = { ...o.env };
  env.NIX_CONFIG = `${env.NIX_CONFIG ?? ""}
extra-substituters = ${PROBE_SUBSTITUTER}`;
  const r = await runCommand(
    join(o.binDir, "nix-store"),
    ["--check-validity", "--print-invalid", `${storeDir}/${PROBE_PATH_NAME}`],
    { env, log: o.log }
  );
  if (r.code !== 0) {
    throw new NixeryError(
      `Nix cannot talk to the nix-daemon (nix-store exited with ${r.code}):
${tailLines(r.stderr)}`,
      "NIX_NO_STORE"
    );
  }
  const substituters = [...r.stderr.matchAll(/ignoring untrusted substituter '([^']*)'/g)].map(
    (m) => m[1]
  );
  const settings = [
    ...r.stderr.matchAll(/ignoring the (?:client|user)-specified setting '([^']*)'/gi)
  ].map((m) => m[1]);
  return {
    trusted: !substituters.includes(PROBE_SUBSTITUTER) && settings.length === 0,
    ignoredSubstituters: [...new Set(substituters.filter((s) => s !== PROBE_SUBSTITUTER))],
    ignoredSettings: [...new Set(settings)]
  };
}
function confKey(line) {
  return line.slice(0, line.indexOf("=")).trim();
}
async function checkStoreAccess(o) {
  const uid = process.getuid?.() ?? 0;
  const user = userInfo().username;
  const settings = await readSettings(o, uid);
  const kind = storeKind(settings.store, o.env, uid, user);
  const access2 = {
    kind,
    store: settings.store,
    user,
    trusted: true,
    ignoredSubstituters: [],
    ignoredSettings: [],
    extraConf: []
  };
  if (kind === "local" && uid === 0 && settings.buildUsersGroup !== "") {
    const group = settings.buildUsersGroup;
    if (!await groupExists(group, o.log)) {
      if (o.userConf.some((l) => confKey(l) === "build-users-group")) {
        throw new NixeryError(
          `build-users-group = ${group} names a group that does not exist. Create the group and its build users, or write "build-users-group =" to build as root.`,
          "NIX_BUILD_USERS"
        );
      }
      access2.extraConf.push("build-users-group =");
      o.log.info(
        `Nix runs as root without a daemon and its build-users-group '${group}' does not exist: this action's Nix runs use 'build-users-group =' and build as root. For build users, create the group '${group}' and its members (as the multi-user Nix installer does).`
      );
    }
  }
  if (kind === "daemon") Object.assign(access2, await probeDaemon(o, settings.storeDir));
  const userKeys = new Set(o.userConf.map(confKey));
  const ignoredUserSettings = access2.ignoredSettings.filter((k) => userKeys.has(k));
  if (access2.ignoredSubstituters.length > 0 || ignoredUserSettings.length > 0) {
    const what = [
      ...access2.ignoredSubstituters.map((s) => `substituter ${s}`),
      ...ignoredUserSettings.map((k) => `setting ${k}`)
    ].join(", ");
    o.log.warning(
      `The nix-daemon ignores ${what}: user ${user} is not trusted. Add ${user} to trusted-users in the daemon's nix.conf ("trusted-users = root ${user}"), or the substituters to its trusted-substituters, and restart the daemon.`
    );
  }
  return access2;
}

// src/nix/remote.ts
import { access, constants as constants2 } from "node:fs/promises";
async function readable(file, what) {
  try {
    await access(file, constants2.R_OK);
  } catch {
    throw new NixeryError(`The ${what} ${file} cannot be read`, "REMOTE_BUILD_FILE_MISSING");
  }
}
async function remoteBuildEnv(files, env) {
  const opts = [];
  if (files.sshKey) {
    await readable(files.sshKey, "ssh key file");
    opts.push("-i", files.sshKey, "-o", "IdentitiesOnly=yes");
  }
  if (files.knownHosts) {
    await readable(files.knownHosts, "known_hosts file");
    opts.push("-o", `UserKnownHostsFile=${files.knownHosts}`, "-o", "StrictHostKeyChecking=yes");
  }
  if (opts.length === 0) return env;
  const existing = env.NIX_SSHOPTS?.trim();
  return { ...env, NIX_SSHOPTS: [...existing ? [existing] : [], ...opts].join(" ") };
}

// src/nix/build.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/nix/closure.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
var pathsPerQuery = 500;
function parseDumpDb(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const infos = [];
  let i = 0;
  const next = (what) => {
    const line = lines[i++];
    if (line === void 0) throw dumpDbError(`ended where ${what} was expected`);
    return line;
  };
  while (i < lines.length) {
    const path = next("a store path");
    if (!path.startsWith("/"))
      throw dumpDbError(`expected a store path, got ${JSON.stringify(path)}`);
    const hash = next("a NAR hash");
    if (!/^[0-9a-f]{64}$/.test(hash)) throw dumpDbError(`bad NAR hash for ${path}`);
    const size = next("a NAR size");
    if (!/^\d+$/.test(size)) throw dumpDbError(`bad NAR size for ${path}`);
    next("a deriver");
    const count = next("a reference count");
    if (!/^\d+$/.test(count)) throw dumpDbError(`bad reference count for ${path}`);
    const refs = /* @__PURE__ */ new Set();
    for (let n = Number(count); n > 0; n--) {
      const ref = next("a reference");
      if (!ref.startsWith("/")) throw dumpDbError(`bad reference of ${path}`);
      if (ref !== path) refs.add(ref);
    }
    infos.push({
      path,
      references: [...refs].sort(),
      narSize: Number(size),
      narHash: `sha256:${hash}`
    });
  }
  return infos;
}
function dumpDbError(detail) {
  return new NixeryError(
    `Unexpected output from nix-store --dump-db: ${detail}`,
    "NIX_QUERY_FAILED"
  );
}
async function nixStore(args, log) {
  const result = await runCommand("nix-store", args, { log });
  if (result.code !== 0) {
    throw new NixeryError(
      `nix-store ${args[0]} failed (exit ${result.code}):
${tailLines(result.stderr)}`,
      "NIX_QUERY_FAILED"
    );
  }
  return result.stdout;
}
async function readClosure(roots, log) {
  if (roots.length === 0) return { roots: [], paths: [] };
  const requisites = (await nixStore(["--query", "--requisites", ...roots], log)).split("\n").filter((l) => l !== "");
  const unique = [...new Set(requisites)].sort();
  const infos = [];
  for (let start = 0; start < unique.length; start += pathsPerQuery) {
    const slice = unique.slice(start, start + pathsPerQuery);
    infos.push(...parseDumpDb(await nixStore(["--dump-db", ...slice], log)));
  }
  infos.sort(byPath);
  const got = infos.map((p) => p.path);
  if (got.length !== unique.length || got.some((p, k) => p !== unique[k])) {
    throw dumpDbError("it did not describe exactly the paths asked for");
  }
  return { roots: [...roots], paths: infos };
}
function narHashHex(text) {
  if (typeof text !== "string") return void 0;
  if (/^sha256:[0-9a-f]{64}$/.test(text)) return text;
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (!sri) return void 0;
  const bytes = Buffer.from(sri[1], "base64");
  return bytes.length === 32 ? `sha256:${bytes.toString("hex")}` : void 0;
}
var isStorePath = (p) => typeof p === "string" && p.startsWith("/") && !p.includes("\n");
function parsePathInfo(text, roots) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  const entries = Array.isArray(json) ? json.map((e) => [e?.path, e]) : json !== null && typeof json === "object" ? Object.entries(json) : [];
  if (entries.length === 0) return void 0;
  const infos = [];
  for (const [path, entry] of entries) {
    if (!isStorePath(path) || entry === null || typeof entry !== "object") return void 0;
    const { narHash, narSize, references, valid } = entry;
    const hash = narHashHex(narHash);
    if (valid === false || hash === void 0) return void 0;
    if (typeof narSize !== "number" || !Number.isSafeInteger(narSize) || narSize < 0) {
      return void 0;
    }
    if (!Array.isArray(references) || !references.every(isStorePath)) return void 0;
    const refs = [...new Set(references.filter((r) => r !== path))].sort();
    infos.push({ path, references: refs, narSize, narHash: hash });
  }
  infos.sort(byPath);
  const known = new Set(infos.map((p) => p.path));
  if (known.size !== infos.length) return void 0;
  if (!roots.every((r) => known.has(r))) return void 0;
  if (!infos.every((p) => p.references.every((r) => known.has(r)))) return void 0;
  return infos;
}
async function readValidClosure(roots, env, log) {
  if (roots.length === 0) return { roots: [], paths: [] };
  if (roots.length > pathsPerQuery) return void 0;
  const result = await runCommand(
    "nix",
    [
      "--extra-experimental-features",
      "nix-command",
      "path-info",
      "--json",
      "--recursive",
      "--option",
      "substitute",
      "false",
      "--",
      ...roots
    ],
    { env, log }
  );
  if (result.code !== 0) return void 0;
  const paths = parsePathInfo(result.stdout, roots);
  return paths && { roots: [...roots], paths };
}

// src/nix/lock.ts
import { readFile } from "node:fs/promises";
function lockError(file, message) {
  return new NixeryError(`${file}: ${message}`, "FLAKE_LOCK_INVALID");
}
function nodeOf(nodes, rootName, path, file, depth = 0) {
  if (depth > 32) throw lockError(file, `the input ${path.join("/")} follows itself`);
  let current = rootName;
  for (const [i, name] of path.entries()) {
    const target = nodes[current]?.inputs?.[name];
    const here = path.slice(0, i + 1).join("/");
    if (target === void 0) {
      const known = Object.keys(nodes[current]?.inputs ?? {}).sort();
      throw lockError(
        file,
        `has no input ${here}${known.length ? ` (inputs: ${known.join(", ")})` : ""}`
      );
    }
    current = Array.isArray(target) ? nodeOf(nodes, rootName, target, file, depth + 1) : target;
  }
  return current;
}
async function readLockedInput(file, input) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new NixeryError(
      `Cannot read the flake lock file ${file}: ${err.message}`,
      "FLAKE_LOCK_MISSING"
    );
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw lockError(file, "is not JSON");
  }
  if (typeof doc.version !== "number" || doc.version < 5 || doc.version > 7) {
    throw lockError(file, `has lock file version ${String(doc.version)}; versions 5 to 7 are read`);
  }
  if (typeof doc.root !== "string" || typeof doc.nodes !== "object" || doc.nodes === null) {
    throw lockError(file, "has no root node");
  }
  const nodes = doc.nodes;
  const name = nodeOf(nodes, doc.root, input.split("/"), file);
  const locked = nodes[name]?.locked;
  if (!locked || typeof locked.type !== "string") {
    throw lockError(file, `the input ${input} has no locked source`);
  }
  const attrs = {};
  for (const [key, value] of Object.entries(locked)) {
    if (["string", "number", "boolean"].includes(typeof value)) {
      attrs[key] = value;
    }
  }
  if (typeof attrs.narHash !== "string") {
    throw lockError(file, `the input ${input} is locked without a narHash`);
  }
  return { input, locked: attrs };
}

// src/nix/problems.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var packageProblemSchema = object({
  name: string(),
  problem: _enum(["missing", "throws", "unfree", "broken", "unsupported", "insecure", "eval"]),
  /** The derivation's name (`openssl-1.1.1w`), which permittedInsecurePackages lists. */
  drvName: string().optional(),
  licenses: array(string()).optional(),
  vulnerabilities: array(string()).optional(),
  platforms: array(string()).optional(),
  system: string().optional(),
  /** Names beside a missing one (same parent, same first letter). */
  suggestions: array(string()).optional(),
  /** Nix's own error, read by evaluating the name on its own. */
  message: string().optional()
});
var MAX_SUGGESTIONS = 3;
function closestNames(name, candidates) {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return candidates.filter((c) => c !== name).map((c) => ({ c, d: (0, import_fastest_levenshtein.distance)(wanted, c.toLowerCase()) })).filter(({ c, d }) => d <= limit || c.toLowerCase().startsWith(wanted)).sort((a, b) => a.d - b.d || a.c.localeCompare(b.c)).slice(0, MAX_SUGGESTIONS).map(({ c }) => c);
}
var config = (json) => `nixpkgs-config: '${json}'`;
function describeProblem(p) {
  const pkg = p.drvName && p.drvName !== p.name ? `${p.name} (${p.drvName})` : p.name;
  const nixSays = p.message ? `: ${p.message.replace(/\n+/g, " / ")}` : "";
  switch (p.problem) {
    case "missing": {
      const near = closestNames(p.name, p.suggestions ?? []);
      return `${p.name}: not found${near.length ? `; did you mean: ${near.join(", ")}?` : ""}`;
    }
    case "unfree":
      return `${pkg}: has an unfree license (${(p.licenses ?? []).join(", ") || "unfree"}); allow unfree packages with ${config('{"allowUnfree": true}')}`;
    case "broken":
      return `${pkg}: is marked as broken in the package set; build it anyway with ${config('{"allowBroken": true}')}`;
    case "unsupported":
      return `${pkg}: is not available on ${p.system ?? "this system"}${p.platforms?.length ? ` (its platforms: ${p.platforms.slice(0, 8).join(", ")}${p.platforms.length > 8 ? ", \u2026" : ""})` : ""}; choose another system, or try it anyway with ${config('{"allowUnsupportedSystem": true}')}`;
    case "insecure":
      return `${pkg}: is marked as insecure, known vulnerabilities: ${(p.vulnerabilities ?? []).join("; ")}; if you accept them, permit it with ${config(JSON.stringify({ permittedInsecurePackages: [p.drvName ?? p.name] }))}`;
    case "throws":
      return `${p.name}: was removed or renamed in the package set${nixSays || " (it throws when evaluated)"}`;
    case "eval":
      return `${pkg}: does not evaluate${nixSays}`;
  }
}
function describeProblems(problems) {
  const plain = problems.every(
    (p) => p.problem === "missing" && closestNames(p.name, p.suggestions ?? []).length === 0
  );
  if (plain) return `Could not find Nix packages: ${problems.map((p) => p.name).join(", ")}`;
  return [
    `Nix packages cannot be built from this package source (${problems.length}):`,
    ...problems.map((p) => `- ${describeProblem(p)}`)
  ].join("\n");
}

// src/nix/build.ts
var PackagesNotFoundError = class extends NixeryError {
  constructor(problems) {
    const allMissing = problems.every((p) => p.problem === "missing");
    super(describeProblems(problems), allMissing ? "PACKAGES_NOT_FOUND" : "PACKAGES_UNAVAILABLE");
    this.problems = problems;
    this.names = problems.map((p) => p.name);
    this.name = "PackagesNotFoundError";
  }
  problems;
  names;
};
var NixBuildError = class extends NixeryError {
  constructor(message, logTail) {
    super(`${message}
${logTail}`, "NIX_BUILD_FAILED");
    this.logTail = logTail;
    this.name = "NixBuildError";
  }
  logTail;
};
var expressionFile = "build-registry-image.nix";
function expressionPath() {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join2(here, "..", "nix", expressionFile),
    join2(here, "..", "..", "nix", expressionFile)
  ];
  const found = candidates.find((p) => existsSync2(p));
  if (!found) {
    throw new NixeryError(
      `Cannot find nix/${expressionFile} (looked at ${candidates.join(", ")})`,
      "NIX_EXPRESSION_MISSING"
    );
  }
  return found;
}
var packageSchema = object({
  name: string(),
  attrPath: string(),
  drvPath: string().startsWith("/"),
  outputPath: string().startsWith("/"),
  outputName: string().min(1),
  pname: string().optional(),
  version: string().optional(),
  licenses: array(string()).optional()
});
var evaluationSchema = union([
  object({ error: literal("unavailable"), pkgs: array(packageProblemSchema) }),
  object({
    packages: array(packageSchema),
    contents: array(packageSchema),
    source: record(string(), string()),
    sourceTrees: array(string().startsWith("/")),
    system: string()
  })
]);
var silentLogger = {
  info: () => {
  },
  debug: () => {
  },
  warning: () => {
  },
  group: (_name, fn) => fn()
};
function sourceForNix(source) {
  if (source.kind === "path") return { kind: "path", dir: resolve(source.dir) };
  if (source.kind === "flake" && /^\.\.?(\/|$)/.test(source.ref)) {
    return { kind: "flake", ref: resolve(source.ref) };
  }
  return source;
}
var FLAKE_ARGS = ["--option", "extra-experimental-features", "nix-command flakes"];
function pinnedFlakeRef(ref, narHash) {
  if (!narHash || /[?&]narHash=/.test(ref)) return ref;
  if (!/^(https?:|file:|tarball\+)/.test(ref) || ref.startsWith("file+")) return ref;
  return `${ref}${ref.includes("?") ? "&" : "?"}narHash=${encodeURIComponent(narHash)}`;
}
function describeSource(source, nixpkgsUrl) {
  const text = publicPkgSource(source);
  return source.kind === "nixpkgs" ? `${text} (${publicUrl(nixpkgsUrl.replaceAll("{ref}", source.ref))})` : text;
}
async function expressionArgs(req, source) {
  const args = [
    ...needsFlakes(source) ? FLAKE_ARGS : [],
    "--eval",
    "--strict",
    "--json",
    // Evaluating drvPath writes .drv files to the store.
    "--read-write-mode",
    expressionPath(),
    "--argstr",
    "packages",
    JSON.stringify(req.packages),
    "--argstr",
    "contents",
    JSON.stringify(req.contents),
    "--argstr",
    "pkgSource",
    formatPkgSource(
      source.kind === "flake" ? { kind: "flake", ref: pinnedFlakeRef(source.ref, req.sourceNarHash) } : source
    ),
    "--argstr",
    "nixpkgsConfig",
    JSON.stringify(req.nixpkgsConfig ?? {})
  ];
  if (req.system) args.push("--argstr", "system", req.system);
  if (req.nixpkgsUrl) args.push("--argstr", "nixpkgsUrl", req.nixpkgsUrl);
  if (req.sourceNarHash && source.kind === "nixpkgs") {
    args.push("--argstr", "sourceNarHash", req.sourceNarHash);
  }
  if (source.kind === "lock") {
    const lock = await readLockedInput(req.flakeLock ?? resolve("flake.lock"), source.input);
    args.push("--argstr", "lockedInput", JSON.stringify(lock.locked));
  }
  return args;
}
async function evaluate(req, log) {
  const source = sourceForNix(req.pkgSource);
  const args = await expressionArgs(req, source);
  const result = await runCommand("nix-instantiate", args, {
    env: req.env,
    log,
    onStderrLine: (l) => log.debug(redactUrls(l))
  });
  const tried = describeSource(source, req.nixpkgsUrl ?? DEFAULT_NIXPKGS_URL);
  if (result.code !== 0) {
    const errors = redactUrls(tailLines(result.stderr.replace(/^\(use '--show-trace'.*\)$/gm, "")));
    throw new NixeryError(
      `Could not evaluate packages from ${tried}:
${errors}`,
      "NIX_EVAL_FAILED"
    );
  }
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new NixeryError(`nix-instantiate printed no JSON for ${tried}`, "NIX_EVAL_FAILED");
  }
  const parsed = evaluationSchema.safeParse(json);
  if (!parsed.success) {
    throw new NixeryError(
      `Unexpected result from ${expressionFile} for ${tried}: ${parsed.error.message}`,
      "NIX_EVAL_FAILED"
    );
  }
  if (source.kind === "flake" && "source" in parsed.data) parsed.data.source.ref = source.ref;
  return parsed.data;
}
var MAX_PROBES = 8;
async function probeMessage(req, name, log) {
  const source = sourceForNix(req.pkgSource);
  const args = [...await expressionArgs(req, source), "--argstr", "probe", name];
  const result = await runCommand("nix-instantiate", args, { env: req.env, log });
  if (result.code === 0) return "";
  return nixErrorText(result.stderr);
}
function nixErrorText(stderr) {
  const lines = stderr.replace(/^\(use '--show-trace'.*\)$/gm, "").split("\n").filter((l) => !/^warning: /.test(l));
  const start = lines.findIndex((l) => /^error:/.test(l));
  const message = (start < 0 ? lines : lines.slice(start)).map((l) => l.trimEnd());
  const end = message.findIndex((l, i) => i > 0 && /^\s*(at |… )/.test(l));
  const kept = (end < 0 ? message : message.slice(0, end)).filter((l) => l.trim() !== "");
  return kept.slice(0, 8).join("\n").replace(/^error:\s*/, "").trim();
}
async function withMessages(req, problems, log) {
  const probed = problems.filter((p) => p.problem === "throws" || p.problem === "eval");
  const messages = /* @__PURE__ */ new Map();
  for (const p of probed.slice(0, MAX_PROBES)) {
    messages.set(p.name, await probeMessage(req, p.name, log));
  }
  return problems.map((p) => messages.has(p.name) ? { ...p, message: messages.get(p.name) } : p);
}
var addRootWarning = /you did not specify '--add-root'/;
async function realise(targets, env, log) {
  if (targets.length === 0) return;
  const result = await runCommand("nix-store", ["--realise", ...targets], {
    env,
    log,
    // Builds can take long: show their log as it comes.
    onStderrLine: (line) => {
      if (!addRootWarning.test(line)) log.info(redactUrls(line));
    }
  });
  if (result.code !== 0) {
    throw new NixBuildError(
      `Nix could not build the packages (nix-store exited with ${result.code}); the end of its log:`,
      redactUrls(tailLines(result.stderr))
    );
  }
}
var toResolved = (p) => ({
  name: p.name,
  attrPath: p.attrPath,
  outPath: p.outputPath,
  ...p.pname !== void 0 ? { pname: p.pname } : {},
  ...p.version !== void 0 ? { version: p.version } : {},
  ...p.licenses && p.licenses.length > 0 ? { licenses: p.licenses } : {}
});
async function evaluatePackages(req) {
  const log = req.log ?? silentLogger;
  const evaluation = await evaluate(req, log);
  if ("error" in evaluation) {
    throw new PackagesNotFoundError(await withMessages(req, evaluation.pkgs, log));
  }
  const all = [...evaluation.packages, ...evaluation.contents];
  for (const p of all) log.info(`${p.name} \u2192 ${p.attrPath} (${p.outputPath})`);
  return {
    packages: evaluation.packages.map(toResolved),
    contents: evaluation.contents.map(toResolved),
    // drv!output builds (or substitutes) only the output the image uses, not docs or headers.
    targets: [...new Set(all.map((p) => `${p.drvPath}!${p.outputName}`))].sort(),
    source: evaluation.source,
    sourceTrees: [...new Set(evaluation.sourceTrees)].sort(),
    system: evaluation.system
  };
}
async function outputsValid(evaluated, req) {
  const outputs = [
    ...new Set([...evaluated.packages, ...evaluated.contents].map((p) => p.outPath))
  ];
  if (outputs.length === 0) return true;
  const result = await runCommand("nix-store", ["--check-validity", ...outputs], {
    env: req.env,
    log: req.log
  });
  return result.code === 0;
}
async function realisePackages(evaluated, req) {
  const log = req.log ?? silentLogger;
  const roots = [...new Set([...evaluated.packages, ...evaluated.contents].map((p) => p.outPath))];
  let closure = await readValidClosure(roots, req.env, log);
  if (!closure) {
    await realise(evaluated.targets, req.env, log);
    closure = await readClosure(roots, log);
  }
  return {
    packages: evaluated.packages,
    contents: evaluated.contents,
    closure,
    source: evaluated.source,
    sourceTrees: evaluated.sourceTrees,
    system: evaluated.system
  };
}

// src/cache/key.ts
var prefix = "nixery-store-v2";
var hashLength = 16;
var systemPattern = /^[A-Za-z0-9_.-]{1,64}$/;
function shortHash(value) {
  return sha256Hex(JSON.stringify(value)).slice(0, hashLength);
}
var sorted = (names = []) => [...new Set(names)].sort();
function prefixes(scope) {
  if (!systemPattern.test(scope.system)) {
    throw new NixeryError(
      `Store cache key: system ${JSON.stringify(scope.system)} must be 1 to 64 letters, digits, '_', '.' or '-'`,
      "CACHE_KEY_INVALID"
    );
  }
  if (scope.source === "") {
    throw new NixeryError("Store cache key: the package source is empty", "CACHE_KEY_INVALID");
  }
  const request = `${prefix}-${scope.system}-${shortHash([sorted(scope.packages), sorted(scope.contents), scope.suffix ?? ""])}-`;
  return { request, source: `${request}${shortHash(scope.source)}-` };
}
function storeCacheLookup(scope) {
  const { request, source } = prefixes(scope);
  return { key: source, restoreKeys: [source, request] };
}
function storeCacheKey(scope, resolved) {
  const lookup = storeCacheLookup(scope);
  return {
    key: `${lookup.key}${shortHash([resolved.pin, sorted(resolved.targets)])}`,
    restoreKeys: lookup.restoreKeys
  };
}

// src/cache/available.ts
function cacheServiceMayBeThere(env = process.env) {
  return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}

// src/cache/source-pin.ts
import { mkdir, mkdtemp, readFile as readFile2, rename, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { dirname as dirname2, join as join3 } from "node:path";
var PIN_NAME = "nixery-source-pin.json";
var pinSchema = object({
  version: literal(1),
  source: string(),
  narHash: string().min(1),
  resolvedAt: string()
});
var DEFAULT_TARBALL_TTL = 3600;
var immutable = (source) => /(^|[^0-9a-f])[0-9a-f]{40}($|[^0-9a-f])/.test(source);
function tarballTtl(confLines) {
  let ttl = DEFAULT_TARBALL_TTL;
  for (const line of confLines) {
    const m = /^tarball-ttl\s*=\s*(\d+)\s*$/.exec(line);
    if (m) ttl = Number(m[1]);
  }
  return ttl;
}
async function reusablePin(paths, source, ttlSeconds, log, now = Date.now()) {
  const file = paths?.find((p) => p.endsWith(`-${PIN_NAME}`));
  if (!file) return void 0;
  let pin;
  try {
    pin = pinSchema.parse(JSON.parse(await readFile2(file, "utf8")));
  } catch (err) {
    log.warning(`Ignoring the source pin ${file}: ${err.message}`);
    return void 0;
  }
  if (pin.source !== source) return void 0;
  const age = (now - Date.parse(pin.resolvedAt)) / 1e3;
  if (!immutable(source) && !(age >= 0 && age < ttlSeconds)) {
    log.info(
      `The cached tree of ${source} was resolved ${Math.round(age)} s ago, longer than tarball-ttl (${ttlSeconds} s): fetching it again.`
    );
    return void 0;
  }
  log.info(`Using the cached tree of ${source} (${pin.narHash}): nothing to download.`);
  return pin;
}
async function narHashOf(path, log) {
  const r = await runCommand("nix-store", ["--query", "--hash", path], { log });
  if (r.code !== 0) {
    throw new NixeryError(
      `nix-store --query --hash ${path} failed:
${tailLines(r.stderr)}`,
      "NIX_STORE_FAILED"
    );
  }
  return r.stdout.trim();
}
async function addPin(pin, log) {
  const dir = await mkdtemp(join3(tmpdir(), "nixery-pin-"));
  try {
    const file = join3(dir, PIN_NAME);
    await writeFile(file, JSON.stringify({ version: 1, ...pin }));
    const r = await runCommand("nix-store", ["--add", file], { log });
    if (r.code !== 0) {
      throw new NixeryError(`nix-store --add failed:
${tailLines(r.stderr)}`, "NIX_STORE_FAILED");
    }
    return r.stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
var localPinSchema = pinSchema.extend({ tree: string().startsWith("/") });
function localPinFile(source, env = process.env) {
  const cache = env.XDG_CACHE_HOME || join3(env.HOME || homedir(), ".cache");
  const name = sha256Hex(source).slice(0, 32);
  return join3(cache, "nixery-action", "source-pins", `${name}.json`);
}
async function saveLocalPin(pin, tree, log, env = process.env) {
  const file = localPinFile(pin.source, env);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname2(file), { recursive: true, mode: 448 });
    await writeFile(temp, JSON.stringify({ version: 1, ...pin, tree }), { mode: 384 });
    await rename(temp, file);
  } catch (err) {
    log.debug(`Could not record the source pin in ${file}: ${err.message}`);
    await rm(temp, { force: true });
  }
}
async function readLocalPin(source, ttlSeconds, log, env = process.env, now = Date.now()) {
  const file = localPinFile(source, env);
  let record2;
  try {
    record2 = JSON.parse(await readFile2(file, "utf8"));
  } catch {
    return void 0;
  }
  const parsed = localPinSchema.safeParse(record2);
  if (!parsed.success || parsed.data.source !== source) return void 0;
  const { tree, ...pin } = parsed.data;
  const age = (now - Date.parse(pin.resolvedAt)) / 1e3;
  if (!immutable(source) && !(age >= 0 && age < ttlSeconds)) return void 0;
  const valid = await runCommand("nix-store", ["--check-validity", tree], { log });
  if (valid.code !== 0) return void 0;
  log.info(`Using this runner's tree of ${source} (${pin.narHash}).`);
  return pin;
}

// src/pipeline/steps/nix.ts
function requireFlakeSupport(version, source) {
  const [major = 0, minor = 0] = version.split(".").map((n) => Number.parseInt(n, 10));
  if (major < 2 || major === 2 && minor < 4) {
    throw new NixeryError(
      `${source} needs Nix 2.4 or later (flakes); this is Nix ${version}. Use a newer Nix, or a nixpkgs! or git! source.`,
      "NIX_TOO_OLD_FOR_FLAKES"
    );
  }
}
function nodeSystem() {
  const arch = { x64: "x86_64", arm64: "aarch64", ia32: "i686" }[process.arch];
  return `${arch ?? process.arch}-${process.platform}`;
}
function sourceText(req) {
  const text = formatPkgSource(req.pkgSource);
  return req.pkgSource.kind === "nixpkgs" ? `${text} ${req.nix.nixpkgsUrl}` : text;
}
async function runNixStep(req, log, unchanged) {
  const storeAccess = (binDir) => checkStoreAccess({
    binDir,
    env: nixConfigEnv(req.nix.conf, process.env),
    userConf: req.nix.conf,
    log
  });
  const present = req.nix.install === "true" ? void 0 : findNix();
  const early = present === void 0 ? void 0 : storeAccess(present);
  early?.catch(() => void 0);
  const nix = await ensureNix({
    mode: req.nix.install,
    installerUrl: req.nix.installerUrl,
    installerSha256: req.nix.installerSha256,
    log
  });
  log.info(`Nix ${nix.version} in ${nix.binDir}${nix.installed ? " (installed now)" : ""}`);
  if (needsFlakes(req.pkgSource)) requireFlakeSupport(nix.version, formatPkgSource(req.pkgSource));
  const access2 = await (early && nix.binDir === present ? early : storeAccess(nix.binDir));
  const env = await remoteBuildEnv(
    req.nix.remote,
    nixConfigEnv([...access2.extraConf, ...req.nix.conf], process.env)
  );
  const buildRequest = {
    packages: req.packages,
    contents: req.contents,
    pkgSource: req.pkgSource,
    system: req.system,
    nixpkgsUrl: req.nix.nixpkgsUrl,
    nixpkgsConfig: req.nix.nixpkgsConfig,
    flakeLock: req.nix.flakeLock,
    env,
    log
  };
  let scope;
  let restored;
  let pin;
  let evaluated;
  let checked = false;
  if (req.cache.enabled && storeCacheUsable(access2, log)) {
    scope = {
      system: req.system ?? nodeSystem(),
      packages: req.packages,
      contents: req.contents,
      source: sourceText(req),
      suffix: req.cache.keySuffix
    };
    const localPin = pinnable(req.pkgSource) && cacheServiceMayBeThere() ? await readLocalPin(scope.source, tarballTtl(req.nix.conf), log) : void 0;
    if ((!pinnable(req.pkgSource) || localPin) && cacheServiceMayBeThere()) {
      pin = localPin;
      evaluated = await evaluateWithPin(buildRequest, localPin, log);
      const found = await unchanged?.(evaluated);
      if (found !== void 0) return { kind: "unchanged", evaluated, found, cacheHit: false };
      checked = true;
      if (await outputsValid(evaluated, buildRequest)) {
        log.info("Every store path to build is already valid: the store cache is not restored.");
        restored = { hit: "none", imported: 0 };
      }
    }
    if (!restored) {
      let imported = [];
      restored = await restoreFromCache(
        storeCacheLookup(scope),
        log,
        { signingKey: req.cache.signingKey },
        (p) => imported = p
      );
      pin = await reusablePin(imported, scope.source, tarballTtl(req.nix.conf), log) ?? pin;
    }
  }
  evaluated ??= await evaluateWithPin(buildRequest, pin, log);
  let storeCache;
  if (scope && restored) {
    const key = storeCacheKey(scope, {
      pin: sourceIdentity(evaluated.source),
      targets: evaluated.targets
    });
    const hit = restored.key === void 0 ? "none" : restored.key === key.key ? "exact" : "partial";
    log.info(`Store cache key ${key.key}: ${hit === "exact" ? "restored exactly" : `${hit} hit`}.`);
    storeCache = {
      key,
      closure: [],
      restored: { hit, key: restored.key, imported: restored.imported }
    };
  }
  if (!checked) {
    const found = await unchanged?.(evaluated);
    const cacheHit = storeCache?.restored.hit === "exact";
    if (found !== void 0) return { kind: "unchanged", evaluated, found, cacheHit };
  }
  const built = await realisePackages(evaluated, buildRequest);
  if (storeCache) {
    const pinPath = await pinFor(req, evaluated, pin, log);
    storeCache.closure = [
      .../* @__PURE__ */ new Set([
        ...built.closure.paths.map((p) => p.path),
        ...evaluated.sourceTrees,
        ...pinPath ? [pinPath] : []
      ])
    ];
  }
  return {
    kind: "built",
    evaluated,
    built,
    cacheHit: storeCache?.restored.hit === "exact",
    storeCache
  };
}
async function restoreFromCache(...args) {
  if (!cacheServiceMayBeThere()) {
    args[1].info("The Actions cache service is not available: store paths are not restored.");
    return { hit: "none", imported: 0 };
  }
  const { restoreStorePaths } = await import("./store-cache-TYRNAETN.js");
  return restoreStorePaths(...args);
}
function storeCacheUsable(access2, log) {
  if (access2.trusted) return true;
  log.warning(
    `Store cache off: the nix-daemon does not trust user ${access2.user}, so it would refuse the cached store paths (it trusts no key of this cache). To use the cache, add ${access2.user} to trusted-users in the daemon's nix.conf ("trusted-users = root ${access2.user}") and restart the daemon.`
  );
  return false;
}
async function evaluateWithPin(req, pin, log) {
  if (!pin) return evaluatePackages(req);
  try {
    return await evaluatePackages({ ...req, sourceNarHash: pin.narHash });
  } catch (err) {
    if (errorCode(err) !== "NIX_EVAL_FAILED") throw err;
    log.warning(`Evaluation with the cached source pin failed; fetching the source again.`);
    return evaluatePackages(req);
  }
}
function pinnable(s) {
  return s.kind === "nixpkgs" || s.kind === "flake" && pinnedFlakeRef(s.ref, "x") !== s.ref;
}
async function pinFor(req, evaluated, reused, log) {
  if (!pinnable(req.pkgSource)) return void 0;
  const storePath = evaluated.source.storePath;
  const narHash = evaluated.source.narHash ?? (storePath ? await narHashOf(storePath, log) : void 0);
  if (!narHash) return void 0;
  const source = sourceText(req);
  const resolvedAt = reused && reused.narHash === narHash ? reused.resolvedAt : (/* @__PURE__ */ new Date()).toISOString();
  if (storePath) await saveLocalPin({ source, narHash, resolvedAt }, storePath, log);
  return addPin({ source, narHash, resolvedAt }, log);
}
function sourceIdentity(source) {
  return source.narHash ?? source.rev ?? source.storePath ?? source.dir ?? JSON.stringify(Object.entries(source).sort());
}

// src/pipeline/pipeline.ts
async function loadLaterSteps() {
  const [inputs, changes, localOutputs, pack, push, supply, unchanged] = await Promise.all([
    import("./image-inputs-IJVBWJ7C.js"),
    import("./changes-HYG5S4EN.js"),
    import("./local-outputs-ZZCIOLXY.js"),
    import("./pack-S3GC7S2C.js"),
    import("./push-QY6XZRQM.js"),
    import("./supply-FUHYRDIY.js"),
    import("./unchanged-RJ7J6REO.js")
  ]);
  return { ...inputs, ...changes, ...localOutputs, ...pack, ...push, ...supply, ...unchanged };
}
async function runPipeline(req, log, hooks = {}) {
  keepYoungGenerationSmall();
  return withScratchDir("nixery-action", async (workDir) => {
    const ctx = stepContext(req, log, hooks, workDir);
    let client;
    try {
      if (req.merge.length > 0 && req.image) {
        const [{ connectRegistry }, { runMergeStep }] = await Promise.all([
          import("./push-QY6XZRQM.js"),
          import("./merge-LSHOCPGO.js")
        ]);
        client = await connectRegistry(req, req.image, log, hooks.maskSecret);
        return await runMergeStep(ctx, req.image, client);
      }
      return await build(ctx, (c) => client = c);
    } catch (err) {
      throw withInputAdvice(err);
    } finally {
      await Promise.all([client?.close(), ctx.pool.close()]);
    }
  });
}
async function build(ctx, connected) {
  const { req, log, hooks } = ctx;
  const time = { ...imageTime(), created: createdTime(process.env, req.created) };
  for (const { line, reason } of req.ignoredAnnotations) {
    log.warning(`annotation ${JSON.stringify(line)} ignored: ${reason}`);
  }
  let later;
  const steps = () => later ??= loadLaterSteps();
  let registry;
  let previous;
  let connecting;
  const connect = () => connecting ??= (async () => {
    const { connectRegistry } = await steps();
    if (!req.push || !req.image) return void 0;
    registry = await connectRegistry(req, req.image, log, hooks.maskSecret);
    previous = previousManifestOf(registry, req.tags[0]);
    connected(registry);
    return registry;
  })();
  const unchanged = async (evaluated) => {
    const client = await connect();
    if (!client) return void 0;
    const { findUnchangedImage, imageInputs, unchangedCheckRefused } = await steps();
    const refused = unchangedCheckRefused(req);
    if (refused) {
      log.info(`Previous image not compared with this run: ${refused}.`);
      return void 0;
    }
    return findUnchangedImage(
      client,
      previous,
      req,
      imageInputs(req, evaluated, time),
      log
    );
  };
  const building = ctx.phase("Build packages with Nix", () => runNixStep(req, log, unchanged));
  steps().catch(() => void 0);
  connect().then(() => previous?.()).catch(() => void 0);
  const nix = await building;
  const s = await steps();
  await connect();
  if (nix.kind === "unchanged") {
    const image2 = nix.found;
    return ctx.phase(
      "Tag the unchanged image",
      () => s.runUnchangedStep(ctx, registry, image2, nix)
    );
  }
  await hooks.onBuilt?.(nix.storeCache);
  const inputs = s.imageInputs(req, nix.evaluated, time);
  const planned = await s.runPackStep(ctx, nix.built, inputs, registry, previous);
  const staged = await s.beginLocalOutputs(ctx, planned.layers);
  const before = previous ? await s.readPreviousImage(previous, req.tags[0], log) : void 0;
  const { push, documents: image } = await s.runPushStep(ctx, planned, registry, staged);
  const outputs = await s.finishLocalOutputs(ctx, staged, image, planned.layers);
  await ctx.pool.close();
  const supply = await ctx.phase(
    "SBOM, provenance and changes",
    () => s.runSupplyStep({
      req,
      built: nix.built,
      manifest: image.manifest,
      layers: planned.layers,
      created: time.created,
      client: push ? registry : void 0,
      push,
      previous: before,
      log
    })
  );
  return {
    digest: image.manifest.digest,
    imageId: image.config.digest,
    image: req.image && push ? `${req.image.registry}/${req.image.repository}@${image.manifest.digest}` : void 0,
    tags: req.tags,
    layers: planned.layers,
    push,
    pushedTags: push !== void 0,
    cacheHit: nix.cacheHit,
    source: nix.built.source,
    reusedLayers: planned.reused,
    outputs,
    timings: ctx.timings,
    supply
  };
}
function stepContext(req, log, hooks, workDir) {
  const timings = [];
  return {
    req,
    log,
    hooks,
    workDir,
    pool: new CompressionPool({
      onThisThread: compressesOnThisThread(req.layout.compression, req.layout.level)
    }),
    timings,
    async phase(name, fn) {
      const start = performance.now();
      try {
        return await log.group(name, fn);
      } finally {
        timings.push({ phase: name, ms: Math.round(performance.now() - start) });
      }
    }
  };
}
export {
  runPipeline
};
