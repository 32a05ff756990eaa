import * as core from '@actions/core';
import { parseRequest, describeRequest } from './request.ts';
import { maskSecrets } from './secrets.ts';
import { actionsLogger } from './log.ts';

// Only what reading the inputs needs is loaded before the first log line; the pipeline (and,
// inside it, each stage's libraries) is loaded when it is reached: see scripts/build.mjs.

/** The action's main step: read inputs once, run the pipeline, set outputs; fail in one place. */
async function main(): Promise<void> {
  // Masked before anything can print it, even a parse error.
  const password = core.getInput('password');
  if (password) core.setSecret(password);
  const req = parseRequest((name) => core.getInput(name));
  maskSecrets(req);
  await core.group('Request', async () => core.info(describeRequest(req)));
  const [{ runPipeline }, { outputsOf }, { saveStoreCacheState }] = await Promise.all([
    import('./pipeline.ts'),
    import('./outputs.ts'),
    import('./state.ts'),
  ]);
  const result = await runPipeline(req, actionsLogger, {
    onBuilt: async (storeCache) => {
      if (storeCache) await saveStoreCacheState(storeCache);
    },
  });
  for (const [name, value] of Object.entries(outputsOf(req, result))) core.setOutput(name, value);
  if (req.summary) await (await import('./summary.ts')).writeJobSummary(req, result);
  core.info(result.image ? `pushed ${result.image}` : `built ${result.digest} (not pushed)`);
}

// A cancelled job gets SIGINT, then SIGTERM: say so and stop at once, with the shell's code for
// the signal. Tags are written last, so stopping anywhere before them leaves every tag as it was.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    core.setFailed(`cancelled (${signal})`);
    process.exit(code);
  });
}

main().catch((err: unknown) => {
  core.setFailed(err instanceof Error ? err.message : String(err));
});
