import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { endToEnd } from '../../helpers/e2e.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import {
  attachReferrer,
  listReferrers,
  readArtifact,
  referrersTag,
} from '../../../src/supply/referrers.ts';
import { randomImage } from '../registry/random-image.ts';

// Referrers against the real distribution 2.8.2, which has no referrers API: the tag scheme.
const e2e = endToEnd('referrers');

test('artifacts attached to an image are listed back through the sha256-<hex> tag', async () => {
  const log = memoryLogger();
  const client = new RegistryClient({
    image: { registry: e2e.registry.host, repository: 'supply/referrers' },
    log,
    maskSecret: () => {},
  });
  try {
    const image = await randomImage(await mkdtemp(join(e2e.scratch, 'img-')), 1);
    await pushImage(client, image, ['latest'], log);
    assert.equal(await client.getReferrers(image.manifest.digest), undefined, 'no referrers API');

    const sbom = Buffer.from('{"bomFormat":"CycloneDX","specVersion":"1.6"}');
    const a = await attachReferrer(client, image.manifest, {
      artifactType: 'application/vnd.cyclonedx+json',
      mediaType: 'application/vnd.cyclonedx+json',
      bytes: sbom,
    });
    assert.equal(a.via, 'tag-scheme');
    const b = await attachReferrer(client, image.manifest, {
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      bytes: Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}'),
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' },
    });
    // Attaching the same document again leaves one entry.
    await attachReferrer(client, image.manifest, {
      artifactType: 'application/vnd.cyclonedx+json',
      mediaType: 'application/vnd.cyclonedx+json',
      bytes: sbom,
    });

    const all = await listReferrers(client, image.manifest.digest);
    assert.deepEqual(all.map((d) => d.digest).sort(), [a.digest, b.digest].sort());
    const sboms = await listReferrers(
      client,
      image.manifest.digest,
      'application/vnd.cyclonedx+json',
    );
    assert.deepEqual(
      sboms.map((d) => d.digest),
      [a.digest],
    );
    assert.deepEqual((await readArtifact(client, a.digest)).toString(), sbom.toString());

    // The artifact manifest names the image as its subject.
    const artifact = JSON.parse((await client.getManifest(a.digest))!.body.toString());
    assert.equal(artifact.subject.digest, image.manifest.digest);
    assert.equal(artifact.artifactType, 'application/vnd.cyclonedx+json');
    assert.equal(artifact.config.mediaType, 'application/vnd.oci.empty.v1+json');
    assert.ok(await client.manifestDigest(referrersTag(image.manifest.digest)));
  } finally {
    await client.close();
  }
});
