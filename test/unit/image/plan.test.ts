import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeholderLayers, planImage, type PlanOptions } from '../../../src/image/assemble.ts';
import { isComputed } from '../../../src/oci/blob.ts';
import type { LayerRecord } from '../../../src/image/layer-cache.ts';
import type { ClosureGraph } from '../../../src/image/graph.ts';

// Planning reads nothing from the store: these paths need not exist.
const hash = (c: string) => `sha256:${c.repeat(64)}`;
const closure: ClosureGraph = {
  roots: ['/nix/store/aaaa-app'],
  paths: [
    {
      path: '/nix/store/aaaa-app',
      references: ['/nix/store/bbbb-lib'],
      narSize: 1000,
      narHash: hash('1'),
    },
    { path: '/nix/store/bbbb-lib', references: [], narSize: 5000, narHash: hash('2') },
  ],
};

function options(extra: Partial<PlanOptions> = {}): PlanOptions {
  return {
    closure,
    system: 'x86_64-linux',
    customisation: { links: ['/nix/store/aaaa-app'], copies: [], uid: 0, gid: 0 },
    maxLayers: 10,
    compression: 'gzip',
    format: 'oci',
    time: { mtime: 1, created: '1970-01-01T00:00:00Z' },
    ...extra,
  };
}

/** Records for every keyed layer of a plan, as a previous push would have left them. */
function recordsOf(plan: ReturnType<typeof planImage>): Map<string, LayerRecord> {
  const records = new Map<string, LayerRecord>();
  for (const [i, l] of plan.layers.entries()) {
    if (l.contentKey === undefined) continue;
    const record = {
      key: l.contentKey,
      diffId: hash(String.fromCharCode(97 + i)),
      digest: hash(String.fromCharCode(107 + i)),
      size: 100 + i,
      mediaType: l.mediaType,
    };
    records.set(record.key, record);
  }
  return records;
}

describe('planImage', () => {
  it('describes every layer without reading it: none is computed without a cache', () => {
    const plan = planImage(options());
    assert.equal(plan.layers.length, 3);
    assert.ok(plan.layers.every((l) => !isComputed(l)));
    assert.equal(plan.reused, 0);
    assert.throws(() => plan.documents(), { code: 'LAYER_NOT_COMPUTED' });
  });

  it('gives the customisation layer a content key, so an unchanged image is all cache hits', () => {
    const first = planImage(options());
    const again = planImage(options({ cache: recordsOf(first) }));
    assert.equal(again.reused, 3);
    assert.ok(again.layers.every(isComputed));
    const docs = again.documents();
    assert.equal(JSON.parse(docs.manifest.body.toString()).layers.length, 3);
  });

  it('keys the customisation layer by what it links and who owns it', () => {
    const key = (o: Partial<PlanOptions>) => planImage(options(o)).layers.at(-1)!.contentKey;
    const base = key({});
    assert.ok(base);
    assert.equal(key({}), base);
    const c = options().customisation;
    assert.notEqual(key({ customisation: { ...c, uid: 1000 } }), base);
    assert.notEqual(key({ customisation: { ...c, links: ['/nix/store/bbbb-lib'] } }), base);
    assert.notEqual(key({ level: 6 }), base);
  });

  it('leaves a customisation layer with files of extra-commands without a key: made every run', () => {
    const plan = planImage(
      options({ customisation: { ...options().customisation, extraDir: '/tmp/extra' } }),
    );
    assert.equal(plan.layers.at(-1)!.contentKey, undefined);
    const cached = planImage(
      options({
        customisation: { ...options().customisation, extraDir: '/tmp/extra' },
        cache: recordsOf(planImage(options())),
      }),
    );
    assert.equal(cached.reused, 2);
    assert.equal(isComputed(cached.layers.at(-1)!), false);
  });

  it("hints at each layer's size: the NAR bytes it carries, none for files of extra-commands", () => {
    const hints = (o: Partial<PlanOptions>) =>
      planImage(options(o)).layers.map((l) => (l as { sizeHint?: number }).sizeHint);
    // Two store layers, then the customisation layer, which only links here.
    assert.deepEqual(hints({}).slice(-1), [0]);
    assert.deepEqual(hints({}).slice(0, 2).sort(), [1000, 5000]);
    const c = options().customisation;
    assert.deepEqual(
      hints({ customisation: { ...c, copies: ['/nix/store/bbbb-lib'] } }).at(-1),
      5000,
    );
    assert.equal(hints({ customisation: { ...c, extraDir: '/tmp/extra' } }).at(-1), undefined);
  });

  it('sizes the documents before any layer is made, never smaller than the real ones', () => {
    const plan = planImage(options());
    const bound = plan.documents(placeholderLayers(plan.layers, 'oci'));
    const real = planImage(options({ cache: recordsOf(plan) })).documents();
    assert.equal(bound.config.size, real.config.size, 'diff_ids have a fixed length');
    assert.ok(bound.manifest.body.length >= real.manifest.body.length);
  });
});
