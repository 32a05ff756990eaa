import type { Logger } from '../core/log.ts';

/** A plain terminal logger for the CLI: no workflow commands (::group:: and the like). */
export const consoleLogger: Logger = {
  info: (m) => void process.stderr.write(`${m}\n`),
  debug: (m) => {
    if (process.env.NIXERY_ACTION_DEBUG) process.stderr.write(`debug: ${m}\n`);
  },
  warning: (m) => void process.stderr.write(`warning: ${m}\n`),
  group: async (name, fn) => {
    process.stderr.write(`== ${name}\n`);
    return fn();
  },
};
