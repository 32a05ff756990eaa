import { NixeryError, quoteValue } from '../core/errors.ts';

export interface ImageTime {
  /** Every tar entry's mtime, in seconds. */
  mtime: number;
  /** The config's `created` and history dates (RFC 3339). */
  created: string;
}

/**
 * Fixed times, so that the same inputs give the same digests: mtime 1 (some tools treat 0
 * as "unset") and created at the epoch, or both at `SOURCE_DATE_EPOCH` where the user sets
 * it (https://reproducible-builds.org/specs/source-date-epoch/).
 */
export function imageTime(env: NodeJS.ProcessEnv = process.env): ImageTime {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === undefined || value === '') {
    return { mtime: 1, created: '1970-01-01T00:00:00Z' };
  }
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds > 253402300799) {
    throw new NixeryError(
      `SOURCE_DATE_EPOCH ${quoteValue(value)} is not a whole number of seconds since 1970 (up to year 9999).`,
      'SOURCE_DATE_EPOCH_INVALID',
    );
  }
  return { mtime: seconds, created: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') };
}
