import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { testPkgsDir } from './pkgs.ts';

export interface GitHttpServer {
  /** `http://user:password@127.0.0.1:<port>/pkgs.git`: what a user would put in pkg-source. */
  urlWithCredentials: string;
  /** Requests that came without the right Basic credentials (each answered 401). */
  refused: number;
  /** Requests served. */
  served: number;
  stop(): Promise<void>;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
    { cwd: dir, encoding: 'utf8' },
  ).trim();
}

/**
 * The test package set in a bare git repository, served over git's "dumb" HTTP protocol (plain
 * files, which git fetches itself) behind Basic auth, as a private repository on a git host
 * is: git sends the user info of the URL only after the 401.
 */
export async function startGitHttp(username: string, password: string): Promise<GitHttpServer> {
  const root = mkdtempSync(join(tmpdir(), 'nixery-git-http-'));
  const work = join(root, 'work');
  cpSync(join(testPkgsDir(), 'default.nix'), join(work, 'default.nix'));
  cpSync(join(testPkgsDir(), 'busybox'), join(work, 'busybox'), { recursive: true });
  git(work, 'init', '--quiet', '--initial-branch=main');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'test package set');
  const bare = join(root, 'pkgs.git');
  git(root, 'clone', '--quiet', '--bare', work, bare);
  git(bare, 'update-server-info');
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const state = { refused: 0, served: 0 };
  const server = createServer((req: IncomingMessage, res) => {
    if (req.headers.authorization !== expected) {
      state.refused++;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!path.startsWith('/pkgs.git/') || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    state.served++;
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlWithCredentials: `http://${username}:${password}@127.0.0.1:${port}/pkgs.git`,
    get refused() {
      return state.refused;
    },
    get served() {
      return state.served;
    },
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
