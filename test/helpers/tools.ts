import { spawnSync } from 'node:child_process';

/** Fails the calling test with the install command when a tool the test needs is missing. */
export function requireTool(name: string, install: string): void {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(`${name} is not installed; install it with: ${install}`);
  }
}
