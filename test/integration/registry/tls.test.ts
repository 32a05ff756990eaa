import { errorCode } from '../../../src/core/errors.ts';
import { withInputAdvice } from '../../../src/request/advice.ts';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { makeTestCertificates, type TestCertificates } from './certificates.ts';
import { randomImage } from './random-image.ts';
import { fastRetry, noMask, verifyPushed } from './verify.ts';

let scratch: string;
let certs: TestCertificates;
let registry: TestRegistry;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nixery-tls-'));
  certs = await makeTestCertificates(scratch);
  registry = await startRegistry({ tls: certs });
});
after(async () => {
  await registry?.stop();
  await rm(scratch, { recursive: true, force: true });
});

async function push(repository: string, tls: Partial<RegistryClientOptions>) {
  const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 2);
  const client = new RegistryClient({
    image: { registry: registry.host, repository },
    protocol: 'https',
    retry: fastRetry,
    maskSecret: noMask,
    ...tls,
  });
  try {
    const result = await pushImage(client, image, ['latest']);
    return { image, result };
  } finally {
    await client.close();
  }
}

describe('push to docker-registry over HTTPS with a self-signed CA', () => {
  it('serves HTTPS', () => assert.match(registry.url, /^https:\/\/127\.0\.0\.1:\d+$/));

  it('pushes when the CA is given with caFile', async () => {
    const { image, result } = await push('tls/ca-file', { caFile: certs.caPath });
    assert.equal(result.digest, image.manifest.digest);
    await verifyPushed(`${registry.host}/tls/ca-file:latest`, image, scratch);
  });

  // Without a CA file the trusted list is read on the first https connection (tls.ts): the
  // variable is set after the client is made, so only a list read then can hold this CA.
  it('trusts NODE_EXTRA_CA_CERTS, read when the first TLS connection opens', async () => {
    const saved = process.env.NODE_EXTRA_CA_CERTS;
    const image = await randomImage(await mkdtemp(join(scratch, 'img-')), 2);
    const client = new RegistryClient({
      image: { registry: registry.host, repository: 'tls/extra-ca' },
      protocol: 'https',
      retry: fastRetry,
      maskSecret: noMask,
    });
    try {
      process.env.NODE_EXTRA_CA_CERTS = certs.caPath;
      await pushImage(client, image, ['latest']);
    } finally {
      if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = saved;
      await client.close();
    }
    await verifyPushed(`${registry.host}/tls/extra-ca:latest`, image, scratch);
  });

  it('pushes with insecure and no CA', async () => {
    const { image } = await push('tls/insecure', { insecure: true });
    await verifyPushed(`${registry.host}/tls/insecure:latest`, image, scratch);
  });

  it('fails at once with a clear TLS message without either', async () => {
    const started = performance.now();
    await assert.rejects(push('tls/neither', {}), (err: Error) => {
      assert.match(err.message, /^TLS connection to 127\.0\.0\.1:\d+ failed: /);
      assert.match(err.message, /\((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN)\)/);
      assert.equal(errorCode(err), 'REGISTRY_TLS');
      assert.match(
        (withInputAdvice(err) as Error).message,
        /give that CA with `ca-file`.*set `insecure: true`/,
      );
      return true;
    });
    assert.ok(performance.now() - started < 2000, 'a certificate failure is not retried');
  });

  it('refuses a CA file that holds no certificate; the action names the input', () => {
    let caught: unknown;
    try {
      new RegistryClient({
        image: { registry: registry.host, repository: 'tls/bad' },
        protocol: 'https',
        caFile: join(scratch, 'missing.pem'),
      });
    } catch (err) {
      caught = err;
    }
    assert.equal(errorCode(caught), 'CA_FILE_UNREADABLE');
    assert.match(
      (withInputAdvice(caught) as Error).message,
      /^Input 'ca-file': .*missing\.pem is not a readable PEM certificate file/,
    );
  });
});
