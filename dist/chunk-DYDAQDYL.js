import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  InputError,
  quoteValue
} from "./chunk-FF3L7VQ6.js";

// src/supply/provenance.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";
var BUILD_TYPE = "https://github.com/org/nixery-action/blob/main/README.md#provenance-v1";
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
function parseProvenanceMode(value, input) {
  const v = value.trim() || "auto";
  if (v === "auto" || v === "true" || v === "false") return v;
  throw new InputError(
    input,
    `${quoteValue(v)} is not allowed; use auto (sign when the job may ask for an OIDC token), true or false.`
  );
}
function oidcAvailable(env) {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function imageSubject(imageName, digest) {
  return { name: imageName, digest: { sha256: digest.replace(/^sha256:/, "") } };
}
function provenancePredicate(o) {
  const env = o.env;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  const dependencies = [sourceDependency(o.pkgSource, o.source)];
  if (env.GITHUB_ACTION_REPOSITORY) {
    const ref = env.GITHUB_ACTION_REF;
    dependencies.push({
      name: "nixery-action",
      uri: `git+${server}/${env.GITHUB_ACTION_REPOSITORY}${ref ? `@${ref}` : ""}`,
      ...ref && /^[0-9a-f]{40}$/.test(ref) ? { digest: { gitCommit: ref } } : {}
    });
  }
  if (repository && env.GITHUB_SHA) {
    dependencies.push({
      name: "workflow",
      uri: `git+${server}/${repository}${env.GITHUB_REF ? `@${env.GITHUB_REF}` : ""}`,
      digest: { gitCommit: env.GITHUB_SHA }
    });
  }
  const workflowRef = env.GITHUB_WORKFLOW_REF;
  const runId = env.GITHUB_RUN_ID;
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters: {
        inputs: sortedRecord(o.inputs),
        ...workflowRef ? { workflow: workflowFromRef(workflowRef) } : {}
      },
      internalParameters: {
        system: o.system,
        github: pick(env, [
          "GITHUB_EVENT_NAME",
          "GITHUB_REPOSITORY_ID",
          "GITHUB_REPOSITORY_OWNER_ID",
          "RUNNER_ENVIRONMENT"
        ])
      },
      resolvedDependencies: dependencies
    },
    runDetails: {
      builder: { id: workflowRef ? `${server}/${workflowRef}` : `${server}/${repository ?? ""}` },
      metadata: {
        ...repository && runId ? {
          invocationId: `${server}/${repository}/actions/runs/${runId}/attempts/${env.GITHUB_RUN_ATTEMPT ?? "1"}`
        } : {}
      }
    }
  };
}
function sourceDependency(pkgSource, source) {
  const digest = {};
  if (source.rev && /^[0-9a-f]{40}$/.test(source.rev)) digest.gitCommit = source.rev;
  const annotations = sortedRecord(source);
  const uri = source.kind === "git" && source.url ? `git+${source.url}${source.rev ? `@${source.rev}` : ""}` : source.kind === "nixpkgs" && source.url ? source.url : source.kind === "path" && source.dir ? `file://${source.dir}` : pkgSource;
  return {
    name: "pkg-source",
    uri,
    ...Object.keys(digest).length ? { digest } : {},
    annotations: { "pkg-source": pkgSource, ...annotations }
  };
}
function workflowFromRef(ref) {
  const at = ref.lastIndexOf("@");
  const [owner = "", repo = "", ...rest] = (at >= 0 ? ref.slice(0, at) : ref).split("/");
  return {
    ref: at >= 0 ? ref.slice(at + 1) : "",
    repository: `${owner}/${repo}`,
    path: rest.join("/")
  };
}
function pick(env, names) {
  const out = {};
  for (const n of names) if (env[n]) out[n.toLowerCase()] = env[n];
  return out;
}
function sortedRecord(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
async function signStatement(subject, predicateType, predicate) {
  const { attest } = await import("./attest-OUHBTIFG.js");
  const attestation = await attest({
    subjects: [subject],
    predicateType,
    predicate,
    token: "",
    skipWrite: true
  });
  return {
    bundle: attestation.bundle,
    certificate: attestation.certificate,
    ...attestation.tlogID ? { tlogId: attestation.tlogID } : {}
  };
}

export {
  SLSA_PROVENANCE_V1,
  CYCLONEDX_PREDICATE,
  BUNDLE_MEDIA_TYPE,
  parseProvenanceMode,
  oidcAvailable,
  imageSubject,
  provenancePredicate,
  signStatement
};
