/**
 * The request layer's main file: the Request type and parseRequest, which reads every input
 * once through the parsers of this folder. Nothing here knows about the runner.
 */
import { InputError } from '../core/errors.ts';
import { pkgSourceSecrets, type PkgSource } from '../nix/source.ts';
import { parsePkgSource } from '../request/pkg-source.ts';
import { urlSecrets } from '../core/url-secrets.ts';
import { credentialSecrets } from '../core/secrets.ts';
import { parseSigningKey } from '../cache/verify-import.ts';
import { parseImageName, type ImageName } from '../oci/reference.ts';
import type { InstallMode } from '../nix/install.ts';
import { parseNixConf } from '../request/nix-conf.ts';
import { parseNixpkgsConfig } from './nixpkgs-config.ts';
import type { NixpkgsConfig } from '../nix/build.ts';
import type { RemoteBuildFiles } from '../nix/remote.ts';
import type { LayeringStrategy } from '../image/layers.ts';
import { parseLayout, parseMaxLayers } from './layout.ts';
import type { Compression } from '../image/compress.ts';
import type { ImageConfigOptions } from '../image/config.ts';
import type { ManifestFormat } from '../oci/manifest.ts';
import { expandNixeryNames } from './nixery-names.ts';
import { parseKeyValueLines, parseCreatedMode, type CreatedMode } from './labels.ts';
import { parseOutputSpec } from './output-spec.ts';
import type { OutputSpec } from '../output/write.ts';
import { parseMergeRefs, type MergeRef } from './merge-refs.ts';
import type { ProvenanceMode } from '../supply/provenance.ts';
import { INPUTS, orDefault, type InputReader } from './inputs.ts';
import {
  checkInputSizes,
  MAX_ID,
  parseBoolean,
  parseCacheKey,
  parseFilePath,
  parseInstallMode,
  parseInteger,
  parseProvenanceMode,
  parsePackageList,
  parseSha256,
  parseSystem,
  parseTags,
  parseUrlTemplate,
  splitPackageNames,
} from './grammar.ts';

// Where the request's parts are read from, for the callers that know it by this module.
export { INPUTS, DEFAULT_NIXPKGS_URL, type InputSpec, type InputReader } from './inputs.ts';
export { describeRequest } from './describe.ts';
export {
  parseBoolean,
  parseInteger,
  parsePackageList,
  parseTags,
  splitPackageNames,
} from './grammar.ts';

/**
 * Every input, parsed once into one typed request. Each grammar is a pure parser that throws an
 * InputError naming the input and the offending entry (grammar.ts and the parsers beside it);
 * defaults live in the INPUTS table (inputs.ts), which action.yml and the CLI's --help mirror
 * (test/unit/action-yml.test.ts keeps them in sync).
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

export function parseRequest(read: InputReader): Request {
  checkInputSizes(read);
  const push = parseBoolean(orDefault(read('push'), 'push'), 'push');
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
  const format = orDefault(read('format').trim(), 'format');
  const pkgSource = parsePkgSource(
    orDefault(read('pkg-source').trim(), 'pkg-source'),
    'pkg-source',
  );
  const nixConf = parseNixConf(read('nix-conf'), 'nix-conf');
  const nixpkgsUrl = parseUrlTemplate(orDefault(read('nixpkgs-url').trim(), 'nixpkgs-url'));
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
    tags: parseTags(orDefault(read('tags'), 'tags')),
    push,
    credentials: username ? { username, password } : undefined,
    maxLayers: parseMaxLayers(read('max-layers')),
    contents: parsePackageList(read('contents'), 'contents'),
    extraCommands: read('extra-commands'),
    uid: parseInteger(orDefault(read('uid'), 'uid'), 'uid', 0, MAX_ID),
    gid: parseInteger(orDefault(read('gid'), 'gid'), 'gid', 0, MAX_ID),
    system: names.system ?? systemInput,
    nix: {
      install: parseInstallMode(
        orDefault(read('install-nix').trim(), 'install-nix'),
        'install-nix',
      ),
      installerUrl: orDefault(read('nix-installer-url').trim(), 'nix-installer-url'),
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
      enabled: parseBoolean(orDefault(read('cache'), 'cache'), 'cache'),
      keySuffix: parseCacheKey(read('cache-key')),
      signingKey,
    },
    summary: parseBoolean(orDefault(read('summary'), 'summary'), 'summary'),
    supply: {
      sbom: parseBoolean(orDefault(read('sbom'), 'sbom'), 'sbom'),
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
      insecure: parseBoolean(orDefault(read('insecure'), 'insecure'), 'insecure'),
      verify: parseBoolean(orDefault(read('verify'), 'verify'), 'verify'),
      concurrency: parseInteger(
        orDefault(read('concurrency'), 'concurrency'),
        'concurrency',
        1,
        32,
      ),
      timeoutMs: parseInteger(orDefault(read('timeout'), 'timeout'), 'timeout', 1, 3600) * 1000,
      githubToken,
    },
    secrets: [...new Set(secrets)],
  };
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
