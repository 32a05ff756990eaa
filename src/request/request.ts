import { InputError, quoteValue } from '../core/errors.ts';
import {
  parsePkgSource,
  pkgSourceSecrets,
  publicPkgSource,
  type PkgSource,
} from '../nix/source.ts';
import { publicUrl, urlSecrets } from '../core/url-secrets.ts';
import { credentialSecrets } from '../core/secrets.ts';
import { parseSigningKey } from '../cache/verify-import.ts';
import { parseImageName, validateTag, type ImageName } from '../oci/reference.ts';
import { parseInstallMode, DEFAULT_INSTALLER_URL, type InstallMode } from '../nix/install.ts';
import { parseNixConf } from '../nix/conf.ts';
import { parseNixpkgsConfig } from '../nix/nixpkgs-config.ts';
import type { NixpkgsConfig } from '../nix/build.ts';
import type { RemoteBuildFiles } from '../nix/remote.ts';
import { parseLayering, parseMaxLayers, type LayeringStrategy } from '../image/layers.ts';
import { parseCompression, parseCompressionLevel, type Compression } from '../image/compress.ts';
import { parseUserConfig } from '../image/user-config.ts';
import type { ImageConfigOptions } from '../image/config.ts';
import type { ManifestFormat } from '../oci/manifest.ts';
import { expandNixeryNames } from './nixery-names.ts';
import { parseKeyValueLines, parseCreatedMode, type CreatedMode } from './labels.ts';
import { parseOutputSpec, type OutputSpec } from '../output/spec.ts';
import { parseMergeRefs, type MergeRef } from './merge-refs.ts';
import { parseProvenanceMode, type ProvenanceMode } from '../supply/provenance.ts';

/**
 * Every input, parsed once into one typed request. Each grammar is a pure parser that throws an
 * InputError naming the input and the offending entry; defaults live in INPUTS below, which
 * action.yml and the CLI's --help mirror (test/unit/action-yml.test.ts keeps them in sync).
 */
export interface Request {
  packages: string[];
  pkgSource: PkgSource;
  image?: ImageName;
  tags: string[];
  push: boolean;
  credentials?: { username: string; password: string };
  maxLayers: number;
  contents: string[];
  extraCommands: string;
  uid: number;
  gid: number;
  /** Nix system to build for; the runner's own when absent. */
  system?: string;
  nix: {
    install: InstallMode;
    installerUrl: string;
    installerSha256?: string;
    /** Extra nix.conf lines, applied through NIX_CONFIG. */
    conf: string[];
    nixpkgsUrl: string;
    /** nixpkgs `config`, handed to the package set as data. */
    nixpkgsConfig: NixpkgsConfig;
    /** The flake.lock that lock! sources read (absolute, or relative to the workspace). */
    flakeLock?: string;
    /** ssh key and known_hosts files for remote builders. */
    remote: RemoteBuildFiles;
  };
  cache: {
    enabled: boolean;
    keySuffix: string;
    /** Signs locally built store paths so that a later run can verify them (verify-import.ts). */
    signingKey?: string;
  };
  summary: boolean;
  layout: {
    layering: LayeringStrategy;
    format: ManifestFormat;
    compression: Compression;
    level: number;
    /** Entrypoint, Cmd, Env, User, WorkingDir, ExposedPorts (labels are merged later). */
    config: ImageConfigOptions['config'];
  };
  /** User labels (merged over the defaults once the source is resolved). */
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Annotation lines that do not apply to a single image, with the reason: warned about. */
  ignoredAnnotations: { line: string; reason: string }[];
  created: CreatedMode;
  outputs: OutputSpec[];
  /** Images to list in one multi-platform index instead of building (the `merge` input). */
  merge: MergeRef[];
  /** SBOM, provenance and what they record of the run. */
  supply: {
    sbom: boolean;
    provenance: ProvenanceMode;
    /** The inputs as given, minus secrets: the provenance's external parameters. */
    inputs: Record<string, string>;
  };
  registry: {
    mountFrom: string[];
    caFile?: string;
    insecure: boolean;
    verify: boolean;
    concurrency: number;
    /** How long one registry request may make no progress before it is retried. */
    timeoutMs: number;
    /** The workflow's token, tried for ghcr.io when no other credentials are given. */
    githubToken?: string;
  };
  /**
   * Every secret the parsers saw (password and its Basic form, github-token, nix-conf
   * access tokens, credentials in URLs). The entry point masks them, once; nothing else does.
   */
  secrets: string[];
}

export const DEFAULT_NIXPKGS_URL = 'https://github.com/NixOS/nixpkgs/archive/{ref}.tar.gz';

export interface InputSpec {
  description: string;
  default?: string;
  required?: boolean;
  secret?: boolean;
}

/** The action's inputs, in action.yml order. */
export const INPUTS: Record<string, InputSpec> = {
  packages: {
    description:
      'Nix packages to put in the image, as attribute paths (git, xorg.xev). Separated by spaces, commas, newlines or "/" (Nixery style: shell/git/jq). Required unless merge is set.',
  },
  'pkg-source': {
    description:
      'Where packages come from: nixpkgs!<channel or 40-hex revision>, git!<url>!<rev or ref>, path!<dir>, flake!<flake ref> (legacyPackages, then packages; e.g. flake!github:NixOS/nixpkgs/nixos-25.05 or flake!.), or lock!<input> (that input of flake.lock; lock! alone is lock!nixpkgs).',
    default: 'nixpkgs!nixos-unstable',
  },
  image: {
    description:
      'Image name without tag, including the registry host, e.g. ghcr.io/owner/name. Lower case only.',
  },
  tags: {
    description: 'Tags to push, separated by spaces, commas or newlines.',
    default: 'latest',
  },
  push: { description: 'Push the image to the registry ("true" or "false").', default: 'true' },
  username: { description: 'Registry user name.' },
  password: { description: 'Registry password or token. Masked in logs.', secret: true },
  'max-layers': {
    description: 'Most layers the image may have, the customisation layer included (1 to 125).',
    default: '96',
  },
  layering: {
    description:
      'How store paths are grouped into layers: expected-upload (least bytes expected on the next push), size-first, dominator (Nixery) or popularity (nixpkgs dockerTools).',
    default: 'expected-upload',
  },
  format: {
    description: 'Manifest format: oci, or docker (Docker schema 2).',
    default: 'oci',
  },
  compression: {
    description: 'Layer compression: gzip, zstd (OCI only) or none.',
    default: 'gzip',
  },
  'compression-level': {
    description:
      'Compression level: gzip 1 to 9 (default 1: fastest to build and push; 6 makes layers about 8 % smaller at twice the CPU), zstd 1 to 19 (default 3).',
  },
  entrypoint: {
    description: 'Image entrypoint: a JSON array of strings, or words separated by spaces.',
  },
  cmd: { description: 'Image command: a JSON array of strings, or words separated by spaces.' },
  env: { description: 'Environment of the image: KEY=value lines.' },
  user: { description: 'User (name or uid[:gid]) the image runs as.' },
  'working-dir': { description: 'Working directory of the image (an absolute path).' },
  'exposed-ports': { description: 'Ports the image exposes, e.g. "80 443/udp".' },
  labels: {
    description:
      'Image labels, key=value lines (docker/metadata-action labels output fits), over the defaults (source, revision, created, packages, package source).',
  },
  annotations: {
    description:
      'Manifest annotations, key=value lines (docker/metadata-action annotations output fits; manifest: or no prefix). OCI format only.',
  },
  created: {
    description:
      'Image creation time: fixed (the epoch, or SOURCE_DATE_EPOCH: reproducible) or now.',
    default: 'fixed',
  },
  merge: {
    description:
      'Instead of building: <image>@<digest> references (one per platform, pushed by a matrix) to list in one multi-platform OCI index pushed under tags. Images from other repositories of the same registry are brought in (blobs mounted, manifests copied).',
  },
  output: {
    description:
      'Also write the image locally: oci-layout:<dir> and/or docker-archive:<file>, separated by commas or newlines.',
  },
  contents: {
    description:
      'Extra Nix packages whose files are copied (not linked) into the image root, separated like packages.',
  },
  'extra-commands': {
    description:
      'Shell commands run in the root folder of the customisation layer before it is packed (like dockerTools extraCommands).',
  },
  uid: { description: 'Owner uid of the customisation layer files.', default: '0' },
  gid: { description: 'Owner gid of the customisation layer files.', default: '0' },
  system: {
    description:
      "Nix system to build for and image platform, e.g. x86_64-linux or aarch64-linux. Default: the runner's.",
  },
  'install-nix': {
    description:
      'Install Nix when it is missing: "auto" (install only if absent), "true" (always) or "false" (fail if absent).',
    default: 'auto',
  },
  'nix-installer-url': {
    description: 'URL of the Nix installer script used when Nix is installed.',
    default: DEFAULT_INSTALLER_URL,
  },
  'nix-installer-sha256': {
    description:
      'Hex SHA-256 the installer script must have; refused otherwise. The default installer is pinned already.',
  },
  'nix-conf': {
    description:
      'Extra nix.conf lines (key = value), e.g. extra-substituters, extra-trusted-public-keys, max-jobs.',
  },
  'nixpkgs-config': {
    description:
      'nixpkgs config as a JSON object of booleans and string lists, e.g. {"allowUnfree": true} or {"permittedInsecurePackages": ["openssl-1.1.1w"]}.',
    default: '{}',
  },
  'flake-lock': {
    description:
      'The flake.lock file that lock! sources read. Default: flake.lock in the workspace.',
  },
  'builder-ssh-key': {
    description:
      'Path of a private ssh key file (written by an earlier step from a secret) for the remote builders set with builders in nix-conf. The key itself never goes in an input.',
  },
  'builder-known-hosts': {
    description: 'Path of a known_hosts file vouching for the remote builders.',
  },
  'nixpkgs-url': {
    description:
      'URL template of nixpkgs tarballs for nixpkgs! sources; {ref} stands for the channel or revision.',
    default: DEFAULT_NIXPKGS_URL,
  },
  cache: {
    description:
      'Keep built store paths in the GitHub Actions cache between runs ("true" or "false").',
    default: 'true',
  },
  'cache-key': {
    description:
      'Extra text in the store cache key: a new value starts a fresh cache (nothing older is restored).',
  },
  'cache-signing-key': {
    description:
      'A Nix secret signing key (the file nix-store --generate-binary-cache-key writes), kept in a repository secret. Locally built store paths are cached only when signed with it; without it only content-addressed and binary-cache-signed paths are. Masked in logs.',
    secret: true,
  },
  summary: { description: 'Write a job summary ("true" or "false").', default: 'true' },
  sbom: {
    description:
      'Write a CycloneDX 1.6 SBOM of the exact closure to a file (output sbom-file) and attach it to the pushed image as an OCI referrer ("true" or "false").',
    default: 'true',
  },
  provenance: {
    description:
      'Sign SLSA v1 provenance of the pushed image with Sigstore and record it as a GitHub attestation: auto (when the job has permissions: id-token: write), true (fail without it) or false.',
    default: 'auto',
  },
  'mount-from': {
    description:
      'Repositories of the same registry to mount existing blobs from instead of uploading them (owner/name), separated by spaces, commas or newlines.',
  },
  'ca-file': {
    description: 'PEM file of extra certificate authorities to trust for the registry.',
  },
  insecure: {
    description: 'Accept any TLS certificate from the registry (self-signed test registries only).',
    default: 'false',
  },
  verify: {
    description:
      'Prove every layer reused from the layer cache before using it (re-tar its store paths, download and decompress its blob; a wrong record is rebuilt and pushed with a warning), and after pushing, check that the registry serves every blob and tag.',
    default: 'false',
  },
  concurrency: { description: 'Blobs uploaded at once (1 to 32).', default: '4' },
  timeout: {
    description:
      'Seconds one registry request may go without progress (connecting, waiting for an answer, or between body chunks either way) before it is dropped and retried; a slow transfer that keeps moving is never cut. 1 to 3600.',
    default: '30',
  },
  'github-token': {
    description:
      'Token used for ghcr.io when no username/password or docker login is given. Masked in logs.',
    default: '${{ github.token }}',
    secret: true,
  },
};

export type InputReader = (name: string) => string;

const MAX_PACKAGES = 500;
const MAX_PACKAGE_NAME = 200;
// An attribute path: identifiers joined by dots. Quoted Nix attribute names are not supported:
// keeping names to this alphabet means nothing a user types can look like Nix syntax.
const PACKAGE_NAME = /^[A-Za-z_][A-Za-z0-9_'+-]*(\.[A-Za-z0-9_][A-Za-z0-9_'+-]*)*$/;

// Inputs are checked for size before anything else runs: a runaway value (a whole file pasted
// into an input) fails at once with a message instead of deep inside Nix or the registry.
const MAX_INPUT_BYTES = 64 * 1024;
const MAX_SCRIPT_BYTES = 1024 * 1024;
const MAX_TOTAL_INPUT_BYTES = 2 * 1024 * 1024;

function checkInputSizes(read: InputReader): void {
  let total = 0;
  for (const name of Object.keys(INPUTS)) {
    const size = Buffer.byteLength(read(name));
    total += size;
    const limit = name === 'extra-commands' ? MAX_SCRIPT_BYTES : MAX_INPUT_BYTES;
    if (size > limit) {
      throw new InputError(name, `is ${size} bytes long; at most ${limit} bytes are allowed.`);
    }
  }
  if (total > MAX_TOTAL_INPUT_BYTES) {
    throw new InputError(
      'inputs',
      `together are ${total} bytes; at most ${MAX_TOTAL_INPUT_BYTES} bytes are allowed.`,
    );
  }
}

export function parseRequest(read: InputReader): Request {
  checkInputSizes(read);
  const push = parseBoolean(read('push') || INPUTS.push!.default!, 'push');
  const imageValue = read('image').trim();
  if (push && !imageValue) {
    throw new InputError('image', 'is required when push is true (e.g. ghcr.io/owner/name).');
  }
  const username = read('username').trim();
  const password = read('password');
  if (Boolean(username) !== Boolean(password)) {
    throw new InputError(
      username ? 'password' : 'username',
      'username and password must be given together.',
    );
  }
  const image = imageValue ? parseImageName(imageValue, 'image') : undefined;
  const merge = parseMergeRefs(read('merge'), image);
  if (merge.length > 0 && (!push || !image)) {
    throw new InputError('merge', 'needs push: true and the image the index is pushed to.');
  }
  // Nixery's meta-packages (shell, arm64) count only when first, so the names are expanded in
  // the order written; the expansion sorts and de-duplicates.
  const packageNames = splitPackageNames(read('packages'), 'packages');
  const names =
    merge.length > 0 && packageNames.length === 0
      ? { packages: [], system: undefined }
      : expandNixeryNames(packageNames, 'packages');
  const packages = names.packages;
  const systemInput = parseSystem(read('system'));
  if (names.system && systemInput && names.system !== systemInput) {
    throw new InputError(
      'packages',
      `asks for ${names.system} (arm64) but the system input is ${systemInput}; keep one of them.`,
    );
  }
  const format = read('format').trim() || 'oci';
  const pkgSource = parsePkgSource(
    read('pkg-source').trim() || INPUTS['pkg-source']!.default!,
    'pkg-source',
  );
  const nixConf = parseNixConf(read('nix-conf'), 'nix-conf');
  const nixpkgsUrl = parseUrlTemplate(read('nixpkgs-url').trim() || DEFAULT_NIXPKGS_URL);
  const githubToken = read('github-token') || undefined;
  const signingKey = parseSigningKey(read('cache-signing-key'), 'cache-signing-key');
  const secrets = [
    ...(username && password ? credentialSecrets({ username, password }) : [password]),
    ...(githubToken ? [githubToken] : []),
    ...nixConf.secrets,
    ...pkgSourceSecrets(pkgSource),
    ...urlSecrets(nixpkgsUrl),
    ...(signingKey ? [signingKey, signingKey.slice(signingKey.indexOf(':') + 1)] : []),
  ];
  const annotations = parseKeyValueLines(read('annotations'), 'annotations', {
    annotationLevels: true,
  });
  if (format !== 'oci' && Object.keys(annotations.values).length > 0) {
    throw new InputError('annotations', 'need the OCI format; Docker schema 2 has no annotations.');
  }
  return {
    packages,
    pkgSource,
    image,
    tags: parseTags(read('tags') || INPUTS.tags!.default!),
    push,
    credentials: username ? { username, password } : undefined,
    maxLayers: parseMaxLayers(read('max-layers')),
    contents: parsePackageList(read('contents'), 'contents'),
    extraCommands: read('extra-commands'),
    uid: parseInteger(read('uid') || '0', 'uid', 0, MAX_ID),
    gid: parseInteger(read('gid') || '0', 'gid', 0, MAX_ID),
    system: names.system ?? systemInput,
    nix: {
      install: parseInstallMode(read('install-nix').trim() || 'auto', 'install-nix'),
      installerUrl: read('nix-installer-url').trim() || DEFAULT_INSTALLER_URL,
      installerSha256: parseSha256(read('nix-installer-sha256'), 'nix-installer-sha256'),
      conf: nixConf.settings,
      nixpkgsUrl,
      nixpkgsConfig: parseNixpkgsConfig(read('nixpkgs-config'), 'nixpkgs-config'),
      flakeLock: parseFilePath(read('flake-lock'), 'flake-lock'),
      remote: {
        sshKey: parseFilePath(read('builder-ssh-key'), 'builder-ssh-key'),
        knownHosts: parseFilePath(read('builder-known-hosts'), 'builder-known-hosts'),
      },
    },
    cache: {
      enabled: parseBoolean(read('cache') || 'true', 'cache'),
      keySuffix: parseCacheKey(read('cache-key')),
      signingKey,
    },
    summary: parseBoolean(read('summary') || 'true', 'summary'),
    supply: {
      sbom: parseBoolean(read('sbom') || 'true', 'sbom'),
      provenance: parseProvenanceMode(read('provenance'), 'provenance'),
      inputs: provenanceInputs(read),
    },
    layout: parseLayout(read, format),
    labels: parseKeyValueLines(read('labels'), 'labels').values,
    annotations: annotations.values,
    ignoredAnnotations: annotations.ignored,
    created: parseCreatedMode(read('created'), 'created'),
    outputs: parseOutputSpec(read('output'), 'output'),
    merge,
    registry: {
      mountFrom: read('mount-from')
        .split(/[\s,]+/)
        .filter((s) => s.length > 0),
      caFile: read('ca-file').trim() || undefined,
      insecure: parseBoolean(read('insecure') || 'false', 'insecure'),
      verify: parseBoolean(read('verify') || 'false', 'verify'),
      concurrency: parseInteger(read('concurrency') || '4', 'concurrency', 1, 32),
      timeoutMs:
        parseInteger(read('timeout') || INPUTS.timeout!.default!, 'timeout', 1, 3600) * 1000,
      githubToken,
    },
    secrets: [...new Set(secrets)],
  };
}

function parseLayout(read: InputReader, format: string): Request['layout'] {
  if (format !== 'oci' && format !== 'docker') {
    throw new InputError('format', `${quoteValue(format)} is not a format; allowed: oci, docker.`);
  }
  const compression = parseCompression(read('compression'), format);
  const config = parseUserConfig({
    entrypoint: read('entrypoint'),
    cmd: read('cmd'),
    env: read('env'),
    user: read('user'),
    workingDir: read('working-dir'),
    exposedPorts: read('exposed-ports'),
  });
  return {
    layering: parseLayering(read('layering')),
    format,
    compression,
    level: parseCompressionLevel(read('compression-level'), compression),
    config,
  };
}

// Tar headers hold ids in six octal digits.
const MAX_ID = 262143;

function parseSystem(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (!/^[a-z0-9_]+-[a-z0-9_]+$/.test(v)) {
    throw new InputError(
      'system',
      `${quoteValue(v)} is not a Nix system; use e.g. "x86_64-linux" or "aarch64-linux".`,
    );
  }
  return v;
}

function parseSha256(value: string, input: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  if (!/^[0-9a-f]{64}$/.test(v)) {
    throw new InputError(input, `${quoteValue(value)} is not a hex SHA-256 (64 hex digits).`);
  }
  return v;
}

function parseUrlTemplate(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value.replaceAll('{ref}', 'ref'));
  } catch {
    url = undefined;
  }
  if (!url || !['https:', 'http:', 'file:'].includes(url.protocol) || !value.includes('{ref}')) {
    throw new InputError(
      'nixpkgs-url',
      `${quoteValue(value)} must be an https://, http:// or file:// URL containing {ref}.`,
    );
  }
  return value;
}

/** A file path for Nix or ssh: one line, and no spaces (ssh options are split on them). */
function parseFilePath(value: string, input: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/[\s]/.test(v) || /[^\x21-\x7e]/.test(v) || v.startsWith('-')) {
    throw new InputError(input, `${quoteValue(v)} must be a file path without spaces.`);
  }
  return v;
}

function parseCacheKey(value: string): string {
  const v = value.trim();
  if (v.length > 100 || /[,\s]/.test(v) || /[^\x21-\x7e]/.test(v)) {
    throw new InputError(
      'cache-key',
      `${quoteValue(v)} must be at most 100 printable characters without spaces or commas.`,
    );
  }
  return v;
}

/** Splits on spaces, commas, newlines and "/"; sorts and de-duplicates so order never matters. */
export function parsePackageList(value: string, input: string): string[] {
  return [...new Set(splitPackageNames(value, input))].sort();
}

/** Splits on spaces, commas, newlines and "/" and checks each name; keeps the order written. */
export function splitPackageNames(value: string, input: string): string[] {
  const names = value.split(/[\s,/]+/).filter((s) => s.length > 0);
  if (names.length > MAX_PACKAGES) {
    throw new InputError(
      input,
      `names ${names.length} packages; at most ${MAX_PACKAGES} are allowed.`,
    );
  }
  for (const name of names) {
    if (name.length > MAX_PACKAGE_NAME || !PACKAGE_NAME.test(name)) {
      throw new InputError(
        input,
        `${quoteValue(name)} is not a Nix attribute path. Use names like "git", "xorg.xev" or "python3Packages.numpy" (letters, digits, _ ' + - and dots; at most ${MAX_PACKAGE_NAME} characters).`,
      );
    }
  }
  return names;
}

/** Splits on spaces, commas and newlines; keeps the first occurrence order, drops repeats. */
export function parseTags(value: string): string[] {
  const tags = [...new Set(value.split(/[\s,]+/).filter((s) => s.length > 0))];
  if (tags.length === 0) throw new InputError('tags', 'is empty; give at least one tag.');
  return tags.map((t) => validateTag(t, 'tags'));
}

export function parseBoolean(value: string, input: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(input, `${quoteValue(value)} is not a boolean; use "true" or "false".`);
}

export function parseInteger(value: string, input: string, min: number, max: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(
      input,
      `${quoteValue(value)} is not a whole number from ${min} to ${max}.`,
    );
  }
  return Number(v);
}

/**
 * Every non-empty input that is not a secret, as written; `access-tokens` lines of nix-conf are
 * blanked as in the log. What a signed provenance may say about the run.
 */
function provenanceInputs(read: InputReader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) continue;
    const value = read(name);
    if (!value) continue;
    out[name] =
      name === 'nix-conf'
        ? value
            .split('\n')
            .map((l) => (/^\s*access-tokens\s*=/.test(l) ? 'access-tokens = ***' : l))
            .join('\n')
        : value;
  }
  return out;
}

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
