import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { skopeoCopyToOci, skopeoInspect } from '../../helpers/registry.ts';
import type { TestImage } from './random-image.ts';

export const fastRetry = { baseMs: 5, maxDelayMs: 50 };

/** Tests not about masking keep `::add-mask::` lines out of their output. */
export const noMask = () => {};

/**
 * Checks a pushed image as a puller sees it: skopeo copies it into an OCI layout, re-reading
 * every blob and checking its digest and size, and the tag must name our manifest.
 */
export async function verifyPushed(
  ref: string,
  image: TestImage,
  scratch: string,
  creds?: { username: string; password: string },
): Promise<void> {
  const skopeoCreds = creds && `${creds.username}:${creds.password}`;
  const inspected = await skopeoInspect(ref, { creds: skopeoCreds });
  assert.equal(inspected.Digest, image.manifest.digest, `${ref} names our manifest`);
  assert.deepEqual(
    inspected.Layers,
    image.layers.map((l) => l.digest),
  );
  const oci = await mkdtemp(join(scratch, 'oci-'));
  await skopeoCopyToOci(ref, oci, { creds: skopeoCreds });
  const index = JSON.parse(await readFile(join(oci, 'index.json'), 'utf8'));
  assert.equal(index.manifests[0].digest, image.manifest.digest);
}
