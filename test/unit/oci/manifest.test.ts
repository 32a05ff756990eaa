import { errorCode } from '../../../src/core/errors.ts';
import { withInputAdvice } from '../../../src/request/advice.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { bufferBlob } from '../../../src/oci/blob.ts';
import { canonicalJson } from '../../../src/core/canonical-json.ts';
import { imageConfig, platformFromNixSystem } from '../../../src/image/config.ts';
import { layerMediaType } from '../../../src/image/compress.ts';
import { imageIndex, imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function configFor(format: 'oci' | 'docker') {
  const body = imageConfig({
    architecture: 'amd64',
    os: 'linux',
    diffIds: [sha256(Buffer.from('a')), sha256(Buffer.from('b'))],
    history: [{ created_by: 'store' }, { created_by: 'custom', comment: 'customisation layer' }],
    created: '1970-01-01T00:00:01Z',
    config: { Env: ['PATH=/bin'], Labels: { 'org.opencontainers.image.source': 'https://x' } },
  });
  return bufferBlob(format === 'oci' ? MEDIA_TYPES.ociConfig : MEDIA_TYPES.dockerConfig, body);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth by bytes, integer-like keys included, without whitespace', () => {
    const json = canonicalJson({
      b: 1,
      a: { z: [{ y: 1, x: 2 }], '10': 0, '2': 0, é: 0 },
      c: undefined,
    });
    assert.equal(json.toString(), '{"a":{"10":0,"2":0,"z":[{"x":2,"y":1}],"é":0},"b":1}');
  });
});

describe('imageConfig', () => {
  it('writes rootfs diff_ids, one history entry per layer and the run config', () => {
    const parsed = JSON.parse(configFor('oci').bytes.toString());
    assert.equal(parsed.rootfs.type, 'layers');
    assert.equal(parsed.rootfs.diff_ids.length, 2);
    assert.deepEqual(parsed.history[1], {
      created: '1970-01-01T00:00:01Z',
      created_by: 'custom',
      comment: 'customisation layer',
    });
    assert.deepEqual(parsed.config.Env, ['PATH=/bin']);
    assert.equal(parsed.architecture, 'amd64');
    assert.ok(!('variant' in parsed));
  });

  it('is canonical: same input, same bytes; no whitespace', () => {
    assert.ok(configFor('oci').bytes.equals(configFor('oci').bytes));
    assert.ok(
      !/\s/.test(
        configFor('oci')
          .bytes.toString()
          .replace(/PATH=\/bin|customisation layer/g, ''),
      ),
    );
  });

  it('refuses a history that does not match the layers', () => {
    assert.throws(
      () =>
        imageConfig({
          architecture: 'amd64',
          os: 'linux',
          diffIds: ['sha256:0'],
          history: [],
          created: 'x',
          config: {},
        }),
      /one per layer/,
    );
  });
});

describe('platformFromNixSystem', () => {
  it('maps Nix systems to OCI platforms', () => {
    assert.deepEqual(platformFromNixSystem('x86_64-linux'), { architecture: 'amd64', os: 'linux' });
    assert.deepEqual(platformFromNixSystem('aarch64-linux'), {
      architecture: 'arm64',
      os: 'linux',
      variant: 'v8',
    });
    assert.deepEqual(platformFromNixSystem('i686-linux'), { architecture: '386', os: 'linux' });
    assert.deepEqual(platformFromNixSystem('armv7l-linux'), {
      architecture: 'arm',
      os: 'linux',
      variant: 'v7',
    });
  });

  for (const bad of ['x86_64-darwin', 'toString', 'linux', '']) {
    it(`refuses ${JSON.stringify(bad)} with a code the action turns into advice about 'system'`, () => {
      let caught: unknown;
      assert.throws(
        () => {
          try {
            platformFromNixSystem(bad);
          } catch (err) {
            caught = err;
            throw err;
          }
        },
        (err: unknown) =>
          errorCode(err) === 'PLATFORM_UNKNOWN' && /allowed: x86_64-linux/.test(String(err)),
      );
      assert.match(
        (withInputAdvice(caught) as Error).message,
        /^Input 'system'.*allowed: x86_64-linux/,
      );
    });
  }
});

describe('imageManifest', () => {
  for (const format of ['oci', 'docker'] as const) {
    it(`${format}: digests match the bodies and media types match the format`, () => {
      const config = configFor(format);
      assert.equal(config.digest, sha256(config.bytes));
      assert.equal(config.size, config.bytes.length);
      const layers = [
        bufferBlob(layerMediaType('gzip', format), Buffer.from('layer one')),
        bufferBlob(layerMediaType('none', format), Buffer.from('layer two')),
      ];
      const manifest = imageManifest(format, config, layers);
      assert.equal(manifest.digest, sha256(manifest.body));
      const parsed = JSON.parse(manifest.body.toString());
      assert.equal(parsed.schemaVersion, 2);
      assert.equal(parsed.mediaType, manifest.mediaType);
      assert.equal(
        manifest.mediaType,
        format === 'oci' ? MEDIA_TYPES.ociManifest : MEDIA_TYPES.dockerManifest,
      );
      assert.deepEqual(parsed.config, {
        mediaType: config.mediaType,
        digest: config.digest,
        size: config.size,
      });
      assert.deepEqual(
        parsed.layers.map((l: { digest: string }) => l.digest),
        layers.map((l) => sha256(l.bytes)),
      );
      assert.deepEqual(
        parsed.layers.map((l: { mediaType: string }) => l.mediaType),
        format === 'oci'
          ? [MEDIA_TYPES.ociLayerGzip, MEDIA_TYPES.ociLayerTar]
          : [MEDIA_TYPES.dockerLayerGzip, MEDIA_TYPES.dockerLayerTar],
      );
      assert.equal(manifest.body.toString(), canonicalJson(parsed).toString(), 'canonical');
    });
  }

  it('refuses media types of the other format', () => {
    const layer = bufferBlob(MEDIA_TYPES.ociLayerGzip, Buffer.from('x'));
    assert.throws(() => imageManifest('docker', configFor('docker'), [layer]), /cannot hold/);
    assert.throws(
      () => imageManifest('oci', configFor('docker'), []),
      /needs a application\/vnd.oci/,
    );
  });

  it('carries annotations in OCI and refuses them in Docker', () => {
    const ann = { 'org.opencontainers.image.source': 'https://github.com/o/r' };
    const parsed = JSON.parse(imageManifest('oci', configFor('oci'), [], ann).body.toString());
    assert.deepEqual(parsed.annotations, ann);
    assert.throws(() => imageManifest('docker', configFor('docker'), [], ann), /no annotations/);
  });

  it('builds an index over per-platform manifests', () => {
    const m = imageManifest('oci', configFor('oci'), []);
    const index = imageIndex('oci', [
      { manifest: m, platform: platformFromNixSystem('aarch64-linux') },
    ]);
    const parsed = JSON.parse(index.body.toString());
    assert.equal(index.mediaType, MEDIA_TYPES.ociIndex);
    assert.equal(index.digest, sha256(index.body));
    assert.deepEqual(parsed.manifests[0], {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: m.digest,
      size: m.body.length,
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
    });
  });
});
