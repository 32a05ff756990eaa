import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  cancellation
} from "./chunk-BEZEXUAK.js";

// src/core/scratch.ts
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function scratchBase(env = process.env) {
  const base = env.RUNNER_TEMP;
  return base && isAbsolute(base) ? base : tmpdir();
}
async function makeScratchDir(prefix, env = process.env) {
  const dir = await mkdtemp(join(scratchBase(env), `${prefix}-`));
  await chmod(dir, 448);
  return dir;
}
async function withScratchDir(prefix, fn, env = process.env) {
  const dir = await makeScratchDir(prefix, env);
  const remove = () => rm(dir, { recursive: true, force: true });
  const forget = cancellation.onCleanup(remove);
  try {
    return await fn(dir);
  } finally {
    forget();
    await remove().catch(() => void 0);
  }
}

export {
  makeScratchDir,
  withScratchDir
};
