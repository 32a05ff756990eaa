/**
 * Reading the SBOMs the action wrote (the `changes` output, the previous image's contents),
 * and the names both sides share. Plain JSON: the CycloneDX library is for writing (sbom.ts).
 */

export const SBOM_MEDIA_TYPE = 'application/vnd.cyclonedx+json';

/** Properties in the `nix:` namespace that tools reading Nix SBOMs (sbomnix) also use. */
export const STORE_PATH_PROPERTY = 'nix:output_path';
/** Marks the packages the user asked for (as opposed to their dependencies). */
export const REQUESTED_PROPERTY = 'nixery-action:requested';

/** What a reader of our SBOMs (the `changes` output) takes from one. */
export interface SbomEntry {
  path: string;
  name: string;
  version?: string;
  requested: boolean;
}

/** Reads the components back from CycloneDX JSON written by buildSbom (or a compatible one). */
export function readSbom(json: string): SbomEntry[] {
  const doc = JSON.parse(json) as {
    components?: {
      name?: string;
      version?: string;
      'bom-ref'?: string;
      properties?: { name?: string; value?: string }[];
    }[];
  };
  const entries: SbomEntry[] = [];
  for (const c of doc.components ?? []) {
    const prop = (n: string) => c.properties?.find((p) => p.name === n)?.value;
    const path = prop(STORE_PATH_PROPERTY) ?? c['bom-ref'];
    if (typeof path !== 'string' || typeof c.name !== 'string') continue;
    entries.push({
      path,
      name: c.name,
      ...(typeof c.version === 'string' ? { version: c.version } : {}),
      requested: prop(REQUESTED_PROPERTY) !== undefined,
    });
  }
  return entries;
}
