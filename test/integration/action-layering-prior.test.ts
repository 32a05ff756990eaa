import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../helpers/action.ts';
import { endToEnd } from '../helpers/e2e.ts';
import { greeterVersionsRepo } from '../helpers/pkgs.ts';
import { LAYER_PATHS_ANNOTATION } from '../../src/image/layer-paths.ts';

// The bundled action pushes an image, then, to the same tag, one with greeter bumped from
// 1.0 to 1.1 and one package more (wide, a dozen data paths), at max-layers 8: the second run plans with the first
// image's layers (read from their descriptors) as a prior, so each of them whose store
// paths are all unchanged is the same blob again, known to the registry by one HEAD.
const e2e = endToEnd('layering-prior');

interface Descriptor {
  digest: string;
  annotations?: Record<string, string>;
}

async function manifestLayers(repository: string, digest: string): Promise<Descriptor[]> {
  const res = await fetch(`${e2e.registry.url}/v2/${repository}/manifests/${digest}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as { layers: Descriptor[] }).layers;
}

const layerStatus = (r: ActionRun) =>
  (JSON.parse(r.outputs.metadata!) as { layers: { digest: string; status: string }[] }).layers;

test('a bumped package pushed to the same tag keeps every layer whose paths did not change', async () => {
  const repo = join(e2e.scratch, 'pkgs');
  const [rev1, rev2] = await greeterVersionsRepo(repo, ['1.0', '1.1']);
  const repository = 'e2e/prior';
  const push = async (rev: string | undefined, packages: string) => {
    const r = await runAction({
      packages,
      'pkg-source': `git!file://${repo}!${rev}`,
      image: `${e2e.registry.host}/${repository}`,
      tags: 'latest',
      'max-layers': '8',
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    return r;
  };
  // Planned alone, the second image would regroup most of the first's paths around wide.
  const first = await push(rev1, 'greeter shell coreutils many-deps');
  const before = await manifestLayers(repository, first.outputs.digest!);
  const groups = before
    .map((l) => ({ digest: l.digest, paths: l.annotations?.[LAYER_PATHS_ANNOTATION] }))
    .filter((l): l is { digest: string; paths: string } => l.paths !== undefined);
  assert.equal(groups.length, before.length - 1, 'every store layer records its paths');
  const second = await push(rev2, 'greeter shell coreutils many-deps wide');
  const after = layerStatus(second);
  const intact = groups.filter((g) => !g.paths.split(' ').some((p) => /-greeter-/.test(p)));
  assert.ok(intact.length > 0 && intact.length < groups.length, `${intact.length} intact`);
  for (const g of intact) {
    const layer = after.find((l) => l.digest === g.digest);
    assert.ok(layer, `previous layer ${g.paths.slice(0, 80)} kept`);
    assert.equal(layer.status, 'already present');
  }
  // The layers holding greeter or wide are new: greeter 1.1 is not in the first image.
  assert.ok(after.some((l) => l.status !== 'already present'));
});
