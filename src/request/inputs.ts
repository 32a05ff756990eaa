/**
 * The action's inputs: one table, in action.yml order, with every default. action.yml, the
 * README and the CLI's --help are generated from or checked against it
 * (test/unit/action-yml.test.ts, test/unit/readme.test.ts); the parsers read defaults from
 * here and nowhere else.
 */
import { DEFAULT_INSTALLER_URL } from '../nix/install.ts';
import { DEFAULT_NIXPKGS_URL } from '../nix/source.ts';

export { DEFAULT_NIXPKGS_URL };

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

/** The value as given, or the input's default from INPUTS when it is empty. */
export function orDefault(value: string, name: string): string {
  return value || (INPUTS[name]?.default ?? '');
}
