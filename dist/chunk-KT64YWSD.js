import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  NixeryError,
  cancellation
} from "./chunk-5IADHAHD.js";

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
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { StringDecoder } from "node:string_decoder";
var installHints = {
  nix: "install Nix (https://nixos.org/download, or on Debian: apt-get install -y nix-bin)",
  git: "install git (on Debian: apt-get install -y git)"
};
function installHint(cmd) {
  if (cmd.startsWith("nix")) return installHints.nix;
  return installHints[cmd] ?? `install ${cmd} and put it on PATH`;
}
function formatCommandLine(cmd, args) {
  return [cmd, ...args].map((a) => /^[\w@%+=:,./!-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function tailLines(text, count = 30) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.slice(-count).join("\n");
}
async function runCommand(cmd, args, opts = {}) {
  opts.log?.debug(`$ ${formatCommandLine(cmd, args)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: nixEnv(opts.env ?? process.env),
      cwd: opts.cwd,
      stdio: ["ignore", "pipe", "pipe"]
    });
    cancellation.trackChild(child);
    const stdout = [];
    const stderr = [];
    const decoder = new StringDecoder("utf8");
    let partialLine = "";
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => {
      stderr.push(chunk);
      if (!opts.onStderrLine) return;
      const lines = (partialLine + decoder.write(chunk)).split("\n");
      partialLine = lines.pop() ?? "";
      for (const line of lines) opts.onStderrLine(line);
    });
    child.on("error", (err) => {
      if (err.code === "ENOENT") {
        reject(
          new NixeryError(
            `Command '${cmd}' was not found: ${installHint(cmd)}`,
            "COMMAND_NOT_FOUND"
          )
        );
      } else {
        reject(new NixeryError(`Could not run '${cmd}': ${err.message}`, "COMMAND_FAILED"));
      }
    });
    child.on("close", (code, signal) => {
      if (partialLine && opts.onStderrLine) opts.onStderrLine(partialLine);
      resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        // A process killed by a signal has no exit code; report it as a shell does.
        code: code ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0)
      });
    });
  });
}

export {
  tailLines,
  runCommand
};
