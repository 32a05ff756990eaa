/**
 * After the push: the SBOM (file and referrer), signed provenance (referrer and GitHub
 * attestation) and what changed since the previous image. The image and its tags are already
 * in the registry, so a failure here is reported, not thrown, unless the user asked for it
 * (`provenance: true`) or it is a bad SBOM (a bug).
 */
import { writeFile } from 'node:fs/promises';
import { makeScratchDir } from '../../core/scratch.ts';
import { join } from 'node:path';
import { NixeryError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import type { Request } from '../../request/request.ts';
import type { NixBuildResult } from '../../nix/build.ts';
import { formatPkgSource } from '../../nix/source.ts';
import type { Manifest } from '../../oci/manifest.ts';
import type { RegistryClient } from '../../registry/client.ts';
import type { PushResult } from '../../registry/push.ts';
import { computeChanges, previousSbom, type Changes, type PreviousImage } from './changes.ts';
import { attachReferrer, listReferrers, readArtifact } from '../../supply/referrers.ts';
import { readSbom, SBOM_MEDIA_TYPE } from '../../supply/sbom-read.ts';
import {
  BUNDLE_MEDIA_TYPE,
  CYCLONEDX_PREDICATE,
  imageSubject,
  oidcAvailable,
  provenancePredicate,
  signStatement,
  SLSA_PROVENANCE_V1,
} from '../../supply/provenance.ts';
import { recordAttestation } from '../../supply/attestations-api.ts';

export const TOOL = { name: 'nixery-action', version: '0.1.0' };

export interface SupplyResult {
  sbomFile?: string;
  /** Digest of the SBOM's referrer (artifact manifest). */
  sbomDigest?: string;
  /** Digest of the signed provenance bundle's referrer. */
  provenanceDigest?: string;
  /** Id GitHub gave the provenance attestation. */
  attestationId?: string;
  changes?: Changes;
}

export interface SupplyContext {
  req: Request;
  built: NixBuildResult;
  manifest: Manifest;
  layers: { digest: string; size: number }[];
  created: string;
  /** Present when the image was pushed. */
  client?: RegistryClient;
  push?: PushResult;
  previous?: PreviousImage;
  log: Logger;
  env?: NodeJS.ProcessEnv;
}

export async function runSupplyStep(ctx: SupplyContext): Promise<SupplyResult> {
  const { req, built, manifest, log } = ctx;
  const env = ctx.env ?? process.env;
  const imageName = req.image ? `${req.image.registry}/${req.image.repository}` : 'image';
  const result: SupplyResult = {};
  // Loaded here, not with the step: the CycloneDX library is memory the push does not need.
  const { buildSbom } = await import('../../supply/sbom.ts');
  const sbom = buildSbom({
    closure: built.closure,
    packages: [...built.packages, ...built.contents],
    pkgSource: formatPkgSource(req.pkgSource),
    source: built.source,
    image: { name: imageName, digest: manifest.digest },
    system: built.system,
    timestamp: ctx.created,
    tool: TOOL,
  });
  if (req.supply.sbom) {
    const file = await writeSbomFile(sbom, env);
    result.sbomFile = file;
    log.info(`SBOM: ${built.closure.paths.length} store paths written to ${file}`);
  }
  const { client, push } = ctx;
  // Said only where signing was asked for or possible: a plain local build stays quiet.
  if (!push && signsProvenance(req, env)) {
    log.info('provenance not signed: the image was not pushed, so there is no digest to attest');
  }
  if (client && push) {
    // Read before the attachments, not beside them: when the previous image is this one, its
    // referrers are the very tag index and SBOM manifest they write again, and a registry
    // that writes files in place (distribution's filesystem driver) serves a half-written one
    // (HTTP 500) to a read in between. The two attachments stay one after the other: without
    // a referrers API both rewrite one tag.
    const previousEntries = ctx.previous
      ? await previousSbom(client, ctx.previous, log)
      : undefined;
    if (req.supply.sbom) {
      result.sbomDigest = await softly(
        log,
        'SBOM referrer',
        async () => (await attachReferrer(client, manifest, sbomAttachment(sbom), log)).digest,
      );
    }
    const signed = await provenance(ctx, imageName, sbom, env);
    Object.assign(result, signed);
    result.changes = computeChanges(
      { layers: ctx.layers, entries: readSbom(sbom), blobs: push.blobs },
      ctx.previous,
      previousEntries,
    );
  }
  return result;
}

/**
 * A multi-platform index gets an SBOM of its own, merged from the SBOM referrers of its platform
 * images (each pushed with one by its matrix job); a platform image without one is left out,
 * with a line saying so.
 */
export async function runIndexSupplyStep(o: {
  req: Request;
  client: RegistryClient;
  index: Manifest;
  created: string;
  log: Logger;
  env?: NodeJS.ProcessEnv;
}): Promise<SupplyResult> {
  const { req, client, index, log } = o;
  if (!req.supply.sbom || !req.image) return {};
  const platforms: { json: string }[] = [];
  for (const ref of req.merge) {
    const [found] = await listReferrers(client, ref.digest, SBOM_MEDIA_TYPE);
    if (!found) {
      log.info(`SBOM: ${ref.digest} has none; it is left out of the index's SBOM`);
      continue;
    }
    platforms.push({ json: (await readArtifact(client, found.digest)).toString('utf8') });
  }
  if (platforms.length === 0) {
    log.info('SBOM: no platform image has one; the index gets none');
    return {};
  }
  const name = `${req.image.registry}/${req.image.repository}`;
  const { mergeSboms } = await import('../../supply/sbom.ts');
  const sbom = mergeSboms({ name, digest: index.digest, timestamp: o.created }, platforms, TOOL);
  const env = o.env ?? process.env;
  const file = await writeSbomFile(sbom, env);
  const sbomDigest = await softly(
    log,
    'SBOM referrer',
    async () => (await attachReferrer(client, index, sbomAttachment(sbom), log)).digest,
  );
  return { sbomFile: file, ...(sbomDigest ? { sbomDigest } : {}) };
}

function sbomAttachment(sbom: string) {
  return {
    artifactType: SBOM_MEDIA_TYPE,
    mediaType: SBOM_MEDIA_TYPE,
    bytes: Buffer.from(sbom),
    annotations: { 'org.opencontainers.image.title': 'sbom.cdx.json' },
  };
}

async function provenance(
  ctx: SupplyContext,
  imageName: string,
  sbom: string,
  env: NodeJS.ProcessEnv,
): Promise<Pick<SupplyResult, 'provenanceDigest' | 'attestationId'>> {
  const { req, log, client, manifest } = ctx;
  const mode = req.supply.provenance;
  if (mode === 'false' || !client) return {};
  if (!oidcAvailable(env)) {
    const why =
      'provenance not signed: the job has no OIDC token (add `permissions: id-token: write`)';
    if (mode === 'true') throw new NixeryError(`${why}; provenance is true.`, 'PROVENANCE_NO_OIDC');
    log.info(why);
    return {};
  }
  const strict = mode === 'true';
  const subject = imageSubject(imageName, manifest.digest);
  const predicate = provenancePredicate({
    imageName,
    digest: manifest.digest,
    inputs: req.supply.inputs,
    pkgSource: formatPkgSource(req.pkgSource),
    source: ctx.built.source,
    system: ctx.built.system,
    env,
  });
  const out: Pick<SupplyResult, 'provenanceDigest' | 'attestationId'> = {};
  const statements: { type: string; predicate: object; primary: boolean }[] = [
    { type: SLSA_PROVENANCE_V1, predicate, primary: true },
  ];
  if (req.supply.sbom) {
    statements.push({ type: CYCLONEDX_PREDICATE, predicate: JSON.parse(sbom), primary: false });
  }
  for (const s of statements) {
    const what = s.primary ? 'provenance' : 'SBOM attestation';
    const signed = await softly(
      log,
      `signing the ${what}`,
      () => signStatement(subject, s.type, s.predicate),
      strict,
    );
    if (!signed) continue;
    const digest = await softly(
      log,
      `${what} referrer`,
      async () =>
        (
          await attachReferrer(
            client,
            manifest,
            {
              artifactType: BUNDLE_MEDIA_TYPE,
              mediaType: BUNDLE_MEDIA_TYPE,
              bytes: Buffer.from(JSON.stringify(signed.bundle)),
              annotations: {
                'dev.sigstore.bundle.content': 'dsse-envelope',
                'dev.sigstore.bundle.predicateType': s.type,
              },
            },
            log,
          )
        ).digest,
      strict,
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
      () =>
        recordAttestation(
          {
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            repository: env.GITHUB_REPOSITORY!,
            token,
          },
          signed.bundle,
        ),
      strict,
    );
    if (id !== undefined) log.info(`${what} recorded with GitHub${id ? ` (id ${id})` : ''}`);
    if (s.primary && id) out.attestationId = id;
  }
  return out;
}

/** Runs `fn`; a failure is one warning (or thrown when `strict`), never a half-told story. */
async function softly<T>(
  log: Logger,
  what: string,
  fn: () => Promise<T>,
  strict = false,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (strict) throw err;
    log.warning(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/**
 * The SBOM outlives the step (later steps read the `sbom-file` output), so its folder is not
 * removed; it is still fresh and private to the run, never a predictable shared path, and
 * RUNNER_TEMP is emptied after the job.
 */
/** Whether this run signs provenance of what it pushes (asked for, or possible under auto). */
export function signsProvenance(req: Request, env: NodeJS.ProcessEnv): boolean {
  const mode = req.supply.provenance;
  return mode === 'true' || (mode === 'auto' && oidcAvailable(env));
}

export async function writeSbomFile(sbom: string, env: NodeJS.ProcessEnv): Promise<string> {
  const file = join(await makeScratchDir('nixery-action-sbom', env), 'sbom.cdx.json');
  await writeFile(file, sbom, { flag: 'wx' });
  return file;
}
