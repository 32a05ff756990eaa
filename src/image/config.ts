import { NixeryError, quoteValue } from '../core/errors.ts';
import { canonicalJson } from '../core/canonical-json.ts';

export interface ImageConfigOptions {
  architecture: string;
  os: string;
  /** Only some platforms have one (arm64 → v8, arm → v7). */
  variant?: string;
  /** Digests of the uncompressed layer tars, bottom layer first. */
  diffIds: string[];
  /** One entry per layer, in the same order. */
  history: { created_by: string; comment?: string }[];
  /** RFC 3339; a fixed date keeps the config digest reproducible. */
  created: string;
  config: {
    Env?: string[];
    Entrypoint?: string[];
    Cmd?: string[];
    User?: string;
    WorkingDir?: string;
    ExposedPorts?: Record<string, object>;
    Labels?: Record<string, string>;
  };
}

/** The image configuration blob (OCI image config; Docker reads the same JSON). */
export function imageConfig(o: ImageConfigOptions): Buffer {
  if (o.history.length !== o.diffIds.length) {
    throw new Error(
      `image config: ${o.history.length} history entries for ${o.diffIds.length} layers; give one per layer`,
    );
  }
  return canonicalJson({
    architecture: o.architecture,
    os: o.os,
    variant: o.variant,
    created: o.created,
    config: o.config,
    rootfs: { type: 'layers', diff_ids: o.diffIds },
    history: o.history.map((h) => ({
      created: o.created,
      created_by: h.created_by,
      comment: h.comment,
    })),
  });
}

/**
 * One history entry per layer, naming what it holds, so `docker history` and registries'
 * UIs show which store paths each layer carries.
 */
export function layerHistory(layer: {
  storePaths: string[];
  description: string;
}): ImageConfigOptions['history'][number] {
  const what = layer.storePaths.length > 0 ? layer.storePaths.join(' ') : layer.description;
  return { created_by: 'nixery-action', comment: what };
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

/** Nix system double → OCI platform (GOARCH/GOOS names, as registries and runtimes use). */
const PLATFORMS: Record<string, Platform> = {
  'x86_64-linux': { architecture: 'amd64', os: 'linux' },
  'aarch64-linux': { architecture: 'arm64', os: 'linux', variant: 'v8' },
  'i686-linux': { architecture: '386', os: 'linux' },
  'armv7l-linux': { architecture: 'arm', os: 'linux', variant: 'v7' },
  'armv6l-linux': { architecture: 'arm', os: 'linux', variant: 'v6' },
  'powerpc64le-linux': { architecture: 'ppc64le', os: 'linux' },
  'riscv64-linux': { architecture: 'riscv64', os: 'linux' },
  's390x-linux': { architecture: 's390x', os: 'linux' },
};

export function platformFromNixSystem(system: string): Platform {
  const platform = Object.hasOwn(PLATFORMS, system) ? PLATFORMS[system] : undefined;
  if (platform === undefined) {
    throw new NixeryError(
      `${quoteValue(system)} has no container platform; allowed: ${Object.keys(PLATFORMS).join(', ')}`,
      'PLATFORM_UNKNOWN',
    );
  }
  return { ...platform };
}
