import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { NixeryError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { readClosure, type ClosureGraph } from './closure.ts';
import { runCommand, tailLines } from './exec.ts';
import { formatPkgSource, type PkgSource } from './source.ts';

export interface NixBuildRequest {
  packages: string[];
  /** Extra packages for the image's contents, resolved like `packages`. */
  contents: string[];
  pkgSource: PkgSource;
  /** Nix system to evaluate for, e.g. 'aarch64-linux'; Nix's own by default. */
  system?: string;
  /** Tarball URL template for nixpkgs sources; `{ref}` stands for the channel or commit. */
  nixpkgsUrl?: string;
  /** Environment for Nix (e.g. NIX_CONFIG with extra substituters); this process's by default. */
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

export interface ResolvedPackage {
  /** The name as requested. */
  name: string;
  /** The attribute path it resolved to (case fixed at the top level). */
  attrPath: string;
  outPath: string;
}

export interface NixBuildResult {
  packages: ResolvedPackage[];
  contents: ResolvedPackage[];
  closure: ClosureGraph;
  /** What the source resolved to: kind, ref, url, rev, narHash, storePath, dir as known. */
  source: Record<string, string>;
  system: string;
}

export class PackagesNotFoundError extends NixeryError {
  constructor(readonly names: string[]) {
    super(`Could not find Nix packages: ${names.join(', ')}`, 'PACKAGES_NOT_FOUND');
    this.name = 'PackagesNotFoundError';
  }
}

export class NixBuildError extends NixeryError {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(`${message}\n${logTail}`, 'NIX_BUILD_FAILED');
    this.name = 'NixBuildError';
  }
}

const expressionFile = 'build-registry-image.nix';

/**
 * The Nix expression ships in `nix/` at the repository root. This module runs either from
 * `src/nix/` (tests, tsx) or bundled into `dist/`, so both depths are tried.
 */
export function expressionPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, '..', 'nix', expressionFile),
    join(here, '..', '..', 'nix', expressionFile),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new NixeryError(
      `Cannot find nix/${expressionFile} (looked at ${candidates.join(', ')})`,
      'NIX_EXPRESSION_MISSING',
    );
  }
  return found;
}

const packageSchema = z.object({
  name: z.string(),
  attrPath: z.string(),
  drvPath: z.string().startsWith('/'),
  outputPath: z.string().startsWith('/'),
  outputName: z.string().min(1),
});
const evaluationSchema = z.union([
  z.object({ error: z.literal('not_found'), pkgs: z.array(z.string()) }),
  z.object({
    packages: z.array(packageSchema),
    contents: z.array(packageSchema),
    source: z.record(z.string(), z.string()),
    system: z.string(),
  }),
]);
type Evaluation = z.infer<typeof evaluationSchema>;
type EvaluatedPackage = z.infer<typeof packageSchema>;

const silentLogger: Logger = {
  info: () => {},
  debug: () => {},
  warning: () => {},
  group: (_name, fn) => fn(),
};

const defaultNixpkgsUrl = 'https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz';

/** A relative `path!` directory means relative to where the action runs. */
function sourceForNix(source: PkgSource): PkgSource {
  return source.kind === 'path' ? { kind: 'path', dir: resolve(source.dir) } : source;
}

function describeSource(source: PkgSource, nixpkgsUrl: string): string {
  const text = formatPkgSource(source);
  return source.kind === 'nixpkgs'
    ? `${text} (${nixpkgsUrl.replaceAll('{ref}', source.ref)})`
    : text;
}

async function evaluate(req: NixBuildRequest, log: Logger): Promise<Evaluation> {
  const source = sourceForNix(req.pkgSource);
  const args = [
    '--eval',
    '--strict',
    '--json',
    // Evaluating drvPath writes .drv files to the store.
    '--read-write-mode',
    expressionPath(),
    '--argstr',
    'packages',
    JSON.stringify(req.packages),
    '--argstr',
    'contents',
    JSON.stringify(req.contents),
    '--argstr',
    'pkgSource',
    formatPkgSource(source),
  ];
  if (req.system) args.push('--argstr', 'system', req.system);
  if (req.nixpkgsUrl) args.push('--argstr', 'nixpkgsUrl', req.nixpkgsUrl);

  const result = await runCommand('nix-instantiate', args, {
    env: req.env,
    log,
    onStderrLine: (l) => log.debug(l),
  });
  const tried = describeSource(source, req.nixpkgsUrl ?? defaultNixpkgsUrl);
  if (result.code !== 0) {
    const errors = tailLines(result.stderr.replace(/^\(use '--show-trace'.*\)$/gm, ''));
    throw new NixeryError(
      `Could not evaluate packages from ${tried}:\n${errors}`,
      'NIX_EVAL_FAILED',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new NixeryError(`nix-instantiate printed no JSON for ${tried}`, 'NIX_EVAL_FAILED');
  }
  const parsed = evaluationSchema.safeParse(json);
  if (!parsed.success) {
    throw new NixeryError(
      `Unexpected result from ${expressionFile} for ${tried}: ${parsed.error.message}`,
      'NIX_EVAL_FAILED',
    );
  }
  return parsed.data;
}

const addRootWarning = /you did not specify '--add-root'/;

async function realise(
  targets: string[],
  env: NodeJS.ProcessEnv | undefined,
  log: Logger,
): Promise<void> {
  if (targets.length === 0) return;
  const result = await runCommand('nix-store', ['--realise', ...targets], {
    env,
    log,
    // Builds can take long: show their log as it comes.
    onStderrLine: (line) => {
      if (!addRootWarning.test(line)) log.info(line);
    },
  });
  if (result.code !== 0) {
    throw new NixBuildError(
      `Nix could not build the packages (nix-store exited with ${result.code}); the end of its log:`,
      tailLines(result.stderr),
    );
  }
}

const toResolved = (p: EvaluatedPackage): ResolvedPackage => ({
  name: p.name,
  attrPath: p.attrPath,
  outPath: p.outputPath,
});

/** What evaluation found: everything needed to build, and to key a cache, before building. */
export interface EvaluatedPackages {
  packages: ResolvedPackage[];
  contents: ResolvedPackage[];
  /** `<drv>!<output>` for each requested output, sorted: exactly what will be built. */
  targets: string[];
  source: Record<string, string>;
  system: string;
}

/** Resolves package names in the source; throws PackagesNotFoundError naming every miss. */
export async function evaluatePackages(req: NixBuildRequest): Promise<EvaluatedPackages> {
  const log = req.log ?? silentLogger;
  const evaluation = await evaluate(req, log);
  if ('error' in evaluation) throw new PackagesNotFoundError([...new Set(evaluation.pkgs)]);
  const all = [...evaluation.packages, ...evaluation.contents];
  for (const p of all) log.info(`${p.name} → ${p.attrPath} (${p.outputPath})`);
  return {
    packages: evaluation.packages.map(toResolved),
    contents: evaluation.contents.map(toResolved),
    // drv!output builds (or substitutes) only the output the image uses, not docs or headers.
    targets: [...new Set(all.map((p) => `${p.drvPath}!${p.outputName}`))].sort(),
    source: evaluation.source,
    system: evaluation.system,
  };
}

/**
 * Whether every output evaluation found is already a valid store path: then nothing is built
 * or fetched, and Nix guarantees the whole closure of each is valid as well.
 */
export async function outputsValid(
  evaluated: EvaluatedPackages,
  req: Pick<NixBuildRequest, 'env' | 'log'>,
): Promise<boolean> {
  const outputs = [
    ...new Set([...evaluated.packages, ...evaluated.contents].map((p) => p.outPath)),
  ];
  if (outputs.length === 0) return true;
  const result = await runCommand('nix-store', ['--check-validity', ...outputs], {
    env: req.env,
    log: req.log,
  });
  return result.code === 0;
}

/** Builds what evaluation found and reads the closure graph of the result. */
export async function realisePackages(
  evaluated: EvaluatedPackages,
  req: Pick<NixBuildRequest, 'env' | 'log'>,
): Promise<NixBuildResult> {
  const log = req.log ?? silentLogger;
  await realise(evaluated.targets, req.env, log);
  const roots = [...new Set([...evaluated.packages, ...evaluated.contents].map((p) => p.outPath))];
  return {
    packages: evaluated.packages,
    contents: evaluated.contents,
    closure: await readClosure(roots, log),
    source: evaluated.source,
    system: evaluated.system,
  };
}

/** Resolves package names in the source, builds them, and reads their closure graph. */
export async function buildPackages(req: NixBuildRequest): Promise<NixBuildResult> {
  return realisePackages(await evaluatePackages(req), req);
}
