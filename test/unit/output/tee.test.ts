import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { extract } from 'tar-stream';
import { bufferBlob } from '../../../src/oci/blob.ts';
import { CompressionPool } from '../../../src/image/compress-pool.ts';
import { sha256Digest } from '../../../src/core/digest.ts';
import { imageManifest, MEDIA_TYPES } from '../../../src/oci/manifest.ts';
import { makeLayers, StreamLayer } from '../../../src/image/stream-layer.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { stageLocalOutputs } from '../../../src/output/write.ts';
import { smallTar } from './fixtures.ts';

// Local outputs begun before the layers are made get each layer from the one pass that makes
// it (the pass that pushes it, in a run with a registry): the source is read once.

let dir: string;
const pool = new CompressionPool({ threads: 1 });
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nixery-tee-'));
});
after(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

async function entries(archive: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const ex = extract();
  ex.on('entry', (header, stream, next) => {
    const parts: Buffer[] = [];
    stream.on('data', (d: unknown) => parts.push(d as Buffer));
    stream.on('end', () => {
      out.set(header.name, Buffer.concat(parts));
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) =>
    ex.on('finish', () => resolve()).on('error', reject),
  );
  Readable.from([await readFile(archive)]).pipe(ex);
  await done;
  return out;
}

describe('local outputs tee from the pass that makes the layers', () => {
  it('writes an OCI layout and a docker archive while the layer is made, reading it once', async () => {
    const tar = await smallTar({ 'bin/tool': 'tool\n', 'share/data': 'x'.repeat(100_000) });
    let opens = 0;
    const layer = new StreamLayer({
      tar: () => {
        opens++;
        return Readable.from([tar]);
      },
      compression: 'gzip',
      level: 4,
      format: 'oci',
      pool,
      storePaths: [],
      description: 'tee layer',
    });
    const layout = join(dir, 'layout');
    const archive = join(dir, 'image.tar');
    const staged = await stageLocalOutputs(
      [
        { kind: 'oci-layout', dir: layout },
        { kind: 'docker-archive', file: archive },
      ],
      [layer],
      { imageName: 'example.com/tee', tags: ['v1'] },
      memoryLogger(),
    );
    await makeLayers([layer], 1);
    const config = bufferBlob(MEDIA_TYPES.ociConfig, Buffer.from('{"rootfs":{}}'));
    const manifest = imageManifest('oci', config, [layer]);
    const written = await staged.finish({ manifest, config, layers: [layer] });
    assert.equal(opens, 1, 'the layer was made once, for both outputs');
    assert.deepEqual(
      written.map((w) => w.kind),
      ['oci-layout', 'docker-archive'],
    );
    const blob = await readFile(join(layout, 'blobs', 'sha256', layer.digest.slice(7)));
    assert.equal(sha256Digest(blob), layer.digest);
    const inArchive = await entries(archive);
    const layerTar = inArchive.get(`${layer.diffId.slice(7)}.tar`);
    assert.ok(layerTar?.equals(tar), 'the archive holds the tar itself');
    // Nothing is left beside the outputs.
    assert.deepEqual((await readdir(dir)).sort(), ['image.tar', 'layout']);
  });
});
