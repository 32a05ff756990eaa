import * as core from '@actions/core';
import { parseRequest, describeRequest } from './request/request.ts';
import { SecretSet } from './core/secrets.ts';
import { actionsLogger } from './action/logger.ts';
import { exitOnCancel } from './core/cancellation.ts';

// Every secret goes through this set, and only it registers them with the runner's masker.
const secrets = new SecretSet((s) => core.setSecret(s));

// Only what reading the inputs needs is loaded before the first log line; the pipeline (and,
// inside it, each stage's libraries) is loaded when it is reached: see scripts/build.mjs.

/** The action's main step: read inputs once, run the pipeline, set outputs; fail in one place. */
async function main(): Promise<void> {
  // The password is a secret before anything is parsed, so that not even a parse error shows it.
  secrets.add(core.getInput('password'));
  const req = parseRequest((name) => core.getInput(name));
  secrets.add(...req.secrets);
  const log = secrets.logger(actionsLogger);
  await log.group('Request', async () => log.info(describeRequest(req)));
  // Loaded only now: reading the inputs must not wait for the whole pipeline to load.
  const [{ runPipeline }, { outputsOf }, { saveStoreCacheState }] = await Promise.all([
    import('./pipeline/pipeline.ts'),
    import('./action/outputs.ts'),
    import('./action/state.ts'),
  ]);
  const result = await runPipeline(req, log, {
    maskSecret: (s) => secrets.add(s),
    onBuilt: async (storeCache) => {
      if (storeCache) await saveStoreCacheState(storeCache);
    },
  });
  // Outputs and summary are built from public forms only (publicPkgSource, redactUrls).
  for (const [name, value] of Object.entries(outputsOf(req, result))) core.setOutput(name, value);
  if (req.summary) await (await import('./action/summary.ts')).writeJobSummary(req, result);
  log.info(result.image ? `pushed ${result.image}` : `built ${result.digest} (not pushed)`);
}

// A cancelled job gets SIGINT, then SIGTERM: say so, stop children, finish or roll back a tag
// loop that had started, remove scratch folders, and exit with the shell's code for the signal.
exitOnCancel((message) => core.setFailed(message));

main().catch((err: unknown) => {
  core.setFailed(secrets.redact(err instanceof Error ? err.message : String(err)));
});
