/**
 * Multi-user Nix for tests without touching the machine's own set-up: a private `nix-daemon`
 * (root, over the real /nix/store) with its own NIX_CONF_DIR and socket, and local test users
 * to run the action as. Others build on this machine at the same time: nothing here changes
 * /etc/nix, the default daemon socket or a global setting.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from './tools.ts';

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
}

/**
 * A local system user for tests, created when missing (idempotent). It has no password, no
 * login shell and no home folder on disk, so leaving it behind is harmless.
 */
export function ensureTestUser(name: string): TestUser {
  if (!/^nixery-it-[a-z]$/.test(name)) throw new Error(`test user names are nixery-it-<letter>`);
  requireTool('useradd', 'apt-get install -y passwd');
  const exists = () => spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (exists().status !== 0) {
    const made = spawnSync(
      'useradd',
      [
        '--system',
        '--user-group',
        '--no-create-home',
        '--home-dir',
        '/nonexistent',
        '--shell',
        '/usr/sbin/nologin',
        '--comment',
        'nixery-action integration tests',
        name,
      ],
      { encoding: 'utf8' },
    );
    // Another test file may have made it meanwhile.
    if (made.status !== 0 && exists().status !== 0) throw new Error(made.stderr);
  }
  const uid = Number(exists().stdout.trim());
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
  return { name, uid, gid };
}

export interface NixDaemon {
  /** Environment that points a Nix client at this daemon. */
  env: Record<string, string>;
  socket: string;
  stop(): Promise<void>;
}

/**
 * Starts `nix-daemon` as root with a private nix.conf (`conf`, e.g. `trusted-users = root x`)
 * listening on a private socket. It builds as root without build users and without a sandbox,
 * so it depends on nothing the machine's /etc/nix/nix.conf says.
 */
export async function startNixDaemon(conf: string): Promise<NixDaemon> {
  requireTool('nix-daemon', 'apt-get install -y nix-bin');
  if (process.getuid?.() !== 0)
    throw new Error('a private nix-daemon needs the tests to run as root');
  const dir = await mkdtemp(join(tmpdir(), 'nixery-daemon-'));
  // Clients of other users must reach the socket: the folders are traversable, not listable.
  await chmod(dir, 0o711);
  const confDir = join(dir, 'conf');
  const socketDir = join(dir, 'socket');
  await mkdir(confDir);
  await mkdir(socketDir, { mode: 0o711 });
  await writeFile(
    join(confDir, 'nix.conf'),
    `build-users-group =\nsandbox = false\nsubstituters =\n${conf}\n`,
  );
  const socket = join(socketDir, 'socket');
  const env = { NIX_DAEMON_SOCKET_PATH: socket, NIX_REMOTE: 'daemon' };
  const child = spawn('nix-daemon', [], {
    env: { PATH: process.env.PATH, NIX_CONF_DIR: confDir, NIX_DAEMON_SOCKET_PATH: socket },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
      throw new Error(`nix-daemon did not start:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    env,
    socket,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
