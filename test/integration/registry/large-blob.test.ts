import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { RegistryClient } from '../../../src/registry/client.ts';
import type { Blob } from '../../../src/oci/blob.ts';
import { startRegistry, type TestRegistry } from '../../helpers/registry.ts';
import { fastRetry, noMask } from './verify.ts';

describe('a large blob', () => {
  let registry: TestRegistry;
  before(async () => {
    registry = await startRegistry();
  });
  after(async () => {
    await registry?.stop();
  });

  for (const [mode, mib] of [
    ['streamed', 512],
    ['chunked', 256],
  ] as const) {
    it(`streams through without buffering: memory stays flat (${mode})`, async () => {
      const blob = await generatedBlob(mib);
      const client = new RegistryClient({
        image: { registry: registry.host, repository: `big/${mode}` },
        chunked: mode === 'chunked',
        retry: fastRetry,
        maskSecret: noMask,
      });
      global.gc?.();
      const baseline = process.memoryUsage.rss();
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
      try {
        assert.equal(await client.uploadBlob(blob), 'uploaded');
      } finally {
        clearInterval(sampler);
      }
      const grown = (peak - baseline) / 2 ** 20;
      assert.ok(grown < 160, `RSS grew by ${grown.toFixed(0)} MiB while uploading ${mib} MiB`);
      assert.equal(await client.blobExists(blob.digest), true);
      await client.close();
    });
  }
});

/** A re-openable blob of `mib` MiB of pseudo-random bytes, produced on demand, never held whole. */
async function generatedBlob(mib: number): Promise<Blob> {
  const seed = createHash('sha512').update('seed').digest();
  const base = Buffer.alloc(2 ** 20);
  for (let i = 0; i < base.length; i += seed.length) seed.copy(base, i);
  function* chunks() {
    for (let i = 0; i < mib; i++) {
      const chunk = Buffer.from(base);
      chunk.writeUInt32BE(i, 0);
      yield chunk;
    }
  }
  const hash = createHash('sha256');
  for (const chunk of chunks()) hash.update(chunk);
  return {
    mediaType: 'application/octet-stream',
    digest: `sha256:${hash.digest('hex')}`,
    size: mib * 2 ** 20,
    open: () => Readable.from(chunks()),
  };
}
