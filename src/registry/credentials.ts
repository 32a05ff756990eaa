import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Credentials } from './auth.ts';
import { startProcess, type ProcessResult } from '../core/spawn.ts';
import { errorCode } from '../core/errors.ts';

export interface ResolveCredentialsOptions {
  /** The registry host as written in the image name: `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** The `username`/`password` inputs; used only when both are set. */
  inputs?: { username?: string; password?: string };
  /**
   * Read for `REGISTRY_AUTH_FILE`, `XDG_RUNTIME_DIR`, `XDG_CONFIG_HOME`, `DOCKER_CONFIG`,
   * `HOME`, `GITHUB_TOKEN` and `GITHUB_ACTOR`; credential helpers run with it (PATH included).
   */
  env: Record<string, string | undefined>;
  /** How long a credential helper may take (default 30 s). */
  helperTimeoutMs?: number;
}

export interface ResolvedCredentials {
  credentials?: Credentials;
  /** What was chosen, safe to show: "username/password inputs for user ci", "anonymous". */
  source: string;
  /** Things the user may want to know, e.g. a credential helper that failed. */
  notices: string[];
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

interface AuthFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, unknown>;
  credsStore?: unknown;
}

const DEFAULT_HELPER_TIMEOUT_MS = 30_000;
/** What a credential helper puts in Username when Secret is an identity token. */
const TOKEN_USER = '<token>';
/** Helper output is a small JSON document; anything longer is not read. */
const MAX_HELPER_OUTPUT = 1024 * 1024;

/**
 * Picks the credentials for one registry, first found wins: the inputs, then the files that
 * `docker login`, `podman login`, `buildah login` and `skopeo login` write (read as skopeo reads
 * them), then for ghcr.io the workflow's GITHUB_TOKEN. Nothing found means anonymous, which is
 * enough for registries that allow it.
 */
export async function resolveCredentials(
  opts: ResolveCredentialsOptions,
): Promise<ResolvedCredentials> {
  const notices: string[] = [];
  const { username, password } = opts.inputs ?? {};
  if (username && password) {
    return {
      credentials: { username, password },
      source: `username/password inputs for user ${username}`,
      notices,
    };
  }
  for (const path of authFiles(opts.env)) {
    const found = await fileCredentials(path, opts, notices);
    if (found) return { ...found, notices };
  }
  const token = opts.env.GITHUB_TOKEN;
  if (opts.registry === 'ghcr.io' && token) {
    const actor = opts.env.GITHUB_ACTOR || 'github-actions';
    return {
      credentials: { username: actor, password: token },
      source: `GITHUB_TOKEN as ${actor}`,
      notices,
    };
  }
  return { source: 'anonymous', notices };
}

/**
 * The files skopeo (containers/image) reads, in its order: REGISTRY_AUTH_FILE alone when set;
 * otherwise the containers auth.json under XDG_RUNTIME_DIR and under XDG_CONFIG_HOME, then
 * Docker's config.json (in DOCKER_CONFIG, or ~/.docker).
 */
export function authFiles(env: ResolveCredentialsOptions['env']): string[] {
  if (env.REGISTRY_AUTH_FILE) return [env.REGISTRY_AUTH_FILE];
  const home = env.HOME || homedir();
  const files: string[] = [];
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  files.push(join(env.XDG_CONFIG_HOME || join(home, '.config'), 'containers', 'auth.json'));
  files.push(join(env.DOCKER_CONFIG || join(home, '.docker'), 'config.json'));
  return files;
}

/**
 * One file, as Docker reads it: a `credHelpers` entry for the registry wins; then an `auths`
 * entry (`auth`, `username`/`password`, or `identitytoken`); then the `credsStore` helper.
 */
async function fileCredentials(
  path: string,
  opts: ResolveCredentialsOptions,
  notices: string[],
): Promise<{ credentials: Credentials; source: string } | undefined> {
  const home = opts.env.HOME || homedir();
  const shown = path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
  let file: AuthFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as AuthFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      notices.push(`Ignoring ${shown}: ${(err as Error).message}`);
    }
    return undefined;
  }
  if (!file || typeof file !== 'object') return undefined;
  const registry = opts.registry;
  const helper = file.credHelpers?.[registry];
  if (typeof helper === 'string' && helper) {
    return fromHelper(helper, `${shown} credHelpers entry for ${registry}`, opts, notices);
  }
  const entry = Object.entries(file.auths ?? {}).find(([key]) => hostOf(key) === registry)?.[1];
  const credentials = entry && typeof entry === 'object' ? entryCredentials(entry) : undefined;
  if (credentials) return { credentials, source: `${shown} entry for ${registry}` };
  const store = file.credsStore;
  if (typeof store === 'string' && store) {
    return fromHelper(store, `${shown} credsStore`, opts, notices);
  }
  return undefined;
}

function entryCredentials(entry: AuthEntry): Credentials | undefined {
  let username = typeof entry.username === 'string' ? entry.username : '';
  let password = typeof entry.password === 'string' ? entry.password : '';
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    // The password may itself hold colons; the user name cannot.
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken =
    typeof entry.identitytoken === 'string' && entry.identitytoken
      ? entry.identitytoken
      : undefined;
  if (identityToken) return { username: username || TOKEN_USER, password: '', identityToken };
  return password ? { username, password } : undefined;
}

/**
 * Runs `docker-credential-<name> get` with the server on stdin, as Docker does: no shell, a
 * time limit, and neither its output nor its stderr ever shown (either may hold the secret).
 */
async function fromHelper(
  name: string,
  source: string,
  opts: ResolveCredentialsOptions,
  notices: string[],
): Promise<{ credentials: Credentials; source: string } | undefined> {
  const program = `docker-credential-${name}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name)) {
    notices.push(`${source} names ${JSON.stringify(name)}, which is not a helper name; ignored`);
    return undefined;
  }
  const failed = (why: string) => {
    notices.push(`${source}: ${program} get ${why}; trying other credentials`);
    return undefined;
  };
  let result: ProcessResult;
  try {
    // No log: the command line is harmless but the wrapper would show it on every run.
    result = await startProcess(program, ['get'], {
      input: `${helperServer(opts.registry)}\n`,
      env: opts.env,
      timeoutMs: opts.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS,
      maxStdout: MAX_HELPER_OUTPUT,
    }).done;
  } catch (err) {
    const code = errorCode(err);
    if (code === 'COMMAND_NOT_FOUND') return failed('is not on PATH');
    if (code === 'COMMAND_TIMED_OUT')
      return failed(`did not finish within ${timeoutSeconds(opts)} s`);
    if (code === 'COMMAND_OUTPUT_TOO_LARGE') return failed('wrote too much output');
    return failed('could not run');
  }
  if (result.code !== 0) {
    // Helpers say "credentials not found" on stdout with status 1: no secret in that.
    const notFound = /credentials not found/i.test(result.stdout);
    return failed(notFound ? 'has no credentials for it' : `failed (exit status ${result.code})`);
  }
  let answer: { Username?: unknown; Secret?: unknown };
  try {
    answer = JSON.parse(result.stdout) as typeof answer;
  } catch {
    return failed('answered with something other than JSON');
  }
  const user = typeof answer.Username === 'string' ? answer.Username : '';
  const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
  if (!secret) return failed('gave no secret');
  const credentials =
    user === TOKEN_USER
      ? { username: TOKEN_USER, password: '', identityToken: secret }
      : { username: user, password: secret };
  return { credentials, source: `${source} (${program}) for user ${user}` };
}

function timeoutSeconds(opts: ResolveCredentialsOptions): number {
  return (opts.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS) / 1000;
}

/** Docker asks helpers about Docker Hub by its old index URL. */
function helperServer(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
}

/**
 * Keys in `auths` are host names or URLs (`https://index.docker.io/v1/` stands for Docker Hub,
 * which image names call docker.io). containers auth.json may also key by `host/namespace`;
 * such keys count for the host.
 */
function hostOf(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  const lower = host.toLowerCase();
  if (lower === 'index.docker.io' || lower === 'registry-1.docker.io') return 'docker.io';
  return host;
}
