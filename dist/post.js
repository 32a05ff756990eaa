import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  discardStoreCacheState,
  loadStoreCacheState
} from "./chunk-IXTCQQLE.js";
import {
  actionsLogger
} from "./chunk-ESIRTOVD.js";
import {
  SecretSet
} from "./chunk-FTMMYTZ6.js";
import {
  parseSigningKey
} from "./chunk-VEZ7KWLL.js";
import "./chunk-JKIIM4SC.js";
import "./chunk-PQ6PYXBF.js";
import {
  getInput,
  info,
  setSecret,
  warning
} from "./chunk-PFTYSI4V.js";
import "./chunk-6ZP6JIIH.js";
import "./chunk-BEZEXUAK.js";
import "./chunk-FF3L7VQ6.js";
import "./chunk-SCPOQW4J.js";
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
    const { saveStorePaths } = await import("./store-cache-TYRNAETN.js");
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
