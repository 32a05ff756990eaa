import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running Azurite blob service: the real Azure Storage emulator, on a free port. */
export interface Azurite {
  /** Path-style account URL, e.g. `http://127.0.0.1:41234/devstoreaccount1`. */
  blobUrl: string;
  accountName: string;
  accountKey: string;
  stop(): Promise<void>;
}

// Azurite's well-known development account (the emulator's built-in default).
const accountName = 'devstoreaccount1';
const accountKey =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const bin = join(process.cwd(), 'node_modules', '.bin', 'azurite-blob');

export async function startAzurite(): Promise<Azurite> {
  if (!existsSync(bin)) {
    throw new Error(
      `azurite is not installed; install it with: npm install --save-dev azurite@3.35.0`,
    );
  }
  // In memory; a scratch working directory catches anything it still writes to disk.
  const location = await mkdtemp(join(tmpdir(), 'azurite-'));
  const child = spawn(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '512',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
      '--disableTelemetry',
    ],
    { cwd: location, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const started = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('Azurite did not start within 20 s')), 20_000);
    function fail(err: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n${output}`));
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // Port 0 picks a free port; Azurite prints the one it got.
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (err) => fail(err));
    child.once('close', (code) => fail(new Error(`Azurite exited with code ${code}`)));
  });
  const port = await started.catch(async (err: unknown) => {
    await exited;
    await rm(location, { recursive: true, force: true });
    throw err;
  });

  return {
    blobUrl: `http://127.0.0.1:${port}/${accountName}`,
    accountName,
    accountKey,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      await rm(location, { recursive: true, force: true });
    },
  };
}
