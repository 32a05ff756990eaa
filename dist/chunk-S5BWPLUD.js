import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  debug,
  group,
  info,
  warning
} from "./chunk-4IGX2T4N.js";

// src/core/log.ts
var actionsLogger = {
  info: (m) => info(m),
  debug: (m) => debug(m),
  warning: (m) => warning(m),
  group: (name, fn) => group(name, fn)
};
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

export {
  actionsLogger,
  formatBytes
};
