import * as core from '@actions/core';
import { parseRequest, describeRequest } from './request.ts';
import { runPipeline } from './pipeline.ts';
import { outputsOf } from './outputs.ts';
import { maskSecrets } from './secrets.ts';
import { saveStoreCacheState } from './state.ts';
import { writeJobSummary } from './summary.ts';
import { actionsLogger } from './log.ts';
import { exitOnCancel } from './cancellation.ts';

/** The action's main step: read inputs once, run the pipeline, set outputs; fail in one place. */
async function main(): Promise<void> {
  // Masked before anything can print it, even a parse error.
  const password = core.getInput('password');
  if (password) core.setSecret(password);
  const req = parseRequest((name) => core.getInput(name));
  maskSecrets(req);
  await core.group('Request', async () => core.info(describeRequest(req)));
  const result = await runPipeline(req, actionsLogger, {
    onBuilt: async (storeCache) => {
      if (storeCache) await saveStoreCacheState(storeCache);
    },
  });
  for (const [name, value] of Object.entries(outputsOf(req, result))) core.setOutput(name, value);
  if (req.summary) await writeJobSummary(req, result);
  core.info(result.image ? `pushed ${result.image}` : `built ${result.digest} (not pushed)`);
}

// A cancelled job gets SIGINT, then SIGTERM: say so, stop children, finish or roll back a tag
// loop that had started, remove scratch folders, and exit with the shell's code for the signal.
exitOnCancel((message) => core.setFailed(message));

main().catch((err: unknown) => {
  core.setFailed(err instanceof Error ? err.message : String(err));
});
