import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  makeScratchDir
} from "./chunk-PQ6PYXBF.js";
import {
  getState,
  saveState
} from "./chunk-PFTYSI4V.js";
import {
  _enum,
  array,
  number,
  object,
  string
} from "./chunk-SCPOQW4J.js";

// src/action/state.ts
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var STATE_NAME = "store-cache-file";
var STATE_DIR_PREFIX = "nixery-action-state";
var storeCacheSchema = object({
  key: object({ key: string().min(1), restoreKeys: array(string()) }),
  closure: array(string().startsWith("/")),
  restored: object({
    hit: _enum(["exact", "partial", "none"]),
    key: string().optional(),
    imported: number()
  })
});
async function saveStoreCacheState(state) {
  const dir = await makeScratchDir(STATE_DIR_PREFIX);
  const file = join(dir, "store-cache.json");
  await writeFile(file, JSON.stringify(state), { flag: "wx", mode: 384 });
  saveState(STATE_NAME, file);
}
async function loadStoreCacheState() {
  const file = getState(STATE_NAME);
  if (!file) return void 0;
  const parsed = storeCacheSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success)
    throw new Error(`post step state in ${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}
async function discardStoreCacheState() {
  const file = getState(STATE_NAME);
  if (!file || !basename(dirname(file)).startsWith(`${STATE_DIR_PREFIX}-`)) return;
  await rm(dirname(file), { recursive: true, force: true });
}

export {
  saveStoreCacheState,
  loadStoreCacheState,
  discardStoreCacheState
};
