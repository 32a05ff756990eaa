/**
 * The environment every Nix process (and the Nix installer) runs with: an allowlist, never
 * this process's whole environment. Evaluation is impure, so a package set can read any
 * variable it is given with `builtins.getEnv` and hand it to a fixed-output derivation, which
 * has network access. The action's own environment holds its inputs (`INPUT_PASSWORD`,
 * `INPUT_GITHUB-TOKEN`) and the runner's tokens (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, `GITHUB_TOKEN`): none of them reaches Nix.
 *
 * What passes is what Nix itself reads: where to find programs and files, its own `NIX_*`
 * settings (NIX_CONFIG carries the nix-conf input), certificates, proxies, locale, and the
 * ssh agent for `git!ssh://` sources.
 */

const ALLOWED_NAMES: ReadonlySet<string> = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TZ',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TERM',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'GIT_SSL_CAINFO',
  'SSH_AUTH_SOCK',
  'XDG_CACHE_HOME',
  'XDG_CONFIG_HOME',
  'XDG_CONFIG_DIRS',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
  'XDG_RUNTIME_DIR',
  'http_proxy',
  'https_proxy',
  'ftp_proxy',
  'all_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'FTP_PROXY',
  'ALL_PROXY',
  'NO_PROXY',
]);

/** Whether a variable of this name may reach a Nix process. */
export function isNixVariable(name: string): boolean {
  return ALLOWED_NAMES.has(name) || name.startsWith('NIX_');
}

/**
 * The allowlisted part of `base`, with `extra` (what the action itself sets, such as
 * NIX_CONFIG) laid over it. `extra` is taken whole: it is written by this code, not inherited.
 */
export function nixEnv(
  base: NodeJS.ProcessEnv = process.env,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && isNixVariable(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined) env[name] = value;
  }
  return env;
}
