import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  debug,
  group,
  info,
  warning
} from "./chunk-PFTYSI4V.js";

// src/action/logger.ts
var actionsLogger = {
  info: (m) => info(m),
  debug: (m) => debug(m),
  warning: (m) => warning(m),
  group: (name, fn) => group(name, fn)
};

export {
  actionsLogger
};
