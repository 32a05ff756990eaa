import { before, after } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from './registry.ts';
import { requireTool } from './tools.ts';

export interface EndToEnd {
  registry: TestRegistry;
  /** A folder for layouts, bundles and archives, removed after the file's tests. */
  scratch: string;
}

/**
 * What every end-to-end test file needs: a real docker-registry, the verifiers (skopeo, umoci)
 * and a scratch folder, started before the file's tests and removed after them.
 */
export function endToEnd(name: string): EndToEnd {
  const e2e = {} as EndToEnd;
  before(async () => {
    requireTool('skopeo', 'apt-get install -y skopeo');
    requireTool('umoci', 'apt-get install -y umoci');
    e2e.registry = await startRegistry();
    e2e.scratch = await mkdtemp(join(tmpdir(), `nixery-action-${name}-`));
  });
  after(async () => {
    await e2e.registry?.stop();
    if (e2e.scratch) await rm(e2e.scratch, { recursive: true, force: true });
  });
  return e2e;
}
