import { parseArgs } from 'node:util';
import { INPUTS, parseRequest, describeRequest } from './request/request.ts';
import { runPipeline } from './pipeline/pipeline.ts';
import { outputsOf } from './action/outputs.ts';
import { consoleLogger } from './action/log-console.ts';
import { saveStorePaths } from './cache/store-cache.ts';
import type { StoreCacheState } from './pipeline/steps/nix.ts';
import { exitOnCancel } from './core/cancellation.ts';
import { SecretSet } from './core/secrets.ts';

// A terminal has no log masker: secrets are never printed instead. Every line goes through
// this set's logger, and every error message through its redact().
const secrets = new SecretSet();

/**
 * The same pipeline from a terminal: `nixery-action build --packages hello --image …`.
 * Every action input is a --flag of the same name, with the same default.
 */
const USAGE = `Usage: nixery-action build [options]

Builds a container image from Nix packages and pushes it to a registry.
Each option is the action input of the same name:

${Object.entries(INPUTS)
  .map(([name, spec]) => {
    const def = spec.default !== undefined ? ` (default: ${spec.default})` : '';
    return `  --${name.padEnd(16)} ${spec.description}${def}`;
  })
  .join('\n')}

The password and the cache signing key may also come from the NIXERY_ACTION_PASSWORD and
NIXERY_ACTION_CACHE_SIGNING_KEY environment variables (a command line is visible to others).
Outputs are printed as name=value lines at the end.`;

async function cli(argv: string[]): Promise<number> {
  const options = Object.fromEntries(
    Object.keys(INPUTS).map((name) => [name, { type: 'string' as const }]),
  );
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== 'build' || positionals.length > 1) {
    process.stderr.write(`unknown command: ${positionals.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  const read = (name: string): string => {
    const v = (values as Record<string, string | boolean | undefined>)[name];
    if (typeof v === 'string') return v;
    if (name === 'password') return process.env.NIXERY_ACTION_PASSWORD ?? '';
    if (name === 'cache-signing-key') return process.env.NIXERY_ACTION_CACHE_SIGNING_KEY ?? '';
    if (name === 'github-token') return process.env.GITHUB_TOKEN ?? '';
    return '';
  };
  secrets.add(read('password'));
  const req = parseRequest(read);
  secrets.add(...req.secrets);
  const log = secrets.logger(consoleLogger);
  log.info(describeRequest(req));
  let storeCache: StoreCacheState | undefined;
  const result = await runPipeline(req, log, {
    onBuilt: (s) => void (storeCache = s),
    maskSecret: (s) => secrets.add(s),
  });
  // No post step in a terminal: save right away (a notice when there is no cache service).
  const saved: StoreCacheState | undefined = storeCache;
  if (saved) {
    await saveStorePaths(saved.key, saved.closure, log, saved.restored, {
      signingKey: req.cache.signingKey,
    });
  }
  for (const [name, value] of Object.entries(outputsOf(req, result))) {
    process.stdout.write(`${name}=${value.replace(/\n/g, ',')}\n`);
  }
  return 0;
}

exitOnCancel((message) => process.stderr.write(`error: ${message}\n`));

cli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${secrets.redact(message)}\n`);
    process.exit(1);
  },
);
