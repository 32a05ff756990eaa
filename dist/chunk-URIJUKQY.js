import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  runCommand
} from "./chunk-JKIIM4SC.js";
import {
  withScratchDir
} from "./chunk-PQ6PYXBF.js";
import {
  tailLines
} from "./chunk-6ZP6JIIH.js";
import {
  NixeryError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";
import {
  sha256Hex
} from "./chunk-AO6NH4XT.js";

// src/nix/install.ts
import { createHash } from "node:crypto";
import {
  accessSync,
  appendFileSync,
  constants,
  createReadStream,
  existsSync,
  statSync
} from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { EOL, homedir, userInfo } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
var DEFAULT_NIX_VERSION = "2.31.2";
var DEFAULT_INSTALLER_URL = `https://releases.nixos.org/nix/nix-${DEFAULT_NIX_VERSION}/install`;
var DEFAULT_INSTALLER_SHA256 = "078e2ffeddf6a9c1f22adf41458ccc46a58bb26911a9e01579645314f9982994";
var INSTALLER_PINS = {
  [DEFAULT_INSTALLER_URL]: DEFAULT_INSTALLER_SHA256
};
var INSTALL_MODES = ["auto", "true", "false"];
var TOOL_NAME = "nix-installer";
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
  if (process.env.GITHUB_PATH) appendFileSync(process.env.GITHUB_PATH, `${dir}${EOL}`);
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
        `Installing Nix was asked for, but Nix is already installed (${found}, and ${nixDir} exists) and the installer refuses to install over it: using the Nix that is there.`
      );
    }
    addToPath(found, env);
    const version2 = await nixVersion(found, env, o.log);
    o.log.info(`Using Nix ${version2} from ${found}`);
    return { binDir: found, version: version2, installed: false };
  }
  if (!found && o.mode === "false") {
    throw new NixeryError(
      "Nix was not found (no nix-build on PATH or in the default Nix profiles), and installing it was not allowed",
      "NIX_NOT_FOUND_NO_INSTALL"
    );
  }
  if (!found && nixExists) {
    throw new NixeryError(
      `Nix was not found (no nix-build on PATH or in the default Nix profiles), but ${nixDir} exists and the installer refuses to install over it. Put the Nix that is there on PATH in an earlier step, or remove ${nixDir} to let this action install Nix.`,
      "NIX_INSTALL_REFUSED"
    );
  }
  if (found) o.log.info(`Installing Nix as asked, although ${found} holds nix-build`);
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
    throw new NixeryError(
      `${quoteValue(sha256 ?? "")} is not 64 hex digits`,
      "INSTALLER_SHA256_INVALID"
    );
  }
  let protocol;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new NixeryError(`${quoteValue(url)} is not a URL`, "INSTALLER_URL_INVALID");
  }
  if (protocol !== "https:" && !(protocol === "http:" && digest)) {
    throw new NixeryError(
      `${quoteValue(url)}: use https (plain http is accepted only with a SHA-256 to check)`,
      "INSTALLER_URL_INSECURE"
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
  return `${version}-u${sha256Hex(url).slice(0, 16)}`;
}
async function fetchInstaller(url, sha256, source, scratch, log) {
  const cacheable = Boolean(process.env.RUNNER_TOOL_CACHE && process.env.RUNNER_TEMP);
  const version = cacheVersion(url);
  const tc = await import("./tool-cache-TP7XYJ4N.js");
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

export {
  DEFAULT_INSTALLER_URL,
  INSTALL_MODES,
  findNix,
  ensureNix
};
