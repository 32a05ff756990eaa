import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { NixeryError } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { readClosure, readValidClosure, type ClosureGraph } from './closure.ts';
import { runCommand, tailLines } from './exec.ts';
import { readLockedInput } from './lock.ts';
import { describeProblems, packageProblemSchema, type PackageProblem } from './problems.ts';
import {
  DEFAULT_NIXPKGS_URL,
  formatPkgSource,
  needsFlakes,
  publicPkgSource,
  type PkgSource,
} from './source.ts';

/** The nixpkgs `config` handed to the package set: booleans and string lists only. */
export type NixpkgsConfig = Record<string, boolean | string[]>;
import { publicUrl, redactUrls } from '../core/url-secrets.ts';

export interface NixBuildRequest {
  packages: string[];
  /** Extra packages for the image's contents, resolved like `packages`. */
  contents: string[];
  pkgSource: PkgSource;
  /** Nix system to evaluate for, e.g. 'aarch64-linux'; Nix's own by default. */
  system?: string;
  /** Tarball URL template for nixpkgs sources; `{ref}` stands for the channel or commit. */
  nixpkgsUrl?: string;
  /** nixpkgs `config` (allowUnfree, permittedInsecurePackages, …); `{}` by default. */
  nixpkgsConfig?: NixpkgsConfig;
  /** The flake.lock that `lock!` sources read; `flake.lock` in the working directory by default. */
  flakeLock?: string;
  /**
   * The NAR hash the source's tree had on an earlier run. For a nixpkgs! tarball or a tarball
   * flake it lets Nix find the tree in the store (restored from the cache) instead of
   * downloading it.
   */
  sourceNarHash?: string;
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
  /** The derivation's pname and version, where the package set gives them. */
  pname?: string;
  version?: string;
  /** Licence identifiers from meta.license (SPDX ids in nixpkgs), possibly none. */
  licenses?: string[];
}

export interface NixBuildResult {
  packages: ResolvedPackage[];
  contents: ResolvedPackage[];
  closure: ClosureGraph;
  /** What the source resolved to: kind, ref, url, rev, narHash, storePath, dir as known. */
  source: Record<string, string>;
  /** Store paths of the source's trees (a fetched tarball, a flake and its inputs). */
  sourceTrees: string[];
  system: string;
}

/**
 * Some requested names are not packages that can be built: every one is named, with why and
 * the fix. The code is PACKAGES_NOT_FOUND when every name is simply absent, and
 * PACKAGES_UNAVAILABLE when one is refused (unfree, broken, insecure, removed, …).
 */
export class PackagesNotFoundError extends NixeryError {
  readonly names: string[];
  constructor(readonly problems: PackageProblem[]) {
    const allMissing = problems.every((p) => p.problem === 'missing');
    super(describeProblems(problems), allMissing ? 'PACKAGES_NOT_FOUND' : 'PACKAGES_UNAVAILABLE');
    this.names = problems.map((p) => p.name);
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
  pname: z.string().optional(),
  version: z.string().optional(),
  licenses: z.array(z.string()).optional(),
});
const evaluationSchema = z.union([
  z.object({ error: z.literal('unavailable'), pkgs: z.array(packageProblemSchema) }),
  z.object({
    packages: z.array(packageSchema),
    contents: z.array(packageSchema),
    source: z.record(z.string(), z.string()),
    sourceTrees: z.array(z.string().startsWith('/')),
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

/**
 * A relative `path!` directory, or a `flake!` reference that is a relative path (`flake!.`),
 * means relative to where the action runs (the workspace). getFlake wants absolute paths.
 */
function sourceForNix(source: PkgSource): PkgSource {
  if (source.kind === 'path') return { kind: 'path', dir: resolve(source.dir) };
  if (source.kind === 'flake' && /^\.\.?(\/|$)/.test(source.ref)) {
    return { kind: 'flake', ref: resolve(source.ref) };
  }
  return source;
}

/** Nix's flake support, switched on for the action's own calls only. */
export const FLAKE_ARGS = ['--option', 'extra-experimental-features', 'nix-command flakes'];

/**
 * The pin of a flake reference: Nix fetches a tarball reference whose narHash is given only
 * when that tree is not in the store yet. Other kinds of reference are left as they are.
 */
export function pinnedFlakeRef(ref: string, narHash: string | undefined): string {
  if (!narHash || /[?&]narHash=/.test(ref)) return ref;
  if (!/^(https?:|file:|tarball\+)/.test(ref) || ref.startsWith('file+')) return ref;
  return `${ref}${ref.includes('?') ? '&' : '?'}narHash=${encodeURIComponent(narHash)}`;
}

/** The source for messages: URLs without the credentials they may carry. */
function describeSource(source: PkgSource, nixpkgsUrl: string): string {
  const text = publicPkgSource(source);
  return source.kind === 'nixpkgs'
    ? `${text} (${publicUrl(nixpkgsUrl.replaceAll('{ref}', source.ref))})`
    : text;
}

/** The nix-instantiate arguments that evaluate the expression for `req` (without a probe). */
async function expressionArgs(req: NixBuildRequest, source: PkgSource): Promise<string[]> {
  const args = [
    ...(needsFlakes(source) ? FLAKE_ARGS : []),
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
    formatPkgSource(
      source.kind === 'flake'
        ? { kind: 'flake', ref: pinnedFlakeRef(source.ref, req.sourceNarHash) }
        : source,
    ),
    '--argstr',
    'nixpkgsConfig',
    JSON.stringify(req.nixpkgsConfig ?? {}),
  ];
  if (req.system) args.push('--argstr', 'system', req.system);
  if (req.nixpkgsUrl) args.push('--argstr', 'nixpkgsUrl', req.nixpkgsUrl);
  if (req.sourceNarHash && source.kind === 'nixpkgs') {
    args.push('--argstr', 'sourceNarHash', req.sourceNarHash);
  }
  if (source.kind === 'lock') {
    const lock = await readLockedInput(req.flakeLock ?? resolve('flake.lock'), source.input);
    args.push('--argstr', 'lockedInput', JSON.stringify(lock.locked));
  }
  return args;
}

async function evaluate(req: NixBuildRequest, log: Logger): Promise<Evaluation> {
  const source = sourceForNix(req.pkgSource);
  const args = await expressionArgs(req, source);

  const result = await runCommand('nix-instantiate', args, {
    env: req.env,
    log,
    onStderrLine: (l) => log.debug(redactUrls(l)),
  });
  const tried = describeSource(source, req.nixpkgsUrl ?? DEFAULT_NIXPKGS_URL);
  if (result.code !== 0) {
    const errors = redactUrls(tailLines(result.stderr.replace(/^\(use '--show-trace'.*\)$/gm, '')));
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
  // The labels name the reference as written, not the narHash pin added for the fetch.
  if (source.kind === 'flake' && 'source' in parsed.data) parsed.data.source.ref = source.ref;
  return parsed.data;
}

// Removed packages and other evaluation errors lose their message under tryEval: evaluate each
// such name once more on its own, at most this many, and read Nix's error.
const MAX_PROBES = 8;

/** Nix's own error for one name, evaluated without tryEval: its first lines. */
async function probeMessage(req: NixBuildRequest, name: string, log: Logger): Promise<string> {
  const source = sourceForNix(req.pkgSource);
  const args = [...(await expressionArgs(req, source)), '--argstr', 'probe', name];
  const result = await runCommand('nix-instantiate', args, { env: req.env, log });
  if (result.code === 0) return '';
  return nixErrorText(result.stderr);
}

/** The message of a Nix error, without the trace hint and the location lines after it. */
export function nixErrorText(stderr: string): string {
  const lines = stderr
    .replace(/^\(use '--show-trace'.*\)$/gm, '')
    .split('\n')
    .filter((l) => !/^warning: /.test(l));
  const start = lines.findIndex((l) => /^error:/.test(l));
  const message = (start < 0 ? lines : lines.slice(start)).map((l) => l.trimEnd());
  // Stop at the first location ("at /nix/store/…:12:3:") or trace line: the message is above.
  const end = message.findIndex((l, i) => i > 0 && /^\s*(at |… )/.test(l));
  const kept = (end < 0 ? message : message.slice(0, end)).filter((l) => l.trim() !== '');
  return kept
    .slice(0, 8)
    .join('\n')
    .replace(/^error:\s*/, '')
    .trim();
}

async function withMessages(
  req: NixBuildRequest,
  problems: PackageProblem[],
  log: Logger,
): Promise<PackageProblem[]> {
  const probed = problems.filter((p) => p.problem === 'throws' || p.problem === 'eval');
  const messages = new Map<string, string>();
  for (const p of probed.slice(0, MAX_PROBES)) {
    messages.set(p.name, await probeMessage(req, p.name, log));
  }
  return problems.map((p) => (messages.has(p.name) ? { ...p, message: messages.get(p.name) } : p));
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
      if (!addRootWarning.test(line)) log.info(redactUrls(line));
    },
  });
  if (result.code !== 0) {
    throw new NixBuildError(
      `Nix could not build the packages (nix-store exited with ${result.code}); the end of its log:`,
      redactUrls(tailLines(result.stderr)),
    );
  }
}

const toResolved = (p: EvaluatedPackage): ResolvedPackage => ({
  name: p.name,
  attrPath: p.attrPath,
  outPath: p.outputPath,
  ...(p.pname !== undefined ? { pname: p.pname } : {}),
  ...(p.version !== undefined ? { version: p.version } : {}),
  ...(p.licenses && p.licenses.length > 0 ? { licenses: p.licenses } : {}),
});

/** What evaluation found: everything needed to build, and to key a cache, before building. */
export interface EvaluatedPackages {
  packages: ResolvedPackage[];
  contents: ResolvedPackage[];
  /** `<drv>!<output>` for each requested output, sorted: exactly what will be built. */
  targets: string[];
  source: Record<string, string>;
  sourceTrees: string[];
  system: string;
}

/** Resolves package names in the source; throws PackagesNotFoundError naming every miss. */
export async function evaluatePackages(req: NixBuildRequest): Promise<EvaluatedPackages> {
  const log = req.log ?? silentLogger;
  const evaluation = await evaluate(req, log);
  if ('error' in evaluation) {
    throw new PackagesNotFoundError(await withMessages(req, evaluation.pkgs, log));
  }
  const all = [...evaluation.packages, ...evaluation.contents];
  for (const p of all) log.info(`${p.name} → ${p.attrPath} (${p.outputPath})`);
  return {
    packages: evaluation.packages.map(toResolved),
    contents: evaluation.contents.map(toResolved),
    // drv!output builds (or substitutes) only the output the image uses, not docs or headers.
    targets: [...new Set(all.map((p) => `${p.drvPath}!${p.outputName}`))].sort(),
    source: evaluation.source,
    sourceTrees: [...new Set(evaluation.sourceTrees)].sort(),
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
  const roots = [...new Set([...evaluated.packages, ...evaluated.contents].map((p) => p.outPath))];
  // Outputs already valid need no realise: their closure is read at once, in one process.
  let closure = await readValidClosure(roots, req.env, log);
  if (!closure) {
    await realise(evaluated.targets, req.env, log);
    closure = await readClosure(roots, log);
  }
  return {
    packages: evaluated.packages,
    contents: evaluated.contents,
    closure,
    source: evaluated.source,
    sourceTrees: evaluated.sourceTrees,
    system: evaluated.system,
  };
}

/** Resolves package names in the source, builds them, and reads their closure graph. */
export async function buildPackages(req: NixBuildRequest): Promise<NixBuildResult> {
  return realisePackages(await evaluatePackages(req), req);
}
