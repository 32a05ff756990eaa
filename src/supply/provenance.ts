/**
 * SLSA v1 provenance for a pushed image, signed keylessly through GitHub's OIDC token and
 * Sigstore with @actions/attest, as actions/attest-build-provenance does. Its build type says
 * what no generic builder can: the exact package source (revision, narHash) the closure came
 * from, and the inputs that chose the packages.
 *
 * The statement is pure (provenanceStatement); signing needs the workflow's
 * `permissions: id-token: write`, which shows as ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN.
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
/** Describes externalParameters and resolvedDependencies below; versioned with them. */
export const BUILD_TYPE = 'https://github.com/org/nixery-action/blob/main/README.md#provenance-v1';
/** The Sigstore bundle as stored in a registry (what @sigstore/oci and cosign push). */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export type ProvenanceMode = 'auto' | 'true' | 'false';

/** True when the job may ask for an OIDC token (`permissions: id-token: write`). */
export function oidcAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

export interface ProvenanceInput {
  /** `<registry>/<repository>`, the attestation's subject name (no tag, as GitHub expects). */
  imageName: string;
  /** The image manifest digest, `sha256:<hex>`. */
  digest: string;
  /** The action's inputs minus secrets, by name. */
  inputs: Record<string, string>;
  /** The pkg-source as written, and what it resolved to. */
  pkgSource: string;
  source: Record<string, string>;
  system: string;
  env: NodeJS.ProcessEnv;
}

interface ResourceDescriptor {
  name: string;
  uri: string;
  digest?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The in-toto subject for an image. */
export function imageSubject(imageName: string, digest: string) {
  return { name: imageName, digest: { sha256: digest.replace(/^sha256:/, '') } };
}

/** The SLSA v1 predicate (buildDefinition + runDetails). Pure: everything comes from `o`. */
export function provenancePredicate(o: ProvenanceInput): object {
  const env = o.env;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const dependencies: ResourceDescriptor[] = [sourceDependency(o.pkgSource, o.source)];
  if (env.GITHUB_ACTION_REPOSITORY) {
    const ref = env.GITHUB_ACTION_REF;
    dependencies.push({
      name: 'nixery-action',
      uri: `git+${server}/${env.GITHUB_ACTION_REPOSITORY}${ref ? `@${ref}` : ''}`,
      ...(ref && /^[0-9a-f]{40}$/.test(ref) ? { digest: { gitCommit: ref } } : {}),
    });
  }
  if (repository && env.GITHUB_SHA) {
    dependencies.push({
      name: 'workflow',
      uri: `git+${server}/${repository}${env.GITHUB_REF ? `@${env.GITHUB_REF}` : ''}`,
      digest: { gitCommit: env.GITHUB_SHA },
    });
  }
  const workflowRef = env.GITHUB_WORKFLOW_REF;
  const runId = env.GITHUB_RUN_ID;
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters: {
        inputs: sortedRecord(o.inputs),
        ...(workflowRef ? { workflow: workflowFromRef(workflowRef) } : {}),
      },
      internalParameters: {
        system: o.system,
        github: pick(env, [
          'GITHUB_EVENT_NAME',
          'GITHUB_REPOSITORY_ID',
          'GITHUB_REPOSITORY_OWNER_ID',
          'RUNNER_ENVIRONMENT',
        ]),
      },
      resolvedDependencies: dependencies,
    },
    runDetails: {
      builder: { id: workflowRef ? `${server}/${workflowRef}` : `${server}/${repository ?? ''}` },
      metadata: {
        ...(repository && runId
          ? {
              invocationId: `${server}/${repository}/actions/runs/${runId}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
            }
          : {}),
      },
    },
  };
}

/** The package source as a resource: its URL, and the pins Nix resolved. */
function sourceDependency(pkgSource: string, source: Record<string, string>): ResourceDescriptor {
  const digest: Record<string, string> = {};
  if (source.rev && /^[0-9a-f]{40}$/.test(source.rev)) digest.gitCommit = source.rev;
  const annotations = sortedRecord(source);
  const uri =
    source.kind === 'git' && source.url
      ? `git+${source.url}${source.rev ? `@${source.rev}` : ''}`
      : source.kind === 'nixpkgs' && source.url
        ? source.url
        : source.kind === 'path' && source.dir
          ? `file://${source.dir}`
          : pkgSource;
  return {
    name: 'pkg-source',
    uri,
    ...(Object.keys(digest).length ? { digest } : {}),
    annotations: { 'pkg-source': pkgSource, ...annotations },
  };
}

/** `owner/repo/.github/workflows/x.yml@refs/heads/main` → its parts, as GitHub's type has them. */
function workflowFromRef(ref: string): { ref: string; repository: string; path: string } {
  const at = ref.lastIndexOf('@');
  const [owner = '', repo = '', ...rest] = (at >= 0 ? ref.slice(0, at) : ref).split('/');
  return {
    ref: at >= 0 ? ref.slice(at + 1) : '',
    repository: `${owner}/${repo}`,
    path: rest.join('/'),
  };
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) if (env[n]) out[n.toLowerCase()] = env[n]!;
  return out;
}

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface SignedStatement {
  /** The Sigstore bundle as JSON (v0.3, a DSSE envelope over the in-toto statement). */
  bundle: object;
  certificate: string;
  tlogId?: string;
}

/**
 * Signs an in-toto statement about the image with @actions/attest (Fulcio certificate from the
 * workflow's OIDC token; Rekor for public repositories, GitHub's timestamp authority for
 * private ones, as the library chooses). Nothing is written to GitHub here: the caller records
 * the bundle, so that a missing `attestations: write` costs the record, not the signature.
 * Loaded on demand: the library reads the workflow's context when it is first imported.
 */
export async function signStatement(
  subject: { name: string; digest: Record<string, string> },
  predicateType: string,
  predicate: object,
): Promise<SignedStatement> {
  const { attest } = await import('@actions/attest');
  const attestation = await attest({
    subjects: [subject],
    predicateType,
    predicate,
    token: '',
    skipWrite: true,
  });
  return {
    bundle: attestation.bundle as object,
    certificate: attestation.certificate,
    ...(attestation.tlogID ? { tlogId: attestation.tlogID } : {}),
  };
}
