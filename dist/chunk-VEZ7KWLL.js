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
  InputError,
  NixeryError
} from "./chunk-FF3L7VQ6.js";

// src/cache/verify-import.ts
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
var NIX_COMMAND = ["--extra-experimental-features", "nix-command"];
var KEY_FORM = /^([A-Za-z0-9._-]+):([A-Za-z0-9+/]+={0,2})$/;
function parseSigningKey(value, inputName = "cache-signing-key") {
  const v = value.trim();
  if (v === "") return void 0;
  const m = KEY_FORM.exec(v);
  if (!m || Buffer.from(m[2], "base64").length !== 64) {
    throw new InputError(
      inputName,
      "is not a Nix secret key: use the contents of the secret key file written by `nix-store --generate-binary-cache-key <name> secret.key public.key`"
    );
  }
  return v;
}
function publicKeyOf(secretKey) {
  const [, name, data] = KEY_FORM.exec(secretKey) ?? [];
  return `${name}:${Buffer.from(data ?? "", "base64").subarray(32).toString("base64")}`;
}
async function pathInfos(paths, log) {
  const r = await runCommand("nix", [...NIX_COMMAND, "path-info", "--json", "--sigs", ...paths], {
    log
  });
  if (r.code !== 0) {
    throw new NixeryError(`nix path-info failed:
${tailLines(r.stderr)}`, "NIX_STORE_FAILED");
  }
  const json = JSON.parse(r.stdout);
  return Array.isArray(json) ? json : Object.entries(json).map(([path, info]) => ({ ...info, path }));
}
async function verifiablePaths(paths, signed, log) {
  if (signed) return paths;
  const infos = new Map((await pathInfos(paths, log)).map((i) => [i.path, i]));
  const kept = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const info = infos.get(path);
    if (!info || !(info.ca || info.signatures?.length)) continue;
    if (info.references.every((ref) => ref === path || kept.has(ref))) kept.add(path);
  }
  return paths.filter((p) => kept.has(p));
}
async function exportVerifiable(paths, dir, trust, log) {
  const kept = await verifiablePaths(paths, trust.signingKey !== void 0, log);
  if (kept.length < paths.length) {
    log.info(
      `${paths.length - kept.length} locally built store paths are not cached: nothing could tell them from forgeries when they come back. Set cache-signing-key to sign and cache them.`
    );
  }
  if (kept.length === 0) return [];
  await withScratchDir("nixery-action-key", async (scratch) => {
    let url = `file://${dir}?compression=none`;
    if (trust.signingKey) {
      const keyFile = join(scratch, "secret.key");
      await writeFile(keyFile, trust.signingKey, { mode: 384 });
      url += `&secret-key=${keyFile}`;
    }
    const r = await runCommand(
      "nix",
      [...NIX_COMMAND, "copy", "--no-recursive", "--to", url, ...kept],
      { log }
    );
    if (r.code !== 0) {
      throw new NixeryError(
        `nix copy to the store cache failed:
${tailLines(r.stderr)}`,
        "NIX_STORE_FAILED"
      );
    }
  });
  return kept;
}
async function cachedPaths(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".narinfo")).sort();
  const paths = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    const path = /^StorePath: (\/\S+)$/m.exec(text)?.[1];
    if (path) paths.push(path);
  }
  return paths;
}
async function importVerified(dir, trust, log) {
  const paths = await cachedPaths(dir);
  if (paths.length === 0) return [];
  const args = [...NIX_COMMAND, "copy", "--option", "require-sigs", "true"];
  if (trust.signingKey) {
    args.push("--option", "extra-trusted-public-keys", publicKeyOf(trust.signingKey));
  }
  args.push("--from", `file://${dir}`);
  if (trust.store) args.push("--to", trust.store);
  const r = await runCommand("nix", [...args, ...paths], { log });
  if (r.code !== 0) {
    throw new NixeryError(
      `the store cache entry failed verification, nothing more is imported from it:
${tailLines(r.stderr, 5)}`,
      "STORE_CACHE_UNVERIFIED"
    );
  }
  return paths;
}
async function folderSize(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

export {
  parseSigningKey,
  exportVerifiable,
  importVerified,
  folderSize
};
