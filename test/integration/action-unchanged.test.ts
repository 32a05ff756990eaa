import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../helpers/action.ts';
import { endToEnd } from '../helpers/e2e.ts';
import { startFaultProxy } from '../helpers/fault-proxy.ts';
import { testPkgSource } from '../helpers/pkgs.ts';

const run = promisify(execFile);

// The bundled action against the real docker-registry: a run whose inputs are those of the
// image the first tag already names does no Nix build, no store-cache restore and no upload.
const e2e = endToEnd('unchanged');

async function manifestOf(
  ref: string,
): Promise<{ digest: string; annotations: Record<string, string> }> {
  const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]);
  const inspect = await run('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`]);
  const body = JSON.parse(raw.stdout) as { annotations?: Record<string, string> };
  return {
    digest: (JSON.parse(inspect.stdout) as { Digest: string }).Digest,
    annotations: body.annotations ?? {},
  };
}

async function storePathValid(path: string): Promise<boolean> {
  try {
    await run('nix-store', ['--check-validity', path]);
    return true;
  } catch {
    return false;
  }
}

/** The store path the first run put in a layer whose name ends with `-<name>`. */
function layerPath(metadata: string | undefined, name: string): string {
  const layers = (JSON.parse(metadata ?? '{}') as { layers: { storePaths: string[] }[] }).layers;
  const found = layers.flatMap((l) => l.storePaths).find((p) => p.endsWith(`-${name}`));
  assert.ok(found, `a layer holds *-${name}`);
  return found;
}

test('an unchanged image is tagged again without building, restoring or uploading', async () => {
  const image = `${e2e.registry.host}/unchanged/app`;
  const inputs = { packages: 'hello greet', 'pkg-source': testPkgSource, image, cache: 'false' };
  // Runner temp folders that outlive the runs, so that the SBOM files can be compared.
  const temp = async () => ({ env: { RUNNER_TEMP: await mkdtemp(join(e2e.scratch, 'temp-')) } });
  const first = await runAction({ ...inputs, tags: 'latest' }, await temp());
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const digest = first.outputs.digest!;
  const pushed = await manifestOf(`${image}:latest`);
  assert.equal(pushed.digest, digest);
  assert.match(pushed.annotations['org.nixery-action.inputs'] ?? '', /^sha256:[0-9a-f]{64}$/);

  // A fresh runner: the image's own store path is gone. Were it built or restored, it would
  // be valid again after the run.
  const greet = layerPath(first.outputs.metadata, 'greet');
  await run('nix-store', ['--delete', greet]);
  assert.equal(await storePathValid(greet), false);

  const again = await runAction({ ...inputs, tags: 'latest v2' }, await temp());
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /nothing to restore, build or upload/);
  assert.equal(again.outputs.digest, digest, 'the same image as a full run would make');
  assert.equal(again.outputs.imageid, first.outputs.imageid);
  assert.equal(again.outputs.layers, first.outputs.layers);
  assert.equal(await storePathValid(greet), false, 'nothing was built');
  assert.equal((await manifestOf(`${image}:v2`)).digest, digest, 'the new tag names the image');
  // The SBOM handed out is the one attached to the image by the first run.
  assert.equal(again.outputs['sbom-digest'], first.outputs['sbom-digest']);
  assert.equal(
    await readFile(again.outputs['sbom-file']!, 'utf8'),
    await readFile(first.outputs['sbom-file']!, 'utf8'),
  );
  const changes = JSON.parse(again.outputs.changes!) as {
    layers: { uploaded: number; unchanged: number; total: number };
    packages: { added: unknown[]; removed: unknown[]; changed: unknown[] };
  };
  assert.equal(changes.layers.uploaded, 0);
  assert.equal(changes.layers.unchanged, changes.layers.total);
  assert.deepEqual(changes.packages, { added: [], removed: [], changed: [] });

  // Any input that goes into the image makes a full run: here a label.
  const labelled = await runAction({ ...inputs, tags: 'latest', labels: 'team=blue' });
  assert.equal(labelled.code, 0, labelled.stdout + labelled.stderr);
  assert.match(labelled.stdout, /made from other inputs: building/);
  assert.notEqual(labelled.outputs.digest, digest);
  assert.equal(await storePathValid(greet), true, 'built again');
});

test('verify: true never takes the previous image on trust', async () => {
  const image = `${e2e.registry.host}/unchanged/verified`;
  const inputs = { packages: 'hello', 'pkg-source': testPkgSource, image, cache: 'false' };
  const first = await runAction(inputs);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const again = await runAction({ ...inputs, verify: 'true' });
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /Previous image not compared with this run: verify is true/);
  assert.doesNotMatch(again.stdout, /nothing to restore, build or upload/);
  assert.equal(again.outputs.digest, first.outputs.digest);
});

test('the first tag is read once per run, whichever steps measure against it', async () => {
  const proxy = await startFaultProxy({ upstream: e2e.registry.url });
  try {
    const image = `${proxy.host}/unchanged/reads`;
    const inputs = { packages: 'hello', 'pkg-source': testPkgSource, image, cache: 'false' };
    const reads = () =>
      proxy.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/manifests/latest'))
        .length;
    const first = await runAction(inputs);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(
      reads(),
      1,
      'a first push: the unchanged check, layer cache and changes share one read',
    );
    const labelled = await runAction({ ...inputs, labels: 'team=blue' });
    assert.equal(labelled.code, 0, labelled.stdout + labelled.stderr);
    assert.match(labelled.stdout, /layer cache: \d+ layers known from latest/);
    assert.equal(reads(), 2, 'a build over a previous image: one read');
    const again = await runAction({ ...inputs, labels: 'team=blue' });
    assert.match(again.stdout, /nothing to restore, build or upload/);
    assert.equal(reads(), 3, 'an unchanged image: one read');
  } finally {
    await proxy.stop();
  }
});
