/**
 * Reading a blob back (what `verify: true` does with every reused layer) follows the redirect
 * big registries answer with, to a storage host that gets no Authorization: a stand-in proxy
 * for that host trusts its own signed URLs and forwards with credentials of its own.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RegistryClient } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { startHostileServer } from '../../helpers/hostile-server.ts';
import { startRegistry } from '../../helpers/registry.ts';
import { randomSecret } from '../../helpers/secret-scan.ts';
import { randomImage } from '../registry/random-image.ts';
import { fastRetry, noMask } from '../registry/verify.ts';

test('a blob read is redirected to storage, which gets no Authorization', async () => {
  const credentials = { username: 'u', password: randomSecret('pw-') };
  const basic = `Basic ${Buffer.from(`u:${credentials.password}`).toString('base64')}`;
  const scratch = await mkdtemp(join(tmpdir(), 'nixery-blob-redirect-'));
  const registry = await startRegistry({ htpasswd: credentials });
  const storage = await startFaultProxy({ upstream: registry.url, upstreamAuthorization: basic });
  const front = await startHostileServer({
    upstream: registry.url,
    rules: [
      {
        method: 'GET',
        path: /\/blobs\/sha256:/,
        answer: { kind: 'redirect', status: 307, origin: storage.url },
      },
    ],
  });
  const client = new RegistryClient({
    image: { registry: front.host, repository: 'sec/redirect' },
    credentials,
    retry: fastRetry,
    maskSecret: noMask,
  });
  try {
    const image = await randomImage(scratch, 1);
    await pushImage(client, image, ['latest']);
    const layer = image.layers[0]!;
    const hash = createHash('sha256');
    for await (const chunk of await client.openBlob(layer.digest)) hash.update(chunk as Buffer);
    assert.equal(`sha256:${hash.digest('hex')}`, layer.digest);
    assert.ok(
      front.requests.some((r) => r.method === 'GET' && r.headers.authorization === basic),
      'the registry got the credentials',
    );
    const reads = storage.requests.filter((r) => r.method === 'GET');
    assert.equal(reads.length, 1, 'the blob came from the storage host');
    assert.equal(reads[0]!.authorization, undefined, 'no Authorization reached it');
  } finally {
    await client.close();
    await Promise.all([front.stop(), storage.stop(), registry.stop()]);
    await rm(scratch, { recursive: true, force: true });
  }
});
