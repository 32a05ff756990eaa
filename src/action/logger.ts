import * as core from '@actions/core';
import type { Logger } from '../core/log.ts';

/** The action's logger: workflow commands for groups and warnings, through @actions/core. */
export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  warning: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
};
