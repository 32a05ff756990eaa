import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  redactUrls
} from "./chunk-ULNG2UPB.js";
import {
  NixeryError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";

// src/image/epoch.ts
function imageTime(env = process.env) {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === void 0 || value === "") {
    return { mtime: 1, created: "1970-01-01T00:00:00Z" };
  }
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds > 253402300799) {
    throw new NixeryError(
      `SOURCE_DATE_EPOCH ${quoteValue(value)} is not a whole number of seconds since 1970 (up to year 9999).`,
      "SOURCE_DATE_EPOCH_INVALID"
    );
  }
  return { mtime: seconds, created: new Date(seconds * 1e3).toISOString().replace(".000Z", "Z") };
}

// src/pipeline/labels.ts
function createdTime(env, mode, now = () => /* @__PURE__ */ new Date()) {
  if (mode === "now")
    return now().toISOString().replace(/\.\d{3}Z$/, "Z");
  return imageTime(env).created;
}
var SOURCE_FIELDS = ["kind", "url", "ref", "rev", "narHash", "storePath"];
function defaultLabels(o) {
  const labels = {};
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = o.env;
  if (server && repository) {
    labels["org.opencontainers.image.source"] = `${server.replace(/\/+$/, "")}/${repository}`;
  }
  if (sha) labels["org.opencontainers.image.revision"] = sha;
  labels["org.opencontainers.image.created"] = o.created ?? createdTime(o.env, "fixed");
  labels["org.nixery-action.packages"] = [...new Set(o.packages)].sort().join(" ");
  for (const field of SOURCE_FIELDS) {
    const value = o.source[field];
    if (value !== void 0 && value !== "") {
      labels[`org.nixery-action.source.${field}`] = redactUrls(value);
    }
  }
  return labels;
}
function mergeLabels(defaults, user) {
  return { ...defaults, ...user };
}

export {
  imageTime,
  createdTime,
  defaultLabels,
  mergeLabels
};
