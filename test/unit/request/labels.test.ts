import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, InputError } from '../../../src/core/errors.ts';
import { parseCreatedMode, parseKeyValueLines } from '../../../src/request/labels.ts';
import { createdTime, defaultLabels, mergeLabels } from '../../../src/pipeline/labels.ts';

describe('parseKeyValueLines', () => {
  const good: { text: string; values: Record<string, string> }[] = [
    { text: '', values: {} },
    { text: 'a=b', values: { a: 'b' } },
    { text: 'a=b\r\nc=d\n\n', values: { a: 'b', c: 'd' } },
    {
      text: '  org.opencontainers.image.title=CI tools  \n',
      values: { 'org.opencontainers.image.title': 'CI tools' },
    },
    { text: 'empty=', values: { empty: '' } },
    { text: 'url=https://x.test/?a=b=c', values: { url: 'https://x.test/?a=b=c' } },
    { text: 'a=1\na=2', values: { a: '2' } },
    { text: 'ünï=cødé', values: { ünï: 'cødé' } },
    { text: 'tab=a\tb', values: { tab: 'a\tb' } },
    // In labels a colon is part of the key.
    { text: 'manifest:k=v', values: { 'manifest:k': 'v' } },
  ];
  for (const c of good) {
    it(`reads ${JSON.stringify(c.text)}`, () => {
      const parsed = parseKeyValueLines(c.text, 'labels');
      assert.deepEqual(parsed.values, c.values);
      assert.deepEqual(parsed.ignored, []);
    });
  }

  it('keeps a key named __proto__ as a plain entry', () => {
    const { values } = parseKeyValueLines('__proto__=x', 'labels');
    assert.equal(Object.getPrototypeOf(values), Object.prototype);
    assert.deepEqual(Object.entries(values), [['__proto__', 'x']]);
  });

  const bad: { text: string; match: RegExp }[] = [
    { text: 'no-equals', match: /not a key=value line/ },
    { text: '=value', match: /empty key/ },
    { text: 'a key=value', match: /the key "a key"/ },
    { text: 'a\u0001b=value', match: /the key/ },
    { text: 'k=a\u0000b', match: /control characters/ },
    { text: 'k=v\nbroken', match: /"broken"/ },
    { text: Array.from({ length: 1001 }, (_, i) => `k${i}=v`).join('\n'), match: /at most 1000/ },
  ];
  for (const c of bad) {
    it(`refuses ${JSON.stringify(c.text.slice(0, 30))}, naming the input`, () => {
      assert.throws(
        () => parseKeyValueLines(c.text, 'labels'),
        (err: unknown) =>
          err instanceof InputError &&
          err.input === 'labels' &&
          err.message.startsWith("Input 'labels':") &&
          c.match.test(err.message),
      );
    });
  }

  it('reads metadata-action annotation levels: manifest and unprefixed kept, others ignored', () => {
    const text = [
      'manifest:org.opencontainers.image.title=tools',
      'org.opencontainers.image.version=1.2',
      'index:org.opencontainers.image.title=tools',
      'manifest-descriptor:org.opencontainers.image.title=tools',
      'index-descriptor:a=b',
      'manifest[linux/amd64]:a=b',
    ].join('\n');
    const parsed = parseKeyValueLines(text, 'annotations', { annotationLevels: true });
    assert.deepEqual(parsed.values, {
      'org.opencontainers.image.title': 'tools',
      'org.opencontainers.image.version': '1.2',
    });
    assert.deepEqual(
      parsed.ignored.map((i) => i.line.split(':')[0]),
      ['index', 'manifest-descriptor', 'index-descriptor', 'manifest[linux/amd64]'],
    );
    for (const i of parsed.ignored) assert.ok(i.reason.length > 10, i.reason);
  });

  it('still checks the key after a manifest: prefix', () => {
    assert.throws(
      () => parseKeyValueLines('manifest:=v', 'annotations', { annotationLevels: true }),
      (err: unknown) => err instanceof InputError && err.input === 'annotations',
    );
  });
});

describe('createdTime', () => {
  it('is the epoch by default', () => {
    assert.equal(createdTime({}, 'fixed'), '1970-01-01T00:00:00Z');
    assert.equal(createdTime({ SOURCE_DATE_EPOCH: '' }, 'fixed'), '1970-01-01T00:00:00Z');
  });
  it('follows SOURCE_DATE_EPOCH', () => {
    assert.equal(createdTime({ SOURCE_DATE_EPOCH: '1700000000' }, 'fixed'), '2023-11-14T22:13:20Z');
  });
  it('is the current time, without fractions, only when asked', () => {
    const now = () => new Date('2025-05-06T07:08:09.123Z');
    assert.equal(createdTime({ SOURCE_DATE_EPOCH: '1' }, 'now', now), '2025-05-06T07:08:09Z');
  });
  for (const value of ['-1', '1.5', 'yesterday', '99999999999999']) {
    it(`refuses SOURCE_DATE_EPOCH=${value}`, () => {
      assert.throws(
        () => createdTime({ SOURCE_DATE_EPOCH: value }, 'fixed'),
        (err: unknown) =>
          errorCode(err) === 'SOURCE_DATE_EPOCH_INVALID' &&
          /^SOURCE_DATE_EPOCH /.test((err as Error).message),
      );
    });
  }
});

describe('parseCreatedMode', () => {
  for (const [value, mode] of [
    ['', 'fixed'],
    ['fixed', 'fixed'],
    ['NOW', 'now'],
    [' now ', 'now'],
  ]) {
    it(`reads ${JSON.stringify(value)}`, () => assert.equal(parseCreatedMode(value!), mode));
  }
  it('refuses anything else, naming the input', () => {
    assert.throws(
      () => parseCreatedMode('today'),
      (err: unknown) =>
        err instanceof InputError && err.input === 'created' && /"now"/.test(err.message),
    );
  });
});

describe('defaultLabels', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/tools',
    GITHUB_SHA: 'a'.repeat(40),
  };
  const gitSource = {
    kind: 'git',
    url: 'https://example.test/pkgs.git',
    ref: 'main',
    rev: 'b'.repeat(40),
    narHash: 'sha256-xyz',
    storePath: '/nix/store/abc-source',
  };

  it('links the image to its repository and records what it was built from', () => {
    assert.deepEqual(defaultLabels({ env, packages: ['jq', 'git', 'jq'], source: gitSource }), {
      'org.opencontainers.image.source': 'https://github.com/octo/tools',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.nixery-action.packages': 'git jq',
      'org.nixery-action.source.kind': 'git',
      'org.nixery-action.source.url': 'https://example.test/pkgs.git',
      'org.nixery-action.source.ref': 'main',
      'org.nixery-action.source.rev': 'b'.repeat(40),
      'org.nixery-action.source.narHash': 'sha256-xyz',
      'org.nixery-action.source.storePath': '/nix/store/abc-source',
    });
  });

  it('leaves out what is unknown outside Actions, and a path source’s local folder', () => {
    const labels = defaultLabels({
      env: { SOURCE_DATE_EPOCH: '86400' },
      packages: ['hello'],
      source: { kind: 'path', dir: '/home/runner/work/x' },
    });
    assert.deepEqual(labels, {
      'org.opencontainers.image.created': '1970-01-02T00:00:00Z',
      'org.nixery-action.packages': 'hello',
      'org.nixery-action.source.kind': 'path',
    });
  });

  it('uses the created time it is given', () => {
    const labels = defaultLabels({
      env,
      packages: ['a'],
      source: {},
      created: '2025-01-01T00:00:00Z',
    });
    assert.equal(labels['org.opencontainers.image.created'], '2025-01-01T00:00:00Z');
  });

  it('lets user labels override defaults', () => {
    const user = parseKeyValueLines(
      'org.opencontainers.image.source=https://example.test/x\nteam=ci',
      'labels',
    );
    const merged = mergeLabels(defaultLabels({ env, packages: ['a'], source: {} }), user.values);
    assert.equal(merged['org.opencontainers.image.source'], 'https://example.test/x');
    assert.equal(merged.team, 'ci');
    assert.equal(merged['org.opencontainers.image.revision'], 'a'.repeat(40));
  });
});
