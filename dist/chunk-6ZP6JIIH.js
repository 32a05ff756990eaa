import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  cancellation
} from "./chunk-BEZEXUAK.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";

// src/core/spawn.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { StringDecoder } from "node:string_decoder";
var MAX_CAPTURED_STDOUT = 256 * 2 ** 20;
var MAX_CAPTURED_STDERR = 2 ** 20;
function formatCommandLine(cmd, args) {
  return [cmd, ...args].map((a) => /^[\w@%+=:,./!-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function tailLines(text, count = 30) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.slice(-count).join("\n");
}
function lineSplitter(onLine) {
  const decoder = new StringDecoder("utf8");
  let partial = "";
  return {
    write(chunk) {
      const lines = (partial + decoder.write(chunk)).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    },
    end() {
      if (partial) onLine(partial);
      partial = "";
    }
  };
}
function startProcess(cmd, args, o = {}) {
  o.log?.debug(`$ ${formatCommandLine(cmd, o.shown ?? args)}`);
  const capture = (o.stdout ?? "capture") === "capture";
  const stdio = [
    o.input !== void 0 ? "pipe" : o.stdin ?? "ignore",
    capture ? "pipe" : o.stdout,
    "pipe"
  ];
  const child = spawn(cmd, args, { env: o.env, cwd: o.cwd, stdio, detached: o.group === true });
  cancellation.trackChild(child, { group: o.group === true });
  if (o.input !== void 0) {
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(o.input);
  }
  const done = new Promise((resolve, reject) => {
    const stdout = [];
    const maxStdout = o.maxStdout ?? MAX_CAPTURED_STDOUT;
    let stdoutBytes = 0;
    let stderr = [];
    let stderrBytes = 0;
    const outLines = o.onStdoutLine ? lineSplitter(o.onStdoutLine) : void 0;
    const errLines = o.onStderrLine ? lineSplitter(o.onStderrLine) : void 0;
    let failure;
    const timer = o.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      failure ??= new NixeryError(
        `${cmd} did not finish within ${o.timeoutMs / 1e3} s; it was stopped`,
        "COMMAND_TIMED_OUT"
      );
      child.kill("SIGKILL");
    }, o.timeoutMs);
    if (capture) {
      child.stdout?.on("data", (chunk) => {
        stdoutBytes += chunk.length;
        if (stdoutBytes > maxStdout) {
          failure ??= new NixeryError(
            `${cmd} wrote more than ${maxStdout} bytes of output; it was stopped`,
            "COMMAND_OUTPUT_TOO_LARGE"
          );
          child.kill("SIGTERM");
          return;
        }
        stdout.push(chunk);
        outLines?.write(chunk);
      });
    }
    child.stderr?.on("data", (chunk) => {
      stderr.push(chunk);
      stderrBytes += chunk.length;
      if (stderrBytes > 2 * MAX_CAPTURED_STDERR) {
        stderr = [Buffer.concat(stderr).subarray(-MAX_CAPTURED_STDERR)];
        stderrBytes = MAX_CAPTURED_STDERR;
      }
      errLines?.write(chunk);
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(
        err.code === "ENOENT" ? new NixeryError(
          `Command '${cmd}' was not found: ${o.installHint ?? `install ${cmd} and put it on PATH`}`,
          "COMMAND_NOT_FOUND"
        ) : new NixeryError(`Could not run '${cmd}': ${err.message}`, "COMMAND_FAILED")
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      outLines?.end();
      errLines?.end();
      if (failure) {
        reject(failure);
        return;
      }
      resolve({
        code: code ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0),
        signal,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).subarray(-MAX_CAPTURED_STDERR).toString("utf8")
      });
    });
  });
  return { child, done };
}

export {
  tailLines,
  startProcess
};
