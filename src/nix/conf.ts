/**
 * The environment to run Nix with: the user's settings appended to NIX_CONFIG, which Nix reads
 * on top of nix.conf, so whatever an earlier install step wrote to /etc/nix/nix.conf (trusted
 * keys, caches) stays in force. Later lines win, so the user's settings override earlier ones
 * in NIX_CONFIG, and `extra-*` settings add to them.
 *
 * The result is not exported to later steps (no core.exportVariable): the settings are for the
 * action's own Nix runs, and `access-tokens` would otherwise sit in every later step's
 * environment.
 */
export function nixConfigEnv(
  lines: string[],
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  if (lines.length === 0) return { ...env };
  const existing = env.NIX_CONFIG ?? '';
  const joined = lines.join('\n');
  return { ...env, NIX_CONFIG: existing.trim() === '' ? joined : `${existing}\n${joined}` };
}
