import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layerRows, summaryMarkdown } from '../../../src/action/summary.ts';
import { pushedResult, request } from './fixtures.ts';

describe('layerRows', () => {
  it('tells each layer with what the registry did with it', () => {
    const rows = layerRows(pushedResult());
    assert.deepEqual(
      rows.map((r) => [r.index, r.size, r.status]),
      [
        [1, 2048, 'pushed'],
        [2, 1024, 'already present'],
        [3, 512, 'mounted'],
      ],
    );
  });

  it('says "not pushed" for every layer of an image that was not pushed', () => {
    const rows = layerRows(pushedResult({ push: undefined, image: undefined }));
    assert.deepEqual(
      rows.map((r) => r.status),
      ['not pushed', 'not pushed', 'not pushed'],
    );
  });
});

describe('summaryMarkdown', () => {
  const req = request({
    image: 'ghcr.io/owner/app',
    packages: 'hello',
    password: 'hunter2secret',
    username: 'ci',
  });

  it('gives the image, its pull command, its layers and the bytes pushed and reused', () => {
    const md = summaryMarkdown(req, pushedResult());
    assert.match(md, /^## nixery-action: ghcr\.io\/owner\/app\n/);
    assert.match(md, /docker pull ghcr\.io\/owner\/app@sha256:e{64}/);
    assert.match(md, /\| 1 \| 2\.0 KiB \| pushed \| glibc-2\.40 \|/);
    assert.match(md, /\| 3 \| 512 B \| mounted \| customisation layer \|/);
    assert.match(
      md,
      /\*\*Total\*\*: 3\.5 KiB in 3 layers; 2\.0 KiB pushed, 1\.5 KiB already in the registry\./,
    );
    assert.match(md, /\| Build packages with Nix \| 1\.5 \|/);
  });

  it('shows no secret given as an input', () => {
    const md = summaryMarkdown(req, pushedResult());
    assert.doesNotMatch(md, /hunter2secret/);
  });

  it('has no pull command or pie chart for an image that was not pushed', () => {
    const md = summaryMarkdown(
      request({ push: 'false', packages: 'hello' }),
      pushedResult({ push: undefined, image: undefined }),
    );
    assert.match(md, /^## nixery-action: image built \(not pushed\)/);
    assert.doesNotMatch(md, /docker pull|mermaid/);
  });

  it('keeps a store path holding "|" from breaking the table', () => {
    const result = pushedResult();
    result.layers[0]!.storePaths = [`/nix/store/${'c'.repeat(32)}-a|b`];
    assert.match(summaryMarkdown(req, result), /\| a\\\|b \|/);
  });
});
