import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicUrl, redactUrls, urlSecrets } from '../../../src/core/url-secrets.ts';
import { pkgSourceSecrets, publicPkgSource } from '../../../src/nix/source.ts';
import { parsePkgSource } from '../../../src/request/pkg-source.ts';
import { defaultLabels } from '../../../src/pipeline/labels.ts';

const pat = 'ghp_0123456789abcdefABCDEF';

describe('publicUrl', () => {
  const cases: [string, string][] = [
    [`https://x-access-token:${pat}@github.com/o/r.git`, 'https://github.com/o/r.git'],
    [`https://${pat}@github.com/o/r`, 'https://github.com/o/r'],
    [`https://host/r.tar.gz?token=${pat}#frag`, 'https://host/r.tar.gz'],
    ['https://github.com/o/r', 'https://github.com/o/r'],
    ['ssh://git@github.com/o/r', 'ssh://github.com/o/r'],
    ['git@github.com:o/r', 'git@github.com:o/r'],
    ['not a url', 'not a url'],
  ];
  for (const [url, shown] of cases) {
    it(`shows ${url} as ${shown}`, () => assert.equal(publicUrl(url), shown));
  }
});

describe('urlSecrets', () => {
  it('finds the password, a lone https user name, and query values', () => {
    assert.deepEqual(urlSecrets(`https://x-access-token:${pat}@github.com/o/r`), [pat]);
    assert.deepEqual(urlSecrets(`https://${pat}@github.com/o/r`), [pat]);
    assert.deepEqual(urlSecrets(`https://h/x?sig=${pat}&n=1`), [pat]);
  });

  it('finds no secret in an ssh user name or a plain URL', () => {
    assert.deepEqual(urlSecrets('ssh://git@github.com/o/r'), []);
    assert.deepEqual(urlSecrets('https://github.com/o/r'), []);
  });

  it('returns the decoded form of a percent-encoded password too', () => {
    assert.deepEqual(urlSecrets('https://u:p%40ss-word@h/r'), ['p%40ss-word', 'p@ss-word']);
  });
});

describe('redactUrls', () => {
  it('strips credentials from every URL in a text, keeping what follows it', () => {
    const text = `fetching 'https://u:${pat}@h.example/r.git', then https://h/a?t=${pat}.`;
    assert.equal(redactUrls(text), `fetching 'https://h.example/r.git', then https://h/a.`);
  });
});

describe('package sources with credentials', () => {
  const value = `git!https://x-access-token:${pat}@github.com/o/r!main`;

  it('are published without them, and report them as secrets', () => {
    const source = parsePkgSource(value);
    assert.equal(publicPkgSource(source), 'git!https://github.com/o/r!main');
    assert.deepEqual(pkgSourceSecrets(source), [pat]);
  });

  it('are refused without the credential in the message', () => {
    assert.throws(
      () => parsePkgSource(`git!https://x-access-token:${pat}@github.com/o/r!bad..ref`),
      (err: Error) => !err.message.includes(pat) && /github\.com\/o\/r/.test(err.message),
    );
  });

  it('leave no credential in the default labels', () => {
    const labels = defaultLabels({
      env: {},
      packages: ['hello'],
      source: { kind: 'git', url: `https://x-access-token:${pat}@github.com/o/r`, ref: 'main' },
    });
    assert.equal(labels['org.nixery-action.source.url'], 'https://github.com/o/r');
    assert.ok(!JSON.stringify(labels).includes(pat));
  });
});
