import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { parseOutputSpec } from '../../../src/request/output-spec.ts';
import { writeLocalOutputs } from '../../../src/output/write.ts';
import { readTarEntries, smallImage } from './fixtures.ts';

describe('writeLocalOutputs', () => {
  let work: string;
  let image: Awaited<ReturnType<typeof smallImage>>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'nixery-local-outputs-'));
    image = await smallImage('one');
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('writes each output under the base folder, tagging the archive with the image name', async () => {
    const log = memoryLogger();
    const specs = parseOutputSpec('oci-layout:out/layout\ndocker-archive:out/image.tar');
    const written = await writeLocalOutputs(
      specs,
      image,
      { imageName: 'ghcr.io/octo/tools', tags: ['latest', 'v1'], baseDir: work },
      log,
    );
    assert.deepEqual(written, [
      { kind: 'oci-layout', path: join(work, 'out', 'layout') },
      { kind: 'docker-archive', path: join(work, 'out', 'image.tar') },
    ]);
    const index = JSON.parse(await readFile(join(work, 'out', 'layout', 'index.json'), 'utf8')) as {
      manifests: { annotations: Record<string, string> }[];
    };
    assert.deepEqual(
      index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name']),
      ['latest', 'v1'],
    );
    const entries = await readTarEntries(join(work, 'out', 'image.tar'));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as {
      RepoTags: string[];
    }[];
    assert.deepEqual(manifest[0]!.RepoTags, ['ghcr.io/octo/tools:latest', 'ghcr.io/octo/tools:v1']);
    assert.equal(log.lines.length, 2);
  });

  it('leaves the archive untagged without an image name, and says so', async () => {
    const log = memoryLogger();
    const [spec] = parseOutputSpec('docker-archive:untagged.tar');
    await writeLocalOutputs([spec!], image, { tags: ['latest'], baseDir: work }, log);
    const entries = await readTarEntries(join(work, 'untagged.tar'));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as {
      RepoTags: string[];
    }[];
    assert.deepEqual(manifest[0]!.RepoTags, []);
    assert.match(log.lines.join('\n'), /untagged/);
  });
});
