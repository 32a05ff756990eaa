/**
 * skopeo as the peer: `skopeo copy oci:<layout>:<tag> docker://<registry>/<repo>:<tag>`,
 * copying the layout's blobs as they are (no recompression, digests preserved).
 *
 * skopeo keeps a blob-info cache (which registry already holds which blob) and uses it to
 * skip HEADs and to mount blobs across repositories. As root it lives in
 * /var/lib/containers/cache, shared by every run; so skopeo runs here as `nobody` with HOME
 * pointing at a cache folder of our choosing: a new folder is a cold cache, a reused one warm.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NOBODY = 65534;

export async function skopeoVersion(): Promise<string> {
  try {
    const { stdout } = await run('skopeo', ['--version']);
    return stdout.trim();
  } catch (err) {
    throw new Error('skopeo is needed for this benchmark: apt-get install -y skopeo', {
      cause: err,
    });
  }
}

/** A folder skopeo (as `nobody`) may write its blob-info cache to: a cold cache. */
export async function freshSkopeoHome(parent: string): Promise<string> {
  const home = await mkdtemp(join(parent, 'skopeo-home-'));
  await chown(home, NOBODY, NOBODY);
  return home;
}

/** Lets `nobody` read a folder made by mkdtemp (mode 0700), such as an OCI layout's parent. */
export async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755);
}

export interface SkopeoPush {
  layout: string;
  tag: string;
  /** `host:port/repo:tag` */
  dest: string;
  home: string;
}

export function skopeoPush(p: SkopeoPush): Promise<void> {
  const args = [
    '--insecure-policy',
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    // Refuses to change any blob, so skopeo sends exactly the bytes ours sends.
    '--preserve-digests',
    `oci:${p.layout}:${p.tag}`,
    `docker://${p.dest}`,
  ];
  return spawnSkopeo(args, p.home);
}

/** The cost of starting skopeo at all: `skopeo --version`. */
export function skopeoStart(home: string): Promise<void> {
  return spawnSkopeo(['--version'], home);
}

function spawnSkopeo(args: string[], home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('skopeo', args, {
      uid: process.getuid?.() === 0 ? NOBODY : undefined,
      gid: process.getuid?.() === 0 ? NOBODY : undefined,
      env: { PATH: process.env.PATH, HOME: home, TMPDIR: tmpdir() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`skopeo ${args.join(' ')}: ${stderr.trim()}`)),
    );
  });
}
