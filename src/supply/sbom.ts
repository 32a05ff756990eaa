/**
 * An SBOM that is exact by construction: Nix knows the closure, so there is nothing to scan or
 * guess. One CycloneDX 1.6 component per store path of the image (every path a layer holds),
 * with the closure's references as the dependency graph.
 *
 *   image (metadata.component) ─► requested packages ─► their references ─► …
 *
 * Names and versions come from the derivation (pname, version) where evaluation gave them,
 * else from the store name as Nix's own parseDrvName splits it. The narHash is the component's
 * SHA-256 (the hash of its NAR serialisation, which is what Nix pins). Bytes are reproducible:
 * the serial number is derived from the content and the timestamp is the image's creation time.
 */
// Loaded only by the SBOM step, after the push (steps/supply.ts): the library is about 7 MB of
// memory once loaded, and what reads SBOMs back needs none of it (sbom-read.ts).
// Subpath imports: the package root also loads the validators, which read schema files next
// to the library's own sources and so cannot be bundled.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { sha256Hex } from '../core/digest.ts';
import type { ClosureGraph } from '../nix/closure.ts';
import type { ResolvedPackage } from '../nix/build.ts';
import { REQUESTED_PROPERTY, STORE_PATH_PROPERTY } from './sbom-read.ts';

/** Beside sbom-read.ts's store path property, in the same `nix:` namespace. */
const NAR_SIZE_PROPERTY = 'nix:nar_size';
const SOURCE_PROPERTY_PREFIX = 'nixery-action:pkg-source';

/** A requested package as evaluation resolved it. */
export type SbomPackage = ResolvedPackage;

export interface SbomInput {
  closure: ClosureGraph;
  /** The requested packages (and extra contents), with what evaluation knew of them. */
  packages: SbomPackage[];
  /** The pkg-source as written, and what it resolved to (rev, narHash, url, …). */
  pkgSource: string;
  source: Record<string, string>;
  /** The image the SBOM describes: `<registry>/<repository>` and its manifest digest. */
  image: { name: string; digest: string };
  system: string;
  /** ISO time for metadata.timestamp: the image's own creation time keeps bytes stable. */
  timestamp: string;
  tool: { name: string; version: string };
}

/** Splits a store name as `builtins.parseDrvName` does: the version starts at the first dash
 * followed by a character that is not a letter. */
export function parseStoreName(path: string): { name: string; version?: string } {
  const base = path.replace(/^.*\/[0-9a-z]{32}-/, '');
  for (let i = 0; i < base.length - 1; i++) {
    if (base[i] === '-' && !/[A-Za-z]/.test(base[i + 1]!)) {
      return { name: base.slice(0, i), version: base.slice(i + 1) };
    }
  }
  return { name: base };
}

/** The SBOM as CycloneDX 1.6 JSON text (sorted lists, no indentation: stable bytes). */
export function buildSbom(input: SbomInput): string {
  const requested = new Map(input.packages.map((p) => [p.outPath, p]));
  const bom = new Models.Bom();
  const components = new Map<string, Models.Component>();
  for (const info of input.closure.paths) {
    const pkg = requested.get(info.path);
    const parsed = parseStoreName(info.path);
    const component = new Models.Component(
      pkg ? Enums.ComponentType.Application : Enums.ComponentType.Library,
      pkg?.pname ?? parsed.name,
      { bomRef: info.path, version: pkg?.version ?? parsed.version },
    );
    const hex = /^sha256:([0-9a-f]{64})$/.exec(info.narHash)?.[1];
    if (hex) component.hashes.set(Enums.HashAlgorithm['SHA-256'], hex);
    for (const id of pkg?.licenses ?? []) {
      const spdx = SPDX.fixupSpdxId(id);
      component.licenses.add(spdx ? new Models.SpdxLicense(spdx) : new Models.NamedLicense(id));
    }
    component.properties.add(new Models.Property(STORE_PATH_PROPERTY, info.path));
    component.properties.add(new Models.Property(NAR_SIZE_PROPERTY, String(info.narSize)));
    if (pkg) component.properties.add(new Models.Property(REQUESTED_PROPERTY, pkg.attrPath));
    components.set(info.path, component);
    bom.components.add(component);
  }
  for (const info of input.closure.paths) {
    const component = components.get(info.path)!;
    for (const ref of info.references) {
      const dep = components.get(ref);
      if (dep) component.dependencies.add(dep.bomRef);
    }
  }

  const image = new Models.Component(Enums.ComponentType.Container, input.image.name, {
    bomRef: `${input.image.name}@${input.image.digest}`,
    version: input.image.digest,
  });
  image.hashes.set(Enums.HashAlgorithm['SHA-256'], input.image.digest.replace(/^sha256:/, ''));
  image.properties.add(new Models.Property('nix:system', input.system));
  for (const p of input.packages) {
    const c = components.get(p.outPath);
    if (c) image.dependencies.add(c.bomRef);
  }
  bom.metadata.component = image;
  bom.metadata.timestamp = new Date(input.timestamp);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, input.tool.name, {
      version: input.tool.version,
    }),
  );
  bom.metadata.properties.add(new Models.Property(SOURCE_PROPERTY_PREFIX, input.pkgSource));
  for (const [key, value] of Object.entries(input.source).sort()) {
    bom.metadata.properties.add(new Models.Property(`${SOURCE_PROPERTY_PREFIX}:${key}`, value));
  }
  bom.serialNumber = serialNumber(input);

  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6),
  );
  return serializer.serialize(bom, { sortLists: true });
}

/** A UUID URN derived from what the SBOM says, so the same image gets the same document. */
function serialNumber(input: SbomInput): string {
  return uuidUrnOf(
    `${input.image.digest}\0${input.closure.paths.map((p) => `${p.path} ${p.narHash}`).join('\n')}`,
  );
}

/** A UUID URN named by the SHA-256 of `text`: RFC 9562 layout, version 8 (custom), variant 10. */
function uuidUrnOf(text: string): string {
  const h = sha256Hex(text);
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface CdxComponent {
  'bom-ref'?: string;
  [key: string]: unknown;
}
interface CdxDocument {
  metadata?: { component?: CdxComponent; properties?: unknown[]; [key: string]: unknown };
  components?: CdxComponent[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
  [key: string]: unknown;
}

/**
 * The SBOM of a multi-platform index: each platform's SBOM (as buildSbom wrote it) merged, its
 * image component listed as a component of the index, the index depending on each image.
 * Store paths differ between platforms; one shared by two (a fixed-output source) is kept once.
 */
export function mergeSboms(
  index: { name: string; digest: string; timestamp: string },
  platforms: { json: string }[],
  tool: { name: string; version: string },
): string {
  const components = new Map<string, CdxComponent>();
  const dependencies = new Map<string, Set<string>>();
  const imageRefs: string[] = [];
  for (const { json } of platforms) {
    const doc = JSON.parse(json) as CdxDocument;
    const image = doc.metadata?.component;
    if (image?.['bom-ref']) {
      // The platform's package source travels with its image component.
      const properties = [
        ...((image.properties as unknown[]) ?? []),
        ...((doc.metadata?.properties as unknown[]) ?? []),
      ];
      components.set(image['bom-ref'], { ...image, properties });
      imageRefs.push(image['bom-ref']);
    }
    for (const c of doc.components ?? []) {
      if (c['bom-ref'] && !components.has(c['bom-ref'])) components.set(c['bom-ref'], c);
    }
    for (const d of doc.dependencies ?? []) {
      const set = dependencies.get(d.ref) ?? new Set<string>();
      for (const r of d.dependsOn ?? []) set.add(r);
      dependencies.set(d.ref, set);
    }
  }
  const indexRef = `${index.name}@${index.digest}`;
  dependencies.set(indexRef, new Set(imageRefs));
  const byRef = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const doc = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: uuidUrnOf(`${index.digest}${platforms.map((p) => p.json).join('\0')}`),
    version: 1,
    metadata: {
      timestamp: index.timestamp,
      tools: { components: [{ type: 'application', name: tool.name, version: tool.version }] },
      component: {
        type: 'container',
        name: index.name,
        version: index.digest,
        'bom-ref': indexRef,
        hashes: [{ alg: 'SHA-256', content: index.digest.replace(/^sha256:/, '') }],
      },
    },
    components: [...components.values()].sort((a, b) => byRef(a['bom-ref']!, b['bom-ref']!)),
    dependencies: [...dependencies]
      .sort(([a], [b]) => byRef(a, b))
      .map(([ref, set]) => (set.size ? { ref, dependsOn: [...set].sort(byRef) } : { ref })),
  };
  return JSON.stringify(doc);
}
