import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegistryError } from '../../../src/registry/errors.ts';
import {
  isTemporary,
  parseRetryAfter,
  retryDelayMs,
  withRetry,
} from '../../../src/registry/retry.ts';
import { memoryLogger } from '../../helpers/logger.ts';

const fast = { attempts: 5, baseMs: 1, maxDelayMs: 5 };
const networkError = (code: string) => Object.assign(new Error(`socket ${code}`), { code });

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const cases: [string | undefined, number | undefined][] = [
    ['5', 5000],
    [' 0 ', 0],
    ['3600', 60_000],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['Fri, 02 Jan 2026 00:00:00 GMT', 60_000],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [value, ms] of cases) {
    it(`${JSON.stringify(value)} → ${ms}`, () => assert.equal(parseRetryAfter(value, now), ms));
  }
});

describe('isTemporary', () => {
  const registry: [number, string | undefined, boolean][] = [
    [500, undefined, true],
    [503, 'UNAVAILABLE', true],
    [502, undefined, true],
    [408, undefined, true],
    [429, 'TOOMANYREQUESTS', true],
    [404, 'BLOB_UPLOAD_INVALID', true],
    [404, 'BLOB_UPLOAD_UNKNOWN', true],
    [400, 'UNKNOWN', true],
    [400, 'DIGEST_INVALID', false],
    [500, 'DIGEST_INVALID', false],
    [400, 'MANIFEST_INVALID', false],
    [400, 'NAME_INVALID', false],
    [403, 'DENIED', false],
    [401, 'UNAUTHORIZED', false],
    [404, 'NAME_UNKNOWN', false],
    [400, undefined, false],
  ];
  for (const [status, code, expected] of registry) {
    it(`HTTP ${status} ${code ?? ''} → ${expected}`, () => {
      assert.equal(isTemporary(new RegistryError('x', { status, registryCode: code })), expected);
    });
  }
  for (const code of ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET']) {
    it(`network ${code} → true`, () => assert.equal(isTemporary(networkError(code)), true));
  }
  it('looks through error causes', () => {
    const wrapped = new TypeError('fetch failed', { cause: networkError('ECONNRESET') });
    assert.equal(isTemporary(wrapped), true);
  });
  it('does not retry other errors', () => {
    assert.equal(isTemporary(networkError('ENOENT')), false);
    assert.equal(isTemporary(new Error('bug')), false);
    assert.equal(isTemporary('text'), false);
  });
  it('lets the transport override the verdict', () => {
    const e = new RegistryError('x', {
      status: 401,
      registryCode: 'UNAUTHORIZED',
      retryable: true,
    });
    assert.equal(isTemporary(e), true);
  });
});

describe('retryDelayMs', () => {
  const policy = { attempts: 5, baseMs: 100, maxDelayMs: 1000 };
  const temporary = new RegistryError('x', { status: 503 });
  it('grows exponentially with jitter and stays under the cap', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const ceiling = Math.min(1000, 100 * 2 ** (attempt - 1));
      for (let i = 0; i < 20; i++) {
        const d = retryDelayMs(temporary, attempt, policy) ?? -1;
        assert.ok(d >= ceiling / 2 && d <= ceiling, `attempt ${attempt}: ${d}`);
      }
    }
  });
  it('honours Retry-After', () => {
    const e = new RegistryError('x', { status: 429, retryAfterMs: 7000 });
    assert.equal(retryDelayMs(e, 1, policy), 7000);
  });
  it('refuses permanent errors', () => {
    assert.equal(retryDelayMs(new RegistryError('x', { status: 400 }), 1, policy), undefined);
  });
});

describe('withRetry', () => {
  it('retries temporary failures until one succeeds, logging each', async () => {
    const log = memoryLogger();
    let calls = 0;
    const result = await withRetry(
      'Doing it',
      async () => {
        calls++;
        if (calls < 3) throw networkError('ECONNRESET');
        return 'done';
      },
      fast,
      log,
    );
    assert.equal(result, 'done');
    assert.equal(calls, 3);
    assert.equal(log.lines.length, 2);
    assert.match(
      log.lines[0] ?? '',
      /^warning: Doing it: attempt 1 of 5 failed \(socket ECONNRESET\)/,
    );
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(
        'x',
        async () => {
          calls++;
          throw new RegistryError(`try ${calls}`, { status: 503 });
        },
        { ...fast, attempts: 3 },
      ),
      /try 3/,
    );
    assert.equal(calls, 3);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(
        'x',
        async () => {
          calls++;
          throw new RegistryError('bad digest', { status: 400, registryCode: 'DIGEST_INVALID' });
        },
        fast,
      ),
      /bad digest/,
    );
    assert.equal(calls, 1);
  });
});

it('MANIFEST_BLOB_UNKNOWN beside DIGEST_INVALID is tried again; DIGEST_INVALID alone is not', () => {
  const settling = new RegistryError('Putting manifest v1 failed', {
    status: 400,
    registryCode: 'DIGEST_INVALID',
    registryCodes: ['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'],
  });
  assert.equal(settling.temporary(), true);
  const wrong = new RegistryError('Uploading failed', {
    status: 400,
    registryCode: 'DIGEST_INVALID',
  });
  assert.equal(wrong.temporary(), false);
});
