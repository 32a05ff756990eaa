import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SSHD = '/usr/sbin/sshd';
// sshd refuses to start without its privilege separation folder, which Debian's service
// creates at boot; the test creates it when absent and removes it again.
const PRIVSEP_DIR = '/run/sshd';

export interface TestSshd {
  port: number;
  /** The client's private key file (for root on this sshd). */
  clientKey: string;
  /** A known_hosts file holding this sshd's host key for [127.0.0.1]:port. */
  knownHosts: string;
  dir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A private sshd (Debian's openssh-server) on 127.0.0.1, as root, with its own host key, config
 * and authorized key, letting root in by key only. `env` is set for every session (SetEnv).
 */
export async function startSshd(env: Record<string, string> = {}): Promise<TestSshd> {
  if (!existsSync(SSHD)) {
    throw new Error(`${SSHD} is missing; install it with: apt-get install -y openssh-server`);
  }
  if (process.getuid?.() !== 0) throw new Error('the sshd test runs as root (it logs in as root)');
  const dir = mkdtempSync(join(tmpdir(), 'nixery-sshd-'));
  const createdPrivsep = !existsSync(PRIVSEP_DIR);
  if (createdPrivsep) mkdirSync(PRIVSEP_DIR, { mode: 0o755 });
  const keygen = (file: string) =>
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', '', '-f', file]);
  keygen(join(dir, 'host_key'));
  keygen(join(dir, 'client_key'));
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), {
    mode: 0o600,
  });
  const hostKey = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2);
  let child: ChildProcess | undefined;
  let log = '';
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    const port = await freePort();
    const config = join(dir, 'sshd_config');
    writeFileSync(
      config,
      [
        'ListenAddress 127.0.0.1',
        `Port ${port}`,
        `HostKey ${join(dir, 'host_key')}`,
        `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
        'PermitRootLogin prohibit-password',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'StrictModes no',
        `PidFile ${join(dir, 'sshd.pid')}`,
        ...Object.entries(env).map(([k, v]) => `SetEnv "${k}=${v}"`),
        '',
      ].join('\n'),
    );
    const started = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && started.exitCode === null && !(await answers(port))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (started.exitCode === null && (await answers(port))) {
      child = started;
      writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey.join(' ')}\n`);
      return {
        port,
        clientKey: join(dir, 'client_key'),
        knownHosts: join(dir, 'known_hosts'),
        dir,
        async stop() {
          const exited = new Promise((r) => started.once('exit', r));
          started.kill('SIGTERM');
          await exited;
          rmSync(dir, { recursive: true, force: true });
          if (createdPrivsep) rmSync(PRIVSEP_DIR, { recursive: true, force: true });
        },
      };
    }
    started.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
  if (createdPrivsep) rmSync(PRIVSEP_DIR, { recursive: true, force: true });
  throw new Error(`sshd did not start:\n${log}`);
}
