import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  formatPkgSource
} from "./chunk-LTLYRGHH.js";
import {
  makeScratchDir
} from "./chunk-PQ6PYXBF.js";
import {
  attachReferrer,
  computeChanges,
  listReferrers,
  previousSbom,
  readArtifact
} from "./chunk-63LJ3RRK.js";
import {
  SBOM_MEDIA_TYPE,
  readSbom
} from "./chunk-ERKG4WXN.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";

// src/pipeline/steps/supply.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/supply/provenance.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";
var BUILD_TYPE = "https://github.com/org/nixery-action/blob/main/README.md#provenance-v1";
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
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
  const { attest } = await import("./attest-5M6BDRNA.js");
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

// src/supply/attestations-api.ts
var MAX_ERROR_BYTES = 2048;
async function recordAttestation(target, bundle) {
  const url = `${target.apiUrl.replace(/\/+$/, "")}/repos/${target.repository}/attestations`;
  const res = await fetch(url, {
    method: "POST",
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${target.token}`,
      "content-type": "application/json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "nixery-action"
    },
    body: JSON.stringify({ bundle }),
    signal: AbortSignal.timeout(3e4)
  });
  const text = await res.text();
  if (res.status !== 201 && res.status !== 200) {
    throw new NixeryError(
      `GitHub refused the attestation (HTTP ${res.status}): ${text.slice(0, MAX_ERROR_BYTES)}`,
      res.status === 403 || res.status === 401 ? "ATTESTATION_DENIED" : "ATTESTATION_FAILED"
    );
  }
  try {
    const id = JSON.parse(text).id;
    return id === void 0 ? "" : String(id);
  } catch {
    return "";
  }
}

// src/pipeline/steps/supply.ts
var TOOL = { name: "nixery-action", version: "0.1.0" };
async function runSupplyStep(ctx) {
  const { req, built, manifest, log } = ctx;
  const env = ctx.env ?? process.env;
  const imageName = req.image ? `${req.image.registry}/${req.image.repository}` : "image";
  const result = {};
  const { buildSbom } = await import("./sbom-3ZHMXKPA.js");
  const sbom = buildSbom({
    closure: built.closure,
    packages: [...built.packages, ...built.contents],
    pkgSource: formatPkgSource(req.pkgSource),
    source: built.source,
    image: { name: imageName, digest: manifest.digest },
    system: built.system,
    timestamp: ctx.created,
    tool: TOOL
  });
  if (req.supply.sbom) {
    const file = await writeSbomFile(sbom, env);
    result.sbomFile = file;
    log.info(`SBOM: ${built.closure.paths.length} store paths written to ${file}`);
  }
  const { client, push } = ctx;
  if (!push && signsProvenance(req, env)) {
    log.info("provenance not signed: the image was not pushed, so there is no digest to attest");
  }
  if (client && push) {
    const previousEntries = ctx.previous ? await previousSbom(client, ctx.previous, log) : void 0;
    if (req.supply.sbom) {
      result.sbomDigest = await softly(
        log,
        "SBOM referrer",
        async () => (await attachReferrer(client, manifest, sbomAttachment(sbom), log)).digest
      );
    }
    const signed = await provenance(ctx, imageName, sbom, env);
    Object.assign(result, signed);
    result.changes = computeChanges(
      { layers: ctx.layers, entries: readSbom(sbom), blobs: push.blobs },
      ctx.previous,
      previousEntries
    );
  }
  return result;
}
async function runIndexSupplyStep(o) {
  const { req, client, index, log } = o;
  if (!req.supply.sbom || !req.image) return {};
  const platforms = [];
  for (const ref of req.merge) {
    const [found] = await listReferrers(client, ref.digest, SBOM_MEDIA_TYPE);
    if (!found) {
      log.info(`SBOM: ${ref.digest} has none; it is left out of the index's SBOM`);
      continue;
    }
    platforms.push({ json: (await readArtifact(client, found.digest)).toString("utf8") });
  }
  if (platforms.length === 0) {
    log.info("SBOM: no platform image has one; the index gets none");
    return {};
  }
  const name = `${req.image.registry}/${req.image.repository}`;
  const { mergeSboms } = await import("./sbom-3ZHMXKPA.js");
  const sbom = mergeSboms({ name, digest: index.digest, timestamp: o.created }, platforms, TOOL);
  const env = o.env ?? process.env;
  const file = await writeSbomFile(sbom, env);
  const sbomDigest = await softly(
    log,
    "SBOM referrer",
    async () => (await attachReferrer(client, index, sbomAttachment(sbom), log)).digest
  );
  return { sbomFile: file, ...sbomDigest ? { sbomDigest } : {} };
}
function sbomAttachment(sbom) {
  return {
    artifactType: SBOM_MEDIA_TYPE,
    mediaType: SBOM_MEDIA_TYPE,
    bytes: Buffer.from(sbom),
    annotations: { "org.opencontainers.image.title": "sbom.cdx.json" }
  };
}
async function provenance(ctx, imageName, sbom, env) {
  const { req, log, client, manifest } = ctx;
  const mode = req.supply.provenance;
  if (mode === "false" || !client) return {};
  if (!oidcAvailable(env)) {
    const why = "provenance not signed: the job has no OIDC token (add `permissions: id-token: write`)";
    if (mode === "true") throw new NixeryError(`${why}; provenance is true.`, "PROVENANCE_NO_OIDC");
    log.info(why);
    return {};
  }
  const strict = mode === "true";
  const subject = imageSubject(imageName, manifest.digest);
  const predicate = provenancePredicate({
    imageName,
    digest: manifest.digest,
    inputs: req.supply.inputs,
    pkgSource: formatPkgSource(req.pkgSource),
    source: ctx.built.source,
    system: ctx.built.system,
    env
  });
  const out = {};
  const statements = [
    { type: SLSA_PROVENANCE_V1, predicate, primary: true }
  ];
  if (req.supply.sbom) {
    statements.push({ type: CYCLONEDX_PREDICATE, predicate: JSON.parse(sbom), primary: false });
  }
  for (const s of statements) {
    const what = s.primary ? "provenance" : "SBOM attestation";
    const signed = await softly(
      log,
      `signing the ${what}`,
      () => signStatement(subject, s.type, s.predicate),
      strict
    );
    if (!signed) continue;
    const digest = await softly(
      log,
      `${what} referrer`,
      async () => (await attachReferrer(
        client,
        manifest,
        {
          artifactType: BUNDLE_MEDIA_TYPE,
          mediaType: BUNDLE_MEDIA_TYPE,
          bytes: Buffer.from(JSON.stringify(signed.bundle)),
          annotations: {
            "dev.sigstore.bundle.content": "dsse-envelope",
            "dev.sigstore.bundle.predicateType": s.type
          }
        },
        log
      )).digest,
      strict
    );
    if (s.primary) out.provenanceDigest = digest;
    const token = req.registry.githubToken ?? env.GITHUB_TOKEN;
    if (!token || !env.GITHUB_REPOSITORY) {
      log.info(`${what}: not recorded with GitHub (no github-token or GITHUB_REPOSITORY)`);
      continue;
    }
    const id = await softly(
      log,
      `recording the ${what} with GitHub (needs \`permissions: attestations: write\`)`,
      () => recordAttestation(
        {
          apiUrl: env.GITHUB_API_URL || "https://api.github.com",
          repository: env.GITHUB_REPOSITORY,
          token
        },
        signed.bundle
      ),
      strict
    );
    if (id !== void 0) log.info(`${what} recorded with GitHub${id ? ` (id ${id})` : ""}`);
    if (s.primary && id) out.attestationId = id;
  }
  return out;
}
async function softly(log, what, fn, strict = false) {
  try {
    return await fn();
  } catch (err) {
    if (strict) throw err;
    log.warning(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    return void 0;
  }
}
function signsProvenance(req, env) {
  const mode = req.supply.provenance;
  return mode === "true" || mode === "auto" && oidcAvailable(env);
}
async function writeSbomFile(sbom, env) {
  const file = join(await makeScratchDir("nixery-action-sbom", env), "sbom.cdx.json");
  await writeFile(file, sbom, { flag: "wx" });
  return file;
}

export {
  TOOL,
  runSupplyStep,
  runIndexSupplyStep,
  signsProvenance,
  writeSbomFile
};
