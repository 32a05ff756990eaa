import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  startProcess
} from "./chunk-6ZP6JIIH.js";

// src/nix/env.ts
var ALLOWED_NAMES = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "TMPDIR",
  "TZ",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TERM",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  "GIT_SSL_CAINFO",
  "SSH_AUTH_SOCK",
  "XDG_CACHE_HOME",
  "XDG_CONFIG_HOME",
  "XDG_CONFIG_DIRS",
  "XDG_DATA_HOME",
  "XDG_STATE_HOME",
  "XDG_RUNTIME_DIR",
  "http_proxy",
  "https_proxy",
  "ftp_proxy",
  "all_proxy",
  "no_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "FTP_PROXY",
  "ALL_PROXY",
  "NO_PROXY"
]);
function isNixVariable(name) {
  return ALLOWED_NAMES.has(name) || name.startsWith("NIX_");
}
function nixEnv(base = process.env, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== void 0 && isNixVariable(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value !== void 0) env[name] = value;
  }
  return env;
}

// src/nix/exec.ts
var installHints = {
  nix: "install Nix (https://nixos.org/download, or on Debian: apt-get install -y nix-bin)",
  git: "install git (on Debian: apt-get install -y git)"
};
function installHint(cmd) {
  if (cmd.startsWith("nix")) return installHints.nix;
  return installHints[cmd] ?? `install ${cmd} and put it on PATH`;
}
async function runCommand(cmd, args, opts = {}) {
  const { done } = startProcess(cmd, args, {
    env: nixEnv(opts.env ?? process.env),
    cwd: opts.cwd,
    log: opts.log,
    installHint: installHint(cmd),
    onStderrLine: opts.onStderrLine
  });
  const { stdout, stderr, code } = await done;
  return { stdout, stderr, code };
}

export {
  runCommand
};
