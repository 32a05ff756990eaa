/**
 * URLs as they may be published. A package source or tarball URL can carry credentials
 * (`https://x-access-token:<PAT>@host/…`, `?token=…`); labels, annotations, outputs, the job
 * summary and logs show such URLs without user info, query or fragment. The credentials still
 * reach git and Nix, which need them; for long-lived ones, nix-conf `access-tokens` or a netrc
 * file (`netrc-file`) keep them out of the URL altogether.
 */

// Values shorter than this are not treated as secrets to mask (the runner would hide every
// occurrence of "1" or "main"); they are still stripped from published URLs.
const MIN_SECRET_LENGTH = 6;
const SCHEME_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+/gi;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The URL without user info, query and fragment; text that is not a URL is returned as is. */
export function publicUrl(url: string): string {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  if (!parsed.username && !parsed.password && !parsed.search && !parsed.hash) return url;
  parsed.username = '';
  parsed.password = '';
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString();
}

/** Every `scheme://…` URL in a text made public (Nix names the URLs it fetches in its errors). */
export function redactUrls(text: string): string {
  return text.replace(SCHEME_URL, (url) => {
    // A URL quoted in a message may end in punctuation that is not part of it.
    const trail = /[).,;:!]*$/.exec(url)?.[0] ?? '';
    const bare = trail ? url.slice(0, -trail.length) : url;
    return publicUrl(bare) + trail;
  });
}

/**
 * The secrets a URL carries, in the forms a log could show them: its password, its user name
 * when it stands alone over http(s) (a token used as the user name), and the values of its
 * query. A user name beside a password (`x-access-token:…`), or over ssh (`git@…`), is not one.
 */
export function urlSecrets(url: string): string[] {
  const parsed = parse(url);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return [];
  const found: string[] = [];
  const both = (encoded: string) => {
    let decoded = encoded;
    try {
      decoded = decodeURIComponent(encoded);
    } catch {
      // Kept in its encoded form only.
    }
    found.push(encoded, decoded);
  };
  if (parsed.password) both(parsed.password);
  else if (parsed.username && /^https?:$/.test(parsed.protocol)) both(parsed.username);
  for (const [, value] of parsed.searchParams) found.push(value, encodeURIComponent(value));
  if (parsed.hash.length > 1) both(parsed.hash.slice(1));
  return [...new Set(found)].filter((s) => s.length >= MIN_SECRET_LENGTH);
}
