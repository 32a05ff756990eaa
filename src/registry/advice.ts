import type { ErrorContext } from './errors.ts';

/** What each error code of the distribution spec means for someone pushing an image. */
const CODE_ADVICE: Record<string, string> = {
  BLOB_UNKNOWN: 'the registry does not have a blob the request refers to',
  BLOB_UPLOAD_INVALID: 'the upload session is no longer valid; the blob is sent again',
  BLOB_UPLOAD_UNKNOWN: 'the registry forgot the upload session; the blob is sent again',
  DIGEST_INVALID: 'the bytes sent do not match their digest; the layer source changed while read',
  MANIFEST_BLOB_UNKNOWN: 'the manifest names a blob this repository does not hold',
  MANIFEST_INVALID: 'the registry refused the manifest as malformed or of an unsupported type',
  MANIFEST_UNKNOWN: 'no manifest with this tag or digest exists',
  NAME_INVALID: 'the repository name is not valid for this registry',
  NAME_UNKNOWN: 'the repository does not exist, or the credentials may not see it',
  SIZE_INVALID: 'the bytes sent do not match the declared size',
  TOOMANYREQUESTS: 'the registry is rate limiting; the push waits and tries again',
  UNSUPPORTED: 'the registry does not support this operation',
};

/**
 * One sentence the user can act on, appended to a registry error. It names the credentials
 * that were tried (never their values) and the GHCR settings that most often block a push.
 */
export function advice(
  status: number,
  code: string | undefined,
  described: string,
  ctx: ErrorContext,
): string {
  const ghcr = ctx.registry === 'ghcr.io';
  const tried = ctx.credentialSource ? ` (tried: ${ctx.credentialSource})` : '';
  if (ghcr && /write_package/.test(described)) {
    return (
      `. The token may not write this package${tried}: give the workflow ` +
      '`permissions: packages: write`, and if the package already exists, open its settings ' +
      'on GitHub and under "Manage Actions access" give this repository the Write role'
    );
  }
  if (status === 401 || code === 'UNAUTHORIZED') {
    return (
      `. The registry refused the credentials${tried}. Check the username and password ` +
      `(or token) given for ${ctx.registry}`
    );
  }
  if (status === 403 || code === 'DENIED') {
    return ghcr
      ? `. Access denied${tried}: give the workflow \`permissions: packages: write\` and ` +
          'check under the package\'s "Manage Actions access" that this repository may write'
      : `. The credentials are valid but may not push to ${ctx.repository}${tried}`;
  }
  const known = code && CODE_ADVICE[code];
  if (known) return `. Meaning: ${known}`;
  if (status === 429) return '. The registry is rate limiting; try again later';
  return '';
}
