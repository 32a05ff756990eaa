import { publicUrl, urlSecrets } from '../core/url-secrets.ts';

/** Where nixpkgs! sources are fetched from; {ref} is the channel or revision. */
export const DEFAULT_NIXPKGS_URL = 'https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz';

/** Where package names are looked up: what `nix/build-registry-image.nix` calls pkgSource. */
export type PkgSource =
  | { kind: 'nixpkgs'; ref: string }
  | { kind: 'git'; url: string; ref: string }
  | { kind: 'path'; dir: string }
  /** A flake reference as Nix reads it; packages come from legacyPackages, then packages. */
  | { kind: 'flake'; ref: string }
  /** An input of the workspace's flake.lock, as a `/`-separated path of input names. */
  | { kind: 'lock'; input: string };

/** The string form that parsePkgSource (request/pkg-source.ts) accepts, and what the Nix expression reads. */
export function formatPkgSource(s: PkgSource): string {
  switch (s.kind) {
    case 'nixpkgs':
      return `nixpkgs!${s.ref}`;
    case 'git':
      return `git!${s.url}!${s.ref}`;
    case 'path':
      return `path!${s.dir}`;
    case 'flake':
      return `flake!${s.ref}`;
    case 'lock':
      return `lock!${s.input}`;
  }
}

/** Whether a source needs Nix's flake support (Nix 2.4 or later, `nix-command flakes`). */
export function needsFlakes(s: PkgSource): boolean {
  return s.kind === 'flake' || s.kind === 'lock';
}

/** The source as it may be published (labels, outputs, logs): its URL without credentials. */
export function publicPkgSource(s: PkgSource): string {
  return s.kind === 'git' ? formatPkgSource({ ...s, url: publicUrl(s.url) }) : formatPkgSource(s);
}

/** The credentials a source's URL carries, to keep out of every log. */
export function pkgSourceSecrets(s: PkgSource): string[] {
  return s.kind === 'git' ? urlSecrets(s.url) : [];
}
