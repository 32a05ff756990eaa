import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode } from '../../../src/core/errors.ts';
import { nixConfigEnv } from '../../../src/nix/conf.ts';
import { parseNixConf } from '../../../src/request/nix-conf.ts';

test('parseNixConf keeps allowed settings, skips blanks and comments, normalises spacing', () => {
  const text = [
    '# our cache',
    'extra-substituters = https://cache.example.org',
    '',
    '  extra-trusted-public-keys=cache.example.org-1:abc=  ',
    'max-jobs = auto\r',
    'substituters =',
  ].join('\n');
  assert.deepEqual(parseNixConf(text).settings, [
    'extra-substituters = https://cache.example.org',
    'extra-trusted-public-keys = cache.example.org-1:abc=',
    'max-jobs = auto',
    'substituters = ',
  ]);
  assert.deepEqual(parseNixConf('').settings, []);
});

const rejected: [string, string, RegExp][] = [
  [
    'a setting outside the allow-list',
    'post-build-hook = /tmp/upload',
    /"post-build-hook" is not allowed/,
  ],
  [
    'a line without "="',
    'sandbox false',
    /line 1 \(starting "sandbox"\) is not of the form "key = value"/,
  ],
  [
    'an unknown key on a later line',
    'cores = 2\nstore = /tmp/x',
    /line 2: the Nix setting "store"/,
  ],
  ['a control character', 'cores = 2\x1b[0m', /line 1 holds a control character/],
  ['a lone carriage return', 'cores = 2\rstore = /x', /control character/],
];

for (const [what, text, message] of rejected) {
  test(`parseNixConf rejects ${what}`, () => {
    assert.throws(
      () => parseNixConf(text, 'nix-conf'),
      (err: Error) => {
        assert.equal(errorCode(err), 'INPUT_INVALID');
        assert.match(err.message, /^Input 'nix-conf': /);
        assert.match(err.message, message);
        return true;
      },
    );
  });
}

test('parseNixConf names the input it was given', () => {
  assert.throws(() => parseNixConf('store = x', 'extra-conf'), {
    message: /^Input 'extra-conf': /,
  });
});

test('parseNixConf returns access-tokens values and each token in them, and prints nothing', (t) => {
  const written: string[] = [];
  t.mock.method(process.stdout, 'write', (chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const conf = parseNixConf('access-tokens = github.com=ghp_secret1 gitlab.com=PAT:secret2');
  t.mock.restoreAll();
  assert.deepEqual(conf.settings, [
    'access-tokens = github.com=ghp_secret1 gitlab.com=PAT:secret2',
  ]);
  assert.deepEqual(conf.secrets, [
    'github.com=ghp_secret1 gitlab.com=PAT:secret2',
    'ghp_secret1',
    'PAT:secret2',
  ]);
  assert.deepEqual(written, [], 'a parser masks nothing: the entry point does');
});

test('nixConfigEnv appends to an existing NIX_CONFIG without dropping its lines', () => {
  const env = { PATH: '/bin', NIX_CONFIG: 'substituters =\nsandbox = false' };
  const out = nixConfigEnv(['extra-substituters = https://c.example', 'cores = 2'], env);
  assert.equal(
    out.NIX_CONFIG,
    'substituters =\nsandbox = false\nextra-substituters = https://c.example\ncores = 2',
  );
  assert.equal(out.PATH, '/bin');
  assert.equal(env.NIX_CONFIG, 'substituters =\nsandbox = false', 'the input env is not changed');
});

test('nixConfigEnv sets NIX_CONFIG when there was none, and changes nothing for no lines', () => {
  assert.equal(nixConfigEnv(['cores = 2'], { HOME: '/h' }).NIX_CONFIG, 'cores = 2');
  assert.deepEqual(nixConfigEnv([], { NIX_CONFIG: 'a = b' }), { NIX_CONFIG: 'a = b' });
});
