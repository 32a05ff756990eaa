import { access, constants } from 'node:fs/promises';
import { NixeryError } from '../core/errors.ts';

/**
 * Files for Nix's own distributed builds (`builders = ssh-ng://…` in nix-conf): the private key
 * Nix's ssh uses and the known_hosts file that vouches for the builders. Both are files the
 * workflow wrote (from a secret); the action hands their paths to ssh and never reads them, so
 * no key can reach the log.
 */
export interface RemoteBuildFiles {
  sshKey?: string;
  knownHosts?: string;
}

async function readable(file: string, what: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new NixeryError(`The ${what} ${file} cannot be read`, 'REMOTE_BUILD_FILE_MISSING');
  }
}

/**
 * The environment with NIX_SSHOPTS (which Nix adds to every ssh it runs for ssh:// and
 * ssh-ng:// stores and builders) extended by the key and known_hosts. Options already there
 * (a port, say) stay first. Nix splits NIX_SSHOPTS on spaces, hence no spaces in the paths.
 */
export async function remoteBuildEnv(
  files: RemoteBuildFiles,
  env: NodeJS.ProcessEnv,
): Promise<NodeJS.ProcessEnv> {
  const opts: string[] = [];
  if (files.sshKey) {
    await readable(files.sshKey, 'ssh key file');
    opts.push('-i', files.sshKey, '-o', 'IdentitiesOnly=yes');
  }
  if (files.knownHosts) {
    await readable(files.knownHosts, 'known_hosts file');
    opts.push('-o', `UserKnownHostsFile=${files.knownHosts}`, '-o', 'StrictHostKeyChecking=yes');
  }
  if (opts.length === 0) return env;
  const existing = env.NIX_SSHOPTS?.trim();
  return { ...env, NIX_SSHOPTS: [...(existing ? [existing] : []), ...opts].join(' ') };
}
