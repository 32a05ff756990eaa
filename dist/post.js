import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState
} from "./chunk-T5DJNMZ7.js";
import {
  parseSigningKey
} from "./chunk-NM67FWKO.js";
import {
  SecretSet
} from "./chunk-Z3XYAHCZ.js";
import "./chunk-SXVRERJ5.js";
import "./chunk-MUJYZQIE.js";
import "./chunk-6LSTG4U5.js";
import {
  actionsLogger
} from "./chunk-WFNCFITZ.js";
import "./chunk-3PPZCQFA.js";
import {
  getInput,
  info,
  setSecret,
  warning
} from "./chunk-4IGX2T4N.js";
import "./chunk-BYYIYGSK.js";

// src/post.ts
var secrets = new SecretSet((s) => setSecret(s));
async function post() {
  const key = getInput("cache-signing-key").trim();
  secrets.add(key, key.slice(key.indexOf(":") + 1));
  const state = await loadStoreCacheState();
  if (!state) {
    info("No store cache to save (nothing was built, or the cache is off).");
    return;
  }
  try {
    const { saveStorePaths } = await import("./store-cache-N5YQNOUM.js");
    const signingKey = parseSigningKey(getInput("cache-signing-key"));
    const log = secrets.logger(actionsLogger);
    await log.group(
      "Save Nix store cache",
      () => saveStorePaths(state.key, state.closure, log, state.restored, { signingKey })
    );
  } finally {
    await discardStoreCacheState();
  }
}
post().catch((err) => {
  const message = err instanceof Error ? err.message : String(err);
  warning(`Store cache not saved: ${secrets.redact(message)}`);
});
