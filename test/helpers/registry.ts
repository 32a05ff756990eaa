import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import {
  startTokenServer,
  TOKEN_ISSUER,
  TOKEN_SERVICE,
  type TokenRequest,
  type TokenServer,
  type TokenServerOptions,
} from './token-server.ts';

const run = promisify(execFile);

/** A real docker-registry (distribution 2.8.2) on loopback, with its storage in a temp dir. */
export interface TestRegistry {
  /** '127.0.0.1:PORT', usable as the host part of an image name. */
  host: string;
  url: string;
  storageDir: string;
  /** Every request the token service answered (only with `tokenAuth`). */
  tokenRequests: TokenRequest[];
  /** The token service itself (only with `tokenAuth`). */
  tokenServer?: TokenServer;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  /** Require these credentials (htpasswd with bcrypt, Basic auth). */
  htpasswd?: { username: string; password: string };
  /** Make the registry answer with relative Location headers. */
  relativeUrls?: boolean;
  /**
   * Bearer token auth: the registry trusts a local token service that grants pull and push to
   * these credentials, with ES256 JWTs whose self-signed certificate rides in `x5c`.
   */
  tokenAuth?: TokenServerOptions;
  /** Serve HTTPS with this certificate and key (see makeTestCertificates). */
  tls?: { certPath: string; keyPath: string };
}

const READY_TIMEOUT_MS = 15_000;
const PORT_ATTEMPTS = 5;

export async function startRegistry(opts: StartRegistryOptions = {}): Promise<TestRegistry> {
  await requireTool('docker-registry', ['--version'], 'apt-get install -y docker-registry');
  const dir = await mkdtemp(join(tmpdir(), 'nixery-registry-'));
  try {
    let htpasswdPath: string | undefined;
    if (opts.htpasswd) {
      await requireTool('htpasswd', ['-h'], 'apt-get install -y apache2-utils', true);
      const { username, password } = opts.htpasswd;
      const { stdout } = await run('htpasswd', ['-Bbn', username, password]);
      htpasswdPath = join(dir, 'htpasswd');
      await writeFile(htpasswdPath, stdout);
    }
    const token = opts.tokenAuth ? await startTokenServer(dir, opts.tokenAuth) : undefined;
    // Another process may take the port between our probe and the registry's bind: try again.
    let lastError: unknown;
    for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      const port = await freePort();
      try {
        return await launch(dir, port, opts, htpasswdPath, token);
      } catch (err) {
        lastError = err;
      }
    }
    await token?.close();
    throw lastError;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

async function launch(
  dir: string,
  port: number,
  opts: StartRegistryOptions,
  htpasswdPath: string | undefined,
  token: TokenServer | undefined,
): Promise<TestRegistry> {
  const storageDir = join(dir, 'storage');
  const configPath = join(dir, `config-${port}.yml`);
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storageDir)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: test-registry-secret',
    `  relativeurls: ${opts.relativeUrls ?? false}`,
  ];
  if (opts.tls) {
    lines.push(
      '  tls:',
      `    certificate: ${JSON.stringify(opts.tls.certPath)}`,
      `    key: ${JSON.stringify(opts.tls.keyPath)}`,
    );
  }
  if (htpasswdPath) {
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: test-registry',
      `    path: ${JSON.stringify(htpasswdPath)}`,
    );
  }
  if (token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${token.realm}`,
      `    service: ${TOKEN_SERVICE}`,
      `    issuer: ${TOKEN_ISSUER}`,
      `    rootcertbundle: ${JSON.stringify(token.certPath)}`,
    );
  }
  await writeFile(configPath, `${lines.join('\n')}\n`);

  const child = spawn('docker-registry', ['serve', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const host = `127.0.0.1:${port}`;
  const url = `${opts.tls ? 'https' : 'http'}://${host}`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw err;
  }
  return {
    host,
    url,
    storageDir,
    tokenRequests: token?.requests ?? [],
    tokenServer: token,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await token?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  // The probe only asks whether the registry listens; its certificate is tested elsewhere.
  const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`docker-registry exited before it was ready:\n${output()}`);
      }
      try {
        const res = await request(`${url}/v2/`, { dispatcher });
        await res.body.dump();
        if (res.statusCode === 200 || res.statusCode === 401) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await dispatcher.close();
  }
  throw new Error(
    `docker-registry did not answer on ${url} within ${READY_TIMEOUT_MS} ms:\n${output()}`,
  );
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

export async function requireTool(cmd: string, args: string[], install: string, anyExit = false) {
  try {
    await run(cmd, args);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing || !anyExit) {
      throw new Error(`${cmd} is needed for this test: ${install}`, { cause: err });
    }
  }
}

export interface SkopeoOptions {
  /** 'user:password' for the source registry. */
  creds?: string;
}

/**
 * Copies an image into an OCI layout. skopeo checks every blob's digest and size on the way,
 * so a successful copy proves the pushed image is whole.
 */
export async function skopeoCopyToOci(ref: string, ociDir: string, opts: SkopeoOptions = {}) {
  await requireTool('skopeo', ['--version'], 'apt-get install -y skopeo');
  const args = ['copy', '--src-tls-verify=false'];
  if (opts.creds) args.push('--src-creds', opts.creds);
  args.push(`docker://${ref}`, `oci:${ociDir}:latest`);
  await runSkopeo(args);
}

/** `skopeo inspect` of an image in a registry: its digest, layers and config as skopeo sees them. */
export async function skopeoInspect(
  ref: string,
  opts: SkopeoOptions = {},
): Promise<{ Digest: string; Layers: string[]; [key: string]: unknown }> {
  await requireTool('skopeo', ['--version'], 'apt-get install -y skopeo');
  const args = ['inspect', '--tls-verify=false'];
  if (opts.creds) args.push('--creds', opts.creds);
  args.push(`docker://${ref}`);
  return JSON.parse(await runSkopeo(args));
}

async function runSkopeo(args: string[]): Promise<string> {
  try {
    const { stdout } = await run('skopeo', args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`skopeo ${args[0]} failed: ${stderr.trim()}`, { cause: err });
  }
}
