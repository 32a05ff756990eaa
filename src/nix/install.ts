import { createHash } from 'node:crypto';
import {
  accessSync,
  appendFileSync,
  constants,
  createReadStream,
  existsSync,
  statSync,
} from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { EOL, homedir, userInfo } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { NixeryError, quoteValue } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import { withScratchDir } from '../core/scratch.ts';
import { sha256Hex } from '../core/digest.ts';
import { runCommand, tailLines } from './exec.ts';

export type InstallMode = 'auto' | 'true' | 'false';

export interface NixInstallOptions {
  /** 'auto': install only when Nix is missing; 'true': always install; 'false': never. */
  mode: InstallMode;
  installerUrl: string;
  /** Hex SHA-256 of the installer script; when set, any other content is refused. */
  installerSha256?: string;
  /** Known digests by installer URL, used when installerSha256 is not set; INSTALLER_PINS by default. */
  pins?: Readonly<Record<string, string>>;
  log: Logger;
  /** Environment to look for Nix in and to run the installer with; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Multi-user (daemon) install; defaults to true where systemd runs and on macOS. */
  daemon?: boolean;
  /**
   * Directory that holds `nix/var/nix/profiles`; '/' except in tests. The official installer
   * always writes to /nix: this only moves where the result is looked for.
   */
  nixRoot?: string;
}

export interface NixLocation {
  /** Directory holding nix-build. */
  binDir: string;
  version: string;
  /** True when this run installed Nix. */
  installed: boolean;
}

export const DEFAULT_NIX_VERSION = '2.31.2';
export const DEFAULT_INSTALLER_URL = `https://releases.nixos.org/nix/nix-${DEFAULT_NIX_VERSION}/install`;
/**
 * The SHA-256 of the default installer script (nix-2.31.2/install). It cannot be fetched from
 * where this is written; several public repositories that pin the official installer record this
 * value for that URL. The script carries the SHA-256 of each tarball it downloads, so pinning
 * the script pins the whole install. A changed script is refused, never run.
 */
export const DEFAULT_INSTALLER_SHA256 =
  '078e2ffeddf6a9c1f22adf41458ccc46a58bb26911a9e01579645314f9982994';

/** Installer URLs whose content is known: used when nix-installer-sha256 is not given. */
export const INSTALLER_PINS: Readonly<Record<string, string>> = {
  [DEFAULT_INSTALLER_URL]: DEFAULT_INSTALLER_SHA256,
};

export const INSTALL_MODES: readonly InstallMode[] = ['auto', 'true', 'false'];
const TOOL_NAME = 'nix-installer';

function pathEntries(env: NodeJS.ProcessEnv): string[] {
  // Relative entries (an empty one means the working directory) are skipped on purpose.
  return (env.PATH ?? '').split(delimiter).filter((d) => d !== '' && isAbsolute(d));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function profileBinDirs(env: NodeJS.ProcessEnv, nixRoot: string) {
  return {
    daemon: join(nixRoot, 'nix', 'var', 'nix', 'profiles', 'default', 'bin'),
    singleUser: join(env.HOME || homedir(), '.nix-profile', 'bin'),
  };
}

/**
 * The directory holding nix-build: the PATH first, then the profiles that the official
 * installer, cachix/install-nix-action and DeterminateSystems/nix-installer-action leave
 * behind without necessarily putting them on this step's PATH.
 */
export function findNix(env: NodeJS.ProcessEnv = process.env, nixRoot = '/'): string | undefined {
  const profiles = profileBinDirs(env, nixRoot);
  const dirs = [...pathEntries(env), profiles.daemon, profiles.singleUser];
  return dirs.find((dir) => isExecutable(join(dir, 'nix-build')));
}

/** Arguments for the official installer and where it leaves nix-build. */
export function installPlan(
  daemon: boolean,
  env: NodeJS.ProcessEnv,
  nixRoot = '/',
): { args: string[]; binDir: string; extraConf?: string } {
  const profiles = profileBinDirs(env, nixRoot);
  // Channels are never used: packages come from the pkg-source input.
  const common = ['--yes', '--no-channel-add'];
  if (!daemon) return { args: ['--no-daemon', ...common], binDir: profiles.singleUser };
  // The daemon ignores substituters set by untrusted users, so the runner user must be trusted
  // for the nix-conf input to take effect.
  const user = userInfo().username;
  const trusted = /^[\w.-]+$/.test(user) && user !== 'root' ? `root ${user}` : 'root';
  return {
    args: ['--daemon', ...common],
    binDir: profiles.daemon,
    extraConf: `trusted-users = ${trusted}\n`,
  };
}

/** Puts a directory on PATH for this process, for `env`, and (on a runner) for later steps. */
function addToPath(dir: string, env: NodeJS.ProcessEnv): void {
  if (pathEntries(env).includes(dir)) return;
  // Later steps of the job find it through the runner's GITHUB_PATH file (one directory a
  // line, what core.addPath writes); outside a runner there is no such file.
  if (process.env.GITHUB_PATH) appendFileSync(process.env.GITHUB_PATH, `${dir}${EOL}`);
  for (const e of new Set([env, process.env])) {
    if (!pathEntries(e).includes(dir)) e.PATH = e.PATH ? `${dir}${delimiter}${e.PATH}` : dir;
  }
}

async function nixVersion(binDir: string, env: NodeJS.ProcessEnv, log: Logger): Promise<string> {
  const r = await runCommand(join(binDir, 'nix-build'), ['--version'], { env, log });
  if (r.code !== 0) {
    throw new NixeryError(
      `${join(binDir, 'nix-build')} --version failed (exit ${r.code}):\n${tailLines(r.stderr)}`,
      'NIX_NOT_WORKING',
    );
  }
  const line = r.stdout.trim().split('\n')[0] ?? '';
  // "nix-build (Nix) 2.8.0", "nix-build (Determinate Nix 3.8.5) 2.30.2": the last number wins.
  return /(\d+\.\d+[^\s)]*)\s*$/.exec(line)?.[1] ?? line;
}

/** Finds Nix, or installs it with the official installer, and puts it on PATH. */
export async function ensureNix(o: NixInstallOptions): Promise<NixLocation> {
  const env = o.env ?? process.env;
  const nixRoot = o.nixRoot ?? '/';
  const found = findNix(env, nixRoot);
  // The official installer aborts on an existing /nix: never start an install it would break.
  const nixDir = join(nixRoot, 'nix');
  const nixExists = existsSync(nixDir);
  if (found && (o.mode !== 'true' || nixExists)) {
    if (o.mode === 'true') {
      o.log.info(
        `Installing Nix was asked for, but Nix is already installed (${found}, and ${nixDir} exists) and ` +
          'the installer refuses to install over it: using the Nix that is there.',
      );
    }
    addToPath(found, env);
    const version = await nixVersion(found, env, o.log);
    o.log.info(`Using Nix ${version} from ${found}`);
    return { binDir: found, version, installed: false };
  }
  if (!found && o.mode === 'false') {
    throw new NixeryError(
      'Nix was not found (no nix-build on PATH or in the default Nix profiles), and installing it was not allowed',
      'NIX_NOT_FOUND_NO_INSTALL',
    );
  }
  if (!found && nixExists) {
    throw new NixeryError(
      `Nix was not found (no nix-build on PATH or in the default Nix profiles), but ${nixDir} ` +
        'exists and the installer refuses to install over it. Put the Nix that is there on PATH ' +
        `in an earlier step, or remove ${nixDir} to let this action install Nix.`,
      'NIX_INSTALL_REFUSED',
    );
  }
  if (found) o.log.info(`Installing Nix as asked, although ${found} holds nix-build`);
  const pin = o.installerSha256 ? undefined : (o.pins ?? INSTALLER_PINS)[o.installerUrl];
  const sha256 = checkInstallerOptions(o.installerUrl, o.installerSha256 ?? pin);
  const daemon = o.daemon ?? (process.platform === 'darwin' || existsSync('/run/systemd/system'));
  // Holds the download (outside a runner) and the installer's extra nix.conf; removed after.
  const binDir = await withScratchDir('nix-install', async (scratch) => {
    const source = pin ? 'the SHA-256 pinned for this URL' : 'nix-installer-sha256';
    const installer = await fetchInstaller(o.installerUrl, sha256, source, scratch, o.log);
    return runInstaller(installer, installPlan(daemon, env, nixRoot), scratch, env, o.log);
  });
  addToPath(binDir, env);
  const version = await nixVersion(binDir, env, o.log);
  o.log.info(`Installed Nix ${version} in ${binDir}`);
  return { binDir, version, installed: true };
}

function checkInstallerOptions(url: string, sha256: string | undefined): string | undefined {
  const digest =
    sha256
      ?.trim()
      .toLowerCase()
      .replace(/^sha256:/, '') || undefined;
  if (digest !== undefined && !/^[0-9a-f]{64}$/.test(digest)) {
    throw new NixeryError(
      `${quoteValue(sha256 ?? '')} is not 64 hex digits`,
      'INSTALLER_SHA256_INVALID',
    );
  }
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new NixeryError(`${quoteValue(url)} is not a URL`, 'INSTALLER_URL_INVALID');
  }
  if (protocol !== 'https:' && !(protocol === 'http:' && digest)) {
    throw new NixeryError(
      `${quoteValue(url)}: use https (plain http is accepted only with a SHA-256 to check)`,
      'INSTALLER_URL_INSECURE',
    );
  }
  return digest;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The tool-cache version for an installer URL. Keyed by the URL, not only by the Nix version
 * in it, so a changed `nix-installer-url` never reuses another URL's script.
 */
function cacheVersion(url: string): string {
  const version = /nix-(\d+\.\d+\.\d+)\//.exec(url)?.[1] ?? '0.0.0';
  return `${version}-u${sha256Hex(url).slice(0, 16)}`;
}

/** The installer script, from the runner's tool cache when there, else downloaded. */
async function fetchInstaller(
  url: string,
  sha256: string | undefined,
  /** What the expected digest is, for messages. */
  source: string,
  scratch: string,
  log: Logger,
): Promise<string> {
  // @actions/tool-cache reads these from process.env; outside a runner there is no cache.
  const cacheable = Boolean(process.env.RUNNER_TOOL_CACHE && process.env.RUNNER_TEMP);
  const version = cacheVersion(url);
  // Loaded only when Nix is to be installed: most runs never need it.
  const tc = await import('@actions/tool-cache');
  const cachedDir = cacheable ? tc.find(TOOL_NAME, version) : '';
  if (cachedDir) {
    const cached = join(cachedDir, 'install');
    if (!sha256 || (await sha256File(cached)) === sha256) {
      log.info(`Using the Nix installer from the tool cache (${cachedDir})`);
      return cached;
    }
    log.info(`The cached Nix installer does not match ${source}; downloading again`);
  }
  log.info(`Downloading the Nix installer from ${url}`);
  const dest = cacheable ? undefined : join(scratch, 'install');
  let file: string;
  try {
    file = await tc.downloadTool(url, dest);
  } catch (err) {
    throw new NixeryError(
      `Could not download the Nix installer from ${url}: ${(err as Error).message}`,
      'NIX_INSTALLER_DOWNLOAD',
    );
  }
  const actual = await sha256File(file);
  if (sha256 && actual !== sha256) {
    await rm(file, { force: true });
    throw new NixeryError(
      `The Nix installer from ${url} has SHA-256 ${actual}, but ${source} is ${sha256}. ` +
        'Nothing was installed. If the installer changed on purpose, set nix-installer-sha256 to its digest.',
      'NIX_INSTALLER_CHECKSUM',
    );
  }
  log.info(`Nix installer SHA-256: ${actual}${sha256 ? ' (verified)' : ''}`);
  if (!cacheable) return file;
  const dir = await tc.cacheFile(file, 'install', TOOL_NAME, version);
  await rm(file, { force: true });
  return join(dir, 'install');
}

async function runInstaller(
  installer: string,
  plan: ReturnType<typeof installPlan>,
  scratch: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<string> {
  const args = [...plan.args];
  if (plan.extraConf !== undefined) {
    const confFile = join(scratch, 'nix.conf');
    await writeFile(confFile, plan.extraConf);
    args.push('--nix-extra-conf-file', confFile);
  }
  log.info(`Running the Nix installer (${plan.args[0]})`);
  // Our PATH setup replaces the installer's edits to shell profiles, which on a self-hosted
  // runner would outlive the job. /bin/sh by absolute path: env.PATH may not hold a shell.
  const r = await runCommand('/bin/sh', [installer, ...args], {
    env: { ...env, NIX_INSTALLER_NO_MODIFY_PROFILE: '1' },
    log,
    onStderrLine: (line) => log.info(line),
  });
  if (r.stdout.trim()) log.info(r.stdout.trimEnd());
  if (r.code !== 0) {
    throw new NixeryError(
      `The Nix installer failed (exit ${r.code}):\n${tailLines(`${r.stdout}\n${r.stderr}`)}`,
      'NIX_INSTALL_FAILED',
    );
  }
  if (!isExecutable(join(plan.binDir, 'nix-build'))) {
    throw new NixeryError(
      `The Nix installer finished, but ${plan.binDir} holds no nix-build`,
      'NIX_INSTALL_FAILED',
    );
  }
  return plan.binDir;
}
