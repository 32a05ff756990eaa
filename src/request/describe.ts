import { publicPkgSource } from '../nix/source.ts';
import { publicUrl } from '../core/url-secrets.ts';
import type { Request } from './request.ts';

/**
 * The request as it is safe to log: no password, github token or Nix access token, and URLs
 * without the credentials they may carry.
 */
export function describeRequest(req: Request): string {
  const shown = {
    ...req,
    // Listed by count only: the values are what this function keeps out of the log.
    secrets: `${req.secrets.length} registered`,
    pkgSource: publicPkgSource(req.pkgSource),
    credentials: req.credentials
      ? { username: req.credentials.username, password: '***' }
      : undefined,
    registry: { ...req.registry, githubToken: req.registry.githubToken ? '***' : undefined },
    supply: { sbom: req.supply.sbom, provenance: req.supply.provenance },
    cache: { ...req.cache, signingKey: req.cache.signingKey ? '***' : undefined },
    // The runner would mask these, but only once registered: never print them at all.
    nix: {
      ...req.nix,
      nixpkgsUrl: publicUrl(req.nix.nixpkgsUrl),
      conf: req.nix.conf.map((line) =>
        /^access-tokens\s*=/.test(line) ? 'access-tokens = ***' : line,
      ),
    },
  };
  return JSON.stringify(shown, null, 2);
}
