import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Credentials } from './auth.ts';

export interface ResolveCredentialsOptions {
  /** The registry host as written in the image name: `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** The `username`/`password` inputs; used only when both are set. */
  inputs?: { username?: string; password?: string };
  /** Read for `DOCKER_CONFIG`, `HOME`, `GITHUB_TOKEN` and `GITHUB_ACTOR`. */
  env: Record<string, string | undefined>;
}

export interface ResolvedCredentials {
  credentials?: Credentials;
  /** What was chosen, safe to show: "username/password inputs for user ci", "anonymous". */
  source: string;
  /** Things the user may want to know, e.g. an ignored credential helper. */
  notices: string[];
}

interface DockerConfig {
  auths?: Record<string, { auth?: unknown; username?: unknown; password?: unknown }>;
  credHelpers?: Record<string, unknown>;
  credsStore?: unknown;
}

/**
 * Picks the credentials for one registry, first found wins: the inputs, then the Docker config
 * that `docker login` (and so docker/login-action) writes, then for ghcr.io the workflow's
 * GITHUB_TOKEN. Nothing found means anonymous, which is enough for registries that allow it.
 */
export function resolveCredentials(opts: ResolveCredentialsOptions): ResolvedCredentials {
  const notices: string[] = [];
  const { username, password } = opts.inputs ?? {};
  if (username && password) {
    return {
      credentials: { username, password },
      source: `username/password inputs for user ${username}`,
      notices,
    };
  }
  const fromConfig = dockerConfigCredentials(opts.registry, opts.env, notices);
  if (fromConfig) return { ...fromConfig, notices };
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

function dockerConfigCredentials(
  registry: string,
  env: ResolveCredentialsOptions['env'],
  notices: string[],
): { credentials: Credentials; source: string } | undefined {
  const home = env.HOME || homedir();
  const dir = env.DOCKER_CONFIG || join(home, '.docker');
  const path = join(dir, 'config.json');
  const shown = path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
  let config: DockerConfig;
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as DockerConfig;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      notices.push(`Ignoring ${shown}: ${(err as Error).message}`);
    }
    return undefined;
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => hostOf(key) === registry)?.[1];
  const credentials = entry && entryCredentials(entry);
  if (credentials) return { credentials, source: `${shown} entry for ${registry}` };
  const helper = config.credHelpers?.[registry] ?? config.credsStore;
  if (typeof helper === 'string' && helper) {
    notices.push(
      `${shown} sends ${registry} to the credential helper docker-credential-${helper}, ` +
        'which this action does not run; give username and password instead',
    );
  }
  return undefined;
}

function entryCredentials(entry: NonNullable<DockerConfig['auths']>[string]) {
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    // The password may itself hold colons; the user name cannot.
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.password) {
    return { username: entry.username, password: entry.password };
  }
  return undefined;
}

/**
 * Keys in `auths` are host names or URLs (`https://index.docker.io/v1/` stands for Docker Hub,
 * which image names call docker.io).
 */
function hostOf(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  const lower = host.toLowerCase();
  if (lower === 'index.docker.io' || lower === 'registry-1.docker.io') return 'docker.io';
  return host;
}
