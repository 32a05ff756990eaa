/**
 * Each store layer's paths, recorded in its OCI descriptor, so that the next run can plan
 * with this image's grouping as a prior (layers.ts): a layer whose paths are all unchanged
 * is then kept as it was, the same blob, and not uploaded again.
 *
 * The annotation holds the store path basenames (hash and name) joined by spaces, which a
 * store path name never contains. It is only a hint: a false one can change how paths are
 * grouped, never what a layer holds (its content key and diff_id are checked as before).
 */
import { parseStoredManifest } from '../oci/stored-manifest.ts';
import { MEDIA_TYPES } from '../oci/manifest.ts';

export const LAYER_PATHS_ANNOTATION = 'org.nixery-action.layer.paths';

/**
 * Registries take manifests of 4 MiB (distribution, ghcr.io); past this many bytes of
 * annotations in all, none is written, so a huge closure still pushes.
 */
export const LAYER_PATHS_MAX_BYTES = 1 << 20;

/** Per store layer, its paths annotation; none at all when they would be too large. */
export function layerPathsAnnotations(storeLayers: string[][]): Record<string, string>[] {
  const values = storeLayers.map((paths) => paths.map(basename).join(' '));
  const bytes = values.reduce((sum, v) => sum + Buffer.byteLength(v) + 64, 0);
  if (bytes > LAYER_PATHS_MAX_BYTES) return storeLayers.map(() => ({}));
  return values.map((v) => ({ [LAYER_PATHS_ANNOTATION]: v }));
}

/**
 * The previous image's store layers, as store paths of this closure: a basename this closure
 * does not hold stays as it was, which no closure path equals, so its layer counts as
 * changed. Undefined when the manifest is not an OCI image manifest with the annotation.
 */
export function layerGroupsFromManifest(
  body: Buffer | string,
  closurePaths: string[],
): string[][] | undefined {
  const parsed = parseStoredManifest(body);
  if (!parsed || (parsed.mediaType !== undefined && parsed.mediaType !== MEDIA_TYPES.ociManifest))
    return undefined;
  const byName = new Map(closurePaths.map((p) => [basename(p), p]));
  const groups = parsed.layers
    .map((l) => l.annotations?.[LAYER_PATHS_ANNOTATION])
    .filter((v): v is string => v !== undefined && v.length > 0)
    .map((v) => v.split(' ').map((name) => byName.get(name) ?? name));
  return groups.length > 0 ? groups : undefined;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
