import { InputError } from '../core/errors.ts';

/**
 * Nixery's meta-packages: names that stand for something other than one Nix attribute.
 * As in Nixery (server/builder/builder.go, `metaPackages`), they count only as a leading run
 * of the list, so `shell/git` asks for the shell tools while `git/shell` asks for a package
 * called `shell`.
 *
 * - `shell`: the tools of an interactive shell (bash, coreutils, moreutils, nano).
 * - `arm64`: build for aarch64-linux; adds no package.
 */
export const SHELL_PACKAGES: readonly string[] = [
  'bashInteractive',
  'coreutils',
  'moreutils',
  'nano',
];

const META_SYSTEMS: Readonly<Record<string, string>> = { arm64: 'aarch64-linux' };

export interface ExpandedNames {
  /** Sorted and de-duplicated, so that the order a user wrote does not change the image. */
  packages: string[];
  /** A Nix system asked for by a meta-package; Nix's own when absent. */
  system?: string;
}

function isMeta(name: string): boolean {
  return name === 'shell' || Object.hasOwn(META_SYSTEMS, name);
}

/**
 * Expands the meta-packages at the front of `names`, which must be in the order the user
 * wrote them (sorting first would move `arm64` to the front of `git/arm64`).
 */
export function expandNixeryNames(names: string[], inputName = 'packages'): ExpandedNames {
  const leading = names.findIndex((name) => !isMeta(name));
  const metas = leading < 0 ? names : names.slice(0, leading);
  const packages = leading < 0 ? [] : names.slice(leading);
  let system: string | undefined;
  for (const meta of metas) {
    if (meta === 'shell') packages.push(...SHELL_PACKAGES);
    else system = META_SYSTEMS[meta];
  }
  if (packages.length === 0) {
    if (metas.length === 0) {
      throw new InputError(inputName, 'is empty; name at least one Nix package (e.g. "hello").');
    }
    throw new InputError(
      inputName,
      `${metas.join('/')} selects a platform but names no package; add one (e.g. "arm64/hello").`,
    );
  }
  return { packages: [...new Set(packages)].sort(), ...(system ? { system } : {}) };
}
