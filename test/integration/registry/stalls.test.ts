import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { runAction } from '../../helpers/action.ts';
import {
  registryBehindFaults,
  startFaultProxy,
  type FaultProxy,
} from '../../helpers/fault-proxy.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { randomImage } from './random-image.ts';
import { noMask, verifyPushed } from './verify.ts';

// A registry that accepts a request and never answers (a dropped load-balancer connection),
// and one behind a slow link: the real docker-registry behind the fault proxy, token auth.
const creds = { username: 'ci', password: 'stall-pass-29' };
const UPLOAD = /\/blobs\/uploads\//;

const env = registryBehindFaults('stalls', creds);

let repoCount = 0;
const newImage = async (layers = 2) =>
  randomImage(await mkdtemp(join(env.scratch, 'img-')), layers);

async function pushThroughProxy(
  repository: string,
  image: Awaited<ReturnType<typeof newImage>>,
  extra: Partial<RegistryClientOptions> = {},
) {
  const log = memoryLogger();
  const client = new RegistryClient({
    image: { registry: env.proxy.host, repository },
    credentials: creds,
    log,
    retry: { baseMs: 50, maxDelayMs: 200 },
    maskSecret: noMask,
    ...extra,
  });
  try {
    return { result: await pushImage(client, image, ['latest'], log), log };
  } finally {
    await client.close();
  }
}

describe('a request accepted and never answered', () => {
  // PATCH with every blob sent in one (wholeUploadMax 0); PUT as the closing PUT carrying a
  // small blob whole.
  for (const method of ['POST', 'PATCH', 'PUT']) {
    it(`is dropped after the timeout and retried when it is the first ${method} of an upload`, async () => {
      env.proxy.rules.push({
        method,
        path: UPLOAD,
        when: (req) => method !== 'PUT' || Number(req.headers['content-length'] ?? 0) > 0,
        fault: { kind: 'stall' },
      });
      const repository = `stall/r${++repoCount}`;
      const image = await newImage();
      const started = performance.now();
      const { log } = await pushThroughProxy(repository, image, {
        timeoutMs: 1000,
        ...(method === 'PATCH' ? { wholeUploadMax: 0 } : {}),
      });
      const ms = performance.now() - started;
      assert.equal(env.proxy.rules[0]?.applied, 1, 'the request was stalled');
      const retried = log.lines.find((l) => /attempt 1 of 5 failed/.test(l)) ?? '';
      assert.match(
        retried,
        new RegExp(
          `Uploading blob sha256:[0-9a-f]+: attempt 1 of 5 failed \\(${env.proxy.host.replace(/\./g, '\\.')} ` +
            `did not answer in time: .* \\(${method} ${env.proxy.host.replace(/\./g, '\\.')}/v2/${repository}/blobs/uploads/.*\\) made no progress for 1 s\\)`,
        ),
      );
      assert.ok(ms >= 1000 && ms < 10_000, `${Math.round(ms)} ms`);
      await verifyPushed(`${env.registry.host}/${repository}:latest`, image, env.scratch, creds);
    });
  }

  it('fails the action within 5 minutes when every blob check goes unanswered, moving no tag', async () => {
    const repository = `stall/r${++repoCount}`;
    const previous = await newImage(1);
    await pushThroughProxy(repository, previous);
    env.proxy.rules.push({
      method: 'HEAD',
      path: /\/blobs\/sha256:/,
      times: Infinity,
      fault: { kind: 'stall' },
    });
    const seen = env.proxy.requests.length;
    const started = performance.now();
    const run = await runAction(
      {
        packages: 'hello',
        'pkg-source': testPkgSource,
        image: `${env.proxy.host}/${repository}`,
        username: creds.username,
        password: creds.password,
        timeout: '3',
        cache: 'false',
      },
      { entry: 'src/main.ts' },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `# silent blob checks, timeout 3 s: the action failed after ${seconds.toFixed(1)} s`,
    );
    assert.notEqual(run.code, 0);
    assert.ok(seconds < 300, `${seconds} s`);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    const host = env.proxy.host.replace(/\./g, '\\.');
    assert.match(
      error,
      new RegExp(
        `::error::${host} did not answer in time: Checking blob sha256:[0-9a-f]{64} ` +
          `\\(HEAD ${host}/v2/${repository}/blobs/sha256:[0-9a-f]{64}\\) made no progress for 3 s`,
      ),
    );
    const during = env.proxy.requests.slice(seen);
    const stalled = during.filter((r) => r.fault === 'stall');
    assert.ok(stalled.length >= 5, `${stalled.length} checks stalled`);
    assert.ok(
      !during.some((r) => r.method === 'PUT' && r.path.includes('/manifests/')),
      'no manifest or tag was put',
    );
    await verifyPushed(`${env.registry.host}/${repository}:latest`, previous, env.scratch, creds);
  });
});

describe('an upload over a slow link', () => {
  let slow: TestRegistry;
  let front: FaultProxy;
  before(async () => {
    // Tokens live 20 s, so the upload outlives several of them.
    slow = await startRegistry({ tokenAuth: { ...creds, expiresIn: 20 } });
    front = await startFaultProxy({ upstream: slow.url });
  });
  after(async () => {
    await front?.stop();
    await slow?.stop();
  });

  it('completes at 50 kB/s over more than a minute, with 20-second tokens and the default timeout', async () => {
    // One layer of 3.4 MB of random bytes (gzip cannot shrink it): about 70 s at 50 kB/s.
    const image = await randomImage(await mkdtemp(join(env.scratch, 'slow-')), 1, 3_400_000);
    front.rules.push({
      method: 'PATCH',
      path: UPLOAD,
      times: Infinity,
      fault: { kind: 'throttle', bytesPerSecond: 50_000 },
    });
    const log = memoryLogger();
    const client = new RegistryClient({
      image: { registry: front.host, repository: 'slow/app' },
      credentials: creds,
      log,
      maskSecret: noMask,
      progressIntervalMs: 10_000,
    });
    const started = performance.now();
    try {
      await pushImage(client, image, ['latest'], log);
    } finally {
      await client.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const patch = front.requests.find((r) => r.method === 'PATCH' && r.bytes > 3_000_000);
    const patchSeconds = ((patch?.endedAt ?? 0) - (patch?.at ?? 0)) / 1000;
    console.log(
      `# slow upload: ${image.layers[0]!.size} bytes at 50 kB/s, PATCH ${patchSeconds.toFixed(1)} s, ` +
        `push ${seconds.toFixed(1)} s, ${slow.tokenRequests.length} tokens`,
    );
    assert.ok(patchSeconds > 60, `the PATCH took ${patchSeconds} s`);
    assert.ok(!log.lines.some((l) => /failed/.test(l)), log.lines.join('\n'));
    assert.ok(slow.tokenRequests.length >= 2, 'a fresh token after the long PATCH');
    await verifyPushed(`${slow.host}/slow/app:latest`, image, env.scratch, creds);
  });
});
