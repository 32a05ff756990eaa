import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { OUTPUTS, outputsOf } from '../../../src/action/outputs.ts';
import { repoRoot } from '../../helpers/action.ts';
import { pushedResult, request } from './fixtures.ts';

describe('outputsOf', () => {
  const req = request({ image: 'ghcr.io/owner/app', packages: 'hello', tags: 'latest v1' });

  it('sets every output action.yml declares, and no other', () => {
    const action = parse(readFileSync(`${repoRoot}/action.yml`, 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    assert.deepEqual(
      Object.keys(outputsOf(req, pushedResult())).sort(),
      Object.keys(action.outputs).sort(),
    );
    assert.deepEqual(Object.keys(OUTPUTS).sort(), Object.keys(action.outputs).sort());
  });

  it('names the pushed references and the image by digest', () => {
    const out = outputsOf(req, pushedResult());
    assert.equal(out.tags, 'ghcr.io/owner/app:latest\nghcr.io/owner/app:v1');
    assert.equal(out.image, `ghcr.io/owner/app@sha256:${'e'.repeat(64)}`);
    assert.equal(out.imageid, `sha256:${'f'.repeat(64)}`);
    assert.equal(out.layers, '3');
    assert.equal(out['cache-hit'], 'true');
    assert.equal(out.changes, '');
  });

  it('gives no tags and no image when nothing was pushed', () => {
    const out = outputsOf(
      req,
      pushedResult({ push: undefined, image: undefined, pushedTags: false }),
    );
    assert.equal(out.tags, '');
    assert.equal(out.image, '');
  });

  it('writes metadata as JSON with layer statuses and source URLs without credentials', () => {
    const out = outputsOf(req, pushedResult());
    const metadata = JSON.parse(out.metadata!) as {
      layers: { status: string }[];
      packageSource: { resolved: Record<string, string> };
      timings: Record<string, number>;
    };
    assert.deepEqual(
      metadata.layers.map((l) => l.status),
      ['pushed', 'already present', 'mounted'],
    );
    assert.equal(metadata.packageSource.resolved.url, 'https://example.com/repo.git');
    assert.doesNotMatch(out.metadata!, /hunter2secret/);
    assert.equal(metadata.timings['Build packages with Nix'], 1500);
  });
});
