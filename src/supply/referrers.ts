/**
 * Attaching documents (an SBOM, a signed provenance bundle) to an image as OCI 1.1 referrers:
 * an artifact manifest whose `subject` is the image manifest, with the document as its one
 * layer and the empty config.
 *
 * A registry with the referrers API (GET /v2/<name>/referrers/<digest>) indexes such manifests
 * itself. One without it (distribution 2.8.2 answers 404) is given the fallback the spec
 * defines: an image index tagged `sha256-<hex of the subject>` that lists the referrers, which
 * the client reads, extends and puts back. Two runs attaching to one image at the same moment
 * could each drop the other's entry from that tag; the referrer manifests themselves stay.
 */
import * as z from 'zod';
import type { Logger } from '../core/log.ts';
import { bufferBlob } from '../oci/blob.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Digest } from '../core/digest.ts';
import { MEDIA_TYPES, type Manifest } from '../oci/manifest.ts';
import type { RegistryClient } from '../registry/client.ts';

export const EMPTY_CONFIG_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';

/** A document to attach: its bytes become the artifact's one layer. */
export interface Attachment {
  artifactType: string;
  mediaType: string;
  bytes: Buffer;
  annotations?: Record<string, string>;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface AttachResult {
  /** Digest of the artifact manifest. */
  digest: string;
  /** How the registry learns of it. */
  via: 'referrers-api' | 'tag-scheme';
}

/** The tag the fallback scheme uses for the referrers of `digest`: `<alg>-<hex>`, ≤ 128 chars. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-').slice(0, 128);
}

/** The artifact manifest for `attachment`, pointing at `subject`. */
export function artifactManifest(subject: Manifest, attachment: Attachment): Manifest {
  const config = emptyConfig();
  const layer = bufferBlob(attachment.mediaType, attachment.bytes);
  const annotations =
    attachment.annotations && Object.keys(attachment.annotations).length > 0
      ? attachment.annotations
      : undefined;
  const body = canonicalJson({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: attachment.artifactType,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.body.length },
    annotations,
  });
  return { mediaType: MEDIA_TYPES.ociManifest, body, digest: sha256Digest(body) };
}

function emptyConfig() {
  return bufferBlob(EMPTY_CONFIG_MEDIA_TYPE, Buffer.from('{}'));
}

/** Pushes the document, its artifact manifest, and (without the referrers API) the tag index. */
export async function attachReferrer(
  client: RegistryClient,
  subject: Manifest,
  attachment: Attachment,
  log?: Logger,
): Promise<AttachResult> {
  const manifest = artifactManifest(subject, attachment);
  const tag = referrersTag(subject.digest);
  // Read at once too, for a registry without the referrers API (unused where it has one); a
  // failure here only means reading it again when it is needed.
  const early = readTagIndex(client, tag).catch(() => undefined);
  // Both blobs, and whether the registry has the referrers API, are asked for at once: none
  // depends on another, and each is a round trip.
  const [api] = await Promise.all([
    client.getReferrers(subject.digest),
    client.uploadBlob(emptyConfig()),
    client.uploadBlob(bufferBlob(attachment.mediaType, attachment.bytes)),
  ]);
  await client.putManifest(manifest.digest, manifest);
  const descriptor: Descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.body.length,
    artifactType: attachment.artifactType,
    ...(attachment.annotations && Object.keys(attachment.annotations).length > 0
      ? { annotations: attachment.annotations }
      : {}),
  };
  if (api !== undefined) {
    log?.info(`${attachment.artifactType} ${manifest.digest} attached to ${subject.digest}`);
    return { digest: manifest.digest, via: 'referrers-api' };
  }
  const listed = (await early) ?? (await readTagIndex(client, tag));
  const others = listed.filter((d) => d.digest !== descriptor.digest);
  const index = referrersIndex([...others, descriptor]);
  await client.putManifest(tag, index);
  log?.info(
    `${attachment.artifactType} ${manifest.digest} attached to ${subject.digest} (tag ${tag}: the registry has no referrers API)`,
  );
  return { digest: manifest.digest, via: 'tag-scheme' };
}

/** The referrers of `digest`, by the API where the registry has it, else by the tag scheme. */
export async function listReferrers(
  client: RegistryClient,
  digest: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  const api = await client.getReferrers(digest);
  const all = api ? parseIndex(api) : await readTagIndex(client, referrersTag(digest));
  return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
}

/** The one layer of an artifact manifest, read whole (documents are small). */
export async function readArtifact(client: RegistryClient, digest: string): Promise<Buffer> {
  const found = await client.getManifest(digest);
  if (!found) throw new Error(`artifact ${digest} is not in the registry`);
  const layer = artifactSchema.parse(JSON.parse(found.body.toString('utf8'))).layers[0];
  if (!layer) throw new Error(`artifact ${digest} has no layer`);
  return client.getSmallBlob(layer.digest);
}

const descriptorSchema = z.object({
  mediaType: z.string(),
  digest: z.string(),
  size: z.number(),
  artifactType: z.string().optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
const indexSchema = z.object({ manifests: z.array(descriptorSchema).default([]) });
const artifactSchema = z.object({ layers: z.array(z.object({ digest: z.string() })) });

function parseIndex(body: Buffer): Descriptor[] {
  return indexSchema.parse(JSON.parse(body.toString('utf8'))).manifests;
}

async function readTagIndex(client: RegistryClient, tag: string): Promise<Descriptor[]> {
  const found = await client.getManifest(tag);
  if (!found) return [];
  try {
    return parseIndex(found.body);
  } catch {
    // Something else holds the tag: it is rewritten as the scheme defines it.
    return [];
  }
}

function referrersIndex(manifests: Descriptor[]): Manifest {
  const body = canonicalJson({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests });
  return { mediaType: MEDIA_TYPES.ociIndex, body, digest: sha256Digest(body) };
}
