/**
 * The layer cache reads its records from the previous image's manifest, which anyone who can
 * push to the repository can rewrite. A planted record is used as it stands without `verify`,
 * and caught with `verify: true`: the layer is built from its store paths and pushed instead.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { endToEnd } from '../../helpers/e2e.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';

const e2e = endToEnd('layer-record');
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const KEY = 'org.nixery-action.layer.key';
const DIFF_ID = 'org.nixery-action.layer.diff-id';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}
interface Manifest {
  layers: Descriptor[];
  [key: string]: unknown;
}

const repository = 'sec/planted';

function push(packages: string, tags: string, extra: Record<string, string> = {}) {
  return runAction({
    packages,
    'pkg-source': testPkgSource,
    image: `${e2e.registry.host}/${repository}`,
    tags,
    cache: 'false',
    ...extra,
  });
}

async function manifestOf(reference: string): Promise<Manifest> {
  const res = await fetch(`${e2e.registry.url}/v2/${repository}/manifests/${reference}`, {
    headers: { accept: OCI_MANIFEST },
  });
  assert.equal(res.status, 200);
  return (await res.json()) as Manifest;
}

function warnings(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
}

test('a planted layer record is used without verify, and caught and rebuilt with it', async () => {
  const honest = await push('hello', 'latest');
  assert.equal(honest.code, 0, honest.stdout);
  const other = await push('nano', 'other');
  assert.equal(other.code, 0, other.stdout);

  // Two records of the honest image are made to point at a layer of the other image: one with
  // that layer's own diff_id (blob and record agree; the key's store paths do not), one keeping
  // its true diff_id (the blob does not decompress to it).
  const manifest = await manifestOf('latest');
  const cached = manifest.layers.filter((l) => l.annotations?.[KEY]);
  assert.ok(cached.length >= 2, 'the honest image has at least two cacheable layers');
  const foreign = (await manifestOf('other')).layers.find(
    (l) => l.annotations?.[KEY] && !manifest.layers.some((m) => m.digest === l.digest),
  );
  assert.ok(foreign, 'the other image has a layer the honest one lacks');
  const [consistent, mismatched] = cached as [Descriptor, Descriptor];
  Object.assign(consistent, { digest: foreign.digest, size: foreign.size });
  consistent.annotations![DIFF_ID] = foreign.annotations![DIFF_ID]!;
  Object.assign(mismatched, { digest: foreign.digest, size: foreign.size });
  const planted = await fetch(`${e2e.registry.url}/v2/${repository}/manifests/latest`, {
    method: 'PUT',
    headers: { 'content-type': OCI_MANIFEST },
    body: JSON.stringify(manifest),
  });
  assert.equal(planted.status, 201, await planted.text());

  // Without verify the records are trusted: the image is not the one its packages make.
  const poisoned = await push('hello', 'latest');
  assert.equal(poisoned.code, 0, poisoned.stdout);
  assert.notEqual(poisoned.outputs.digest, honest.outputs.digest);

  // With verify both records are caught; the layers are built again and the image is honest.
  const verified = await push('hello', 'latest', { verify: 'true' });
  assert.equal(verified.code, 0, verified.stdout);
  const caught = warnings(verified).filter((l) => /layer cache record .* is wrong/.test(l));
  assert.equal(caught.length, 2, verified.stdout);
  assert.ok(caught.some((l) => /its store paths make the tar sha256:/.test(l)));
  assert.ok(caught.some((l) => /decompresses to sha256:/.test(l)));
  assert.equal(verified.outputs.digest, honest.outputs.digest);

  // Honest records pass the same proof and are reused.
  const again = await push('hello', 'latest', { verify: 'true' });
  assert.equal(again.code, 0, again.stdout);
  assert.deepEqual(warnings(again), []);
  assert.match(again.stdout, /\(cached\)/);
  assert.equal(again.outputs.digest, honest.outputs.digest);
});
