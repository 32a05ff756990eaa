/**
 * The layer cache: from a layer's content key to what its compressed blob is, so that an
 * unchanged layer is checked with one HEAD and skipped without reading or compressing
 * anything.
 *
 * The key names everything the blob's bytes depend on: each store path with its narHash
 * (Nix's hash of the contents), the tar format version and mtime, and the exact compressor
 * (engine, version, level, chunking). Equal keys mean equal bytes, because tar and
 * compression are deterministic.
 *
 * Records travel two ways: in the OCI manifest itself (each layer descriptor's annotations
 * hold its key and diff_id, so the registry is the cache), or in a JSON file (for the
 * oci-layout output and the Actions cache). Docker schema 2 descriptors have no annotations,
 * so Docker-format images are not cached through the registry.
 *
 * A record read from a registry is only a claim: whoever can push to the repository can write
 * any annotations. It carries what a proof needs (registry/verify.ts, `verify: true`): the key
 * names the store paths, whose tar can be made again here and hashed without compressing; the
 * diff_id says what that tar's digest must be; the digest and size say which blob holds it
 * compressed. A record whose diff_id is not its store paths' tar, or whose blob does not
 * decompress to its diff_id, is caught and the layer built again.
 */
import * as z from 'zod';
import { parseStoredManifest } from '../oci/stored-manifest.ts';
import type { Layer } from '../oci/blob.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Digest } from '../core/digest.ts';
import type { StorePathInfo } from './graph.ts';
import { MEDIA_TYPES } from '../oci/manifest.ts';
import { byteOrder } from './names.ts';
import { TAR_FORMAT_VERSION } from './tar.ts';

export const LAYER_KEY_ANNOTATION = 'org.nixery-action.layer.key';
export const LAYER_DIFF_ID_ANNOTATION = 'org.nixery-action.layer.diff-id';

export interface LayerRecord {
  key: string;
  diffId: string;
  digest: string;
  size: number;
  mediaType: string;
}

const digestSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);
export const recordSchema = z.object({
  key: digestSchema,
  diffId: digestSchema,
  digest: digestSchema,
  size: z.number().int().nonnegative(),
  mediaType: z.string().min(1),
});

/** The content key of a layer made of these store paths, compressed by `compressorId`. */
export function layerContentKey(paths: StorePathInfo[], compressorId: string, mtime = 1): string {
  const sorted = [...paths].sort((a, b) => byteOrder(a.path, b.path));
  return sha256Digest(
    canonicalJson({
      paths: sorted.map((p) => [p.path, p.narHash]),
      tar: TAR_FORMAT_VERSION,
      mtime,
      compressor: compressorId,
    }),
  );
}

export interface CustomisationKeyParts {
  /** Linked packages, in the order given (earlier wins), with their narHash. */
  links: StorePathInfo[];
  /** Copied packages, in the order given (earlier wins), with their narHash. */
  copies: StorePathInfo[];
  /** Store paths the layer carries whole (max-layers 1), with their narHash. */
  storePaths: StorePathInfo[];
  uid: number;
  gid: number;
}

/**
 * The content key of the customisation layer: its tree is a pure function of the packages it
 * links and copies (known by narHash), their order, the store paths it carries and the owner.
 * Files made by user commands are not: a layer with them has no key, and is made every run.
 */
export function customisationContentKey(
  parts: CustomisationKeyParts,
  compressorId: string,
  mtime = 1,
): string {
  const pinned = (paths: StorePathInfo[]) => paths.map((p) => [p.path, p.narHash]);
  return sha256Digest(
    canonicalJson({
      layer: 'customisation',
      links: pinned(parts.links),
      copies: pinned(parts.copies),
      paths: pinned([...parts.storePaths].sort((a, b) => byteOrder(a.path, b.path))),
      owner: [parts.uid, parts.gid],
      tar: TAR_FORMAT_VERSION,
      mtime,
      compressor: compressorId,
    }),
  );
}

/** The annotations that carry a layer's record in an OCI manifest. */
export function layerCacheAnnotations(key: string, diffId: string): Record<string, string> {
  return { [LAYER_KEY_ANNOTATION]: key, [LAYER_DIFF_ID_ANNOTATION]: diffId };
}

/** The record of a built layer, or undefined when it has no content key. */
export function layerRecord(layer: Layer): LayerRecord | undefined {
  if (layer.contentKey === undefined) return undefined;
  const { contentKey: key, diffId, digest, size, mediaType } = layer;
  return { key, diffId, digest, size, mediaType };
}

/**
 * Records from a previously pushed OCI manifest (its JSON text). Anything that is not an
 * OCI image manifest, or a descriptor without both annotations, yields no record: a cache
 * is an optimisation, never a reason to fail.
 */
export function layerCacheFromManifest(json: string | Buffer): Map<string, LayerRecord> {
  const records = new Map<string, LayerRecord>();
  const parsed = parseStoredManifest(json);
  if (!parsed) return records;
  if (parsed.mediaType !== undefined && parsed.mediaType !== MEDIA_TYPES.ociManifest) {
    return records;
  }
  for (const layer of parsed.layers) {
    const record = recordSchema.safeParse({
      key: layer.annotations?.[LAYER_KEY_ANNOTATION],
      diffId: layer.annotations?.[LAYER_DIFF_ID_ANNOTATION],
      digest: layer.digest,
      size: layer.size,
      mediaType: layer.mediaType,
    });
    if (record.success) records.set(record.data.key, record.data);
  }
  return records;
}
