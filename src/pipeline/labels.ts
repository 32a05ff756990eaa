import { imageTime } from '../image/epoch.ts';
import { redactUrls } from '../core/url-secrets.ts';
import type { CreatedMode } from '../request/labels.ts';

/**
 * The labels every image carries (over which the user's go) and its creation time: what links
 * the image to its repository and says what it was built from.
 */

/**
 * The image's creation time as RFC 3339 in UTC, without fractions. `fixed` is the epoch, or
 * SOURCE_DATE_EPOCH when set (the image module's one rule for it, image/epoch.ts), so the
 * same inputs give the same digest; `now` gives up on that, at the user's request.
 */
export function createdTime(
  env: NodeJS.ProcessEnv,
  mode: CreatedMode,
  now: () => Date = () => new Date(),
): string {
  if (mode === 'now')
    return now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  return imageTime(env).created;
}

export interface DefaultLabelsOptions {
  env: NodeJS.ProcessEnv;
  /** The package names as built (sorted). */
  packages: string[];
  /** What the package source resolved to (NixBuildResult.source). */
  source: Record<string, string>;
  /** The config's created time; `createdTime(env, 'fixed')` when absent. */
  created?: string;
}

// Source fields that pin what was built. A path source's `dir` is left out: it is where this
// machine checked the repository out, and would make the digest differ between machines.
// Labels are published with the image: URLs in them lose user info and query (url-secrets.ts).
const SOURCE_FIELDS = ['kind', 'url', 'ref', 'rev', 'narHash', 'storePath'];

/**
 * Labels every image carries. `org.opencontainers.image.source` is what makes GHCR link a
 * new package to its repository (so the workflow's GITHUB_TOKEN may push to it again).
 */
export function defaultLabels(o: DefaultLabelsOptions): Record<string, string> {
  const labels: Record<string, string> = {};
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = o.env;
  if (server && repository) {
    labels['org.opencontainers.image.source'] = `${server.replace(/\/+$/, '')}/${repository}`;
  }
  if (sha) labels['org.opencontainers.image.revision'] = sha;
  labels['org.opencontainers.image.created'] = o.created ?? createdTime(o.env, 'fixed');
  labels['org.nixery-action.packages'] = [...new Set(o.packages)].sort().join(' ');
  for (const field of SOURCE_FIELDS) {
    const value = o.source[field];
    if (value !== undefined && value !== '') {
      labels[`org.nixery-action.source.${field}`] = redactUrls(value);
    }
  }
  return labels;
}

/** Defaults first, then the user's labels over them. */
export function mergeLabels(
  defaults: Record<string, string>,
  user: Record<string, string>,
): Record<string, string> {
  return { ...defaults, ...user };
}
