import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advice } from '../../../src/registry/advice.ts';
import { parseMountFrom, resolveClientOptions } from '../../../src/registry/options.ts';
import { errorCode } from '../../../src/core/errors.ts';
import { withInputAdvice } from '../../../src/request/advice.ts';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

const image = { registry: 'ghcr.io', repository: 'owner/app' };

describe('resolveClientOptions', () => {
  it('fills every default', () => {
    const o = resolveClientOptions({ image });
    assert.equal(o.concurrency, 4);
    assert.equal(o.chunked, 'auto');
    assert.equal(o.chunkSize, 4 * 2 ** 20);
    assert.equal(o.verify, false);
    assert.equal(o.insecure, false);
    assert.equal(o.baseUrl, 'https://ghcr.io');
    assert.equal(o.credentialSource, 'anonymous');
    assert.deepEqual(o.mountFrom, []);
    assert.equal(o.retry.attempts, 5);
    assert.equal(o.timeoutMs, 30_000);
  });

  it('bounds the time to fail against a registry that never answers below 5 minutes', () => {
    // Each try waits one timeout; between tries the backoff is at most base × 2^(n-1), capped.
    const { retry, timeoutMs } = resolveClientOptions({ image });
    let worst = retry.attempts * timeoutMs;
    for (let n = 1; n < retry.attempts; n++) {
      worst += Math.min(retry.maxDelayMs, retry.baseMs * 2 ** (n - 1));
    }
    assert.equal(worst, 157_500);
    assert.ok(worst < 5 * 60_000);
  });

  it('refuses a timeout outside 1 ms to an hour', () => {
    for (const timeoutMs of [0, -5, Number.NaN, 3_600_001]) {
      assert.throws(
        () => resolveClientOptions({ image, timeoutMs }),
        (err: unknown) => errorCode(err) === 'TIMEOUT_INVALID',
      );
    }
  });

  it('lets loopback registries be reached over HTTPS', () => {
    const o = resolveClientOptions({
      image: { registry: '127.0.0.1:5000', repository: 'a' },
      protocol: 'https',
    });
    assert.equal(o.baseUrl, 'https://127.0.0.1:5000');
    assert.equal(
      resolveClientOptions({ image: { registry: 'localhost:5000', repository: 'a' } }).baseUrl,
      'http://localhost:5000',
    );
  });

  for (const [opts, code, message] of [
    [{ concurrency: 0 }, 'CONCURRENCY_INVALID', /^0 is not allowed/],
    [{ concurrency: 2.5 }, 'CONCURRENCY_INVALID', /2\.5 is not allowed/],
    [{ chunkSize: 5 * 2 ** 20 }, 'CHUNK_SIZE_INVALID', /5242880 is not allowed: use 1 to 4194304/],
    [
      { protocol: 'http' as const, caFile: '/ca.pem' },
      'CA_FILE_OVER_HTTP',
      /is set, but ghcr.io is reached over plain HTTP/,
    ],
  ] as const) {
    it(`refuses ${JSON.stringify(opts)} with code ${code}`, () => {
      assert.throws(
        () => resolveClientOptions({ image, ...opts }),
        (err: unknown) => errorCode(err) === code && message.test((err as Error).message),
      );
    });
  }
});

describe('parseMountFrom', () => {
  it('accepts repositories with or without the registry host, dropping the target and repeats', () => {
    assert.deepEqual(
      parseMountFrom([' owner/base ', 'ghcr.io/owner/other', 'owner/app', 'owner/base', ''], image),
      ['owner/base', 'owner/other'],
    );
  });

  it('refuses another registry and invalid names, with a code the action turns into advice', () => {
    assert.throws(
      () => parseMountFrom(['quay.io/owner/x'], image),
      (err: unknown) =>
        errorCode(err) === 'MOUNT_FROM_OTHER_REGISTRY' &&
        /^"quay.io\/owner\/x" is in another registry/.test((err as Error).message),
    );
    assert.throws(
      () => parseMountFrom(['Owner/X'], image),
      (err: unknown) =>
        errorCode(err) === 'MOUNT_FROM_INVALID' && /upper-case/.test((err as Error).message),
    );
    const advised = withInputAdvice(catchError(() => parseMountFrom(['Owner/X'], image)));
    assert.match((advised as Error).message, /^Input 'mount-from': .*upper-case/);
  });
});

describe('advice for registry errors', () => {
  const ctx = {
    action: 'x',
    registry: 'ghcr.io',
    repository: 'owner/app',
    credentialSource: 'GITHUB_TOKEN as octocat',
  };

  it('explains write_package on ghcr.io with the permission and the package setting', () => {
    const text = advice(403, 'DENIED', 'DENIED permission_denied: write_package', ctx);
    assert.match(text, /tried: GITHUB_TOKEN as octocat/);
    assert.match(text, /`permissions: packages: write`/);
    assert.match(text, /"Manage Actions access"/);
  });

  it('names the credentials tried on 401', () => {
    assert.match(
      advice(401, 'UNAUTHORIZED', '', { ...ctx, registry: 'quay.io' }),
      /refused the credentials \(tried: GITHUB_TOKEN as octocat\)\. Check .* for quay\.io/,
    );
  });

  it('explains spec error codes', () => {
    assert.match(
      advice(400, 'MANIFEST_BLOB_UNKNOWN', '', ctx),
      /names a blob this repository does not hold/,
    );
    assert.match(advice(400, 'NAME_INVALID', '', ctx), /repository name is not valid/);
    assert.equal(advice(418, undefined, '', ctx), '');
  });
});
