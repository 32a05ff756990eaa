/**
 * The inputs key: one digest of everything an image's bytes are made from, known as soon as
 * the packages are evaluated, before anything is restored, built or packed.
 *
 *   derivation outputs (drv!out) ─┐
 *   customisation (links, uid…)  ─┤
 *   layering, compressor, format ─┼─► sha256 ─► manifest annotation org.nixery-action.inputs
 *   time, config, labels         ─┤
 *   the code (hash of src/)      ─┘
 *
 * In Nix a derivation output path names its contents (a substituter hands out the same bytes
 * for it), so equal keys mean the same closure packed the same way: the image the registry
 * already holds under the first tag, when its manifest carries this key, is the image this
 * run would push. The code's own hash is part of the key, so a new version of the action
 * builds once more rather than trusting what an older one made.
 *
 * The annotation is a claim made by whoever last pushed the tag, as the layer cache records
 * are (layer-cache.ts): `verify: true` and signed provenance never take it on trust.
 */
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Digest } from '../core/digest.ts';
import type { ImageTime } from './epoch.ts';
import type { ImageConfigOptions } from './config.ts';
import type { LayeringStrategy } from './layers.ts';
import type { ManifestFormat } from '../oci/manifest.ts';

export const INPUTS_KEY_ANNOTATION = 'org.nixery-action.inputs';

/** Bumped when the meaning of the key's fields changes. */
const INPUTS_KEY_VERSION = 1;

/** Everything besides the closure that goes into an image's bytes. */
export interface ImageInputs {
  /** `<drv>!<output>` of every requested output, sorted (EvaluatedPackages.targets). */
  targets: string[];
  system: string;
  /** Output paths linked into the customisation layer, in order, and those copied into it. */
  links: string[];
  copies: string[];
  uid: number;
  gid: number;
  maxLayers: number;
  layering: LayeringStrategy | undefined;
  /** compressorId(): engine, version, level and chunking. */
  compressor: string;
  format: ManifestFormat;
  time: ImageTime;
  config: ImageConfigOptions['config'];
  annotations: Record<string, string>;
}

declare const __NIXERY_CODE_ID__: string | undefined;

let codeId: Promise<string> | undefined;

/** The hash of src/: written into the bundle at build time, computed from the tree otherwise. */
export function codeIdentity(): Promise<string> {
  codeId ??=
    typeof __NIXERY_CODE_ID__ === 'string' ? Promise.resolve(__NIXERY_CODE_ID__) : fromSourceTree();
  return codeId;
}

async function fromSourceTree(): Promise<string> {
  // A path the bundler cannot follow: the bundle never needs this module.
  const script = new URL('../../scripts/code-id.mjs', import.meta.url).href;
  const { codeIdentity: hashTree } = (await import(script)) as {
    codeIdentity: (dir: string) => string;
  };
  return hashTree(new URL('../', import.meta.url).pathname);
}

export async function imageInputsKey(inputs: ImageInputs): Promise<string> {
  return sha256Digest(
    canonicalJson({ v: INPUTS_KEY_VERSION, code: await codeIdentity(), ...inputs }),
  );
}
