import type { RegistryClient } from '../registry/client.ts';

/** The manifest the first tag names before this run moves it, as the registry sent it. */
export type PreviousManifest = () => Promise<{ body: Buffer; mediaType: string } | undefined>;

/**
 * Reads the first tag's manifest once, for every step that asks: the unchanged check, the
 * layer cache and the changes all measure against the same image, for one request. The
 * client retries on its own; each step decides what a failed read means for it.
 */
export function previousManifestOf(
  client: RegistryClient,
  tag: string | undefined,
): PreviousManifest {
  let read: ReturnType<PreviousManifest> | undefined;
  return () => (read ??= tag ? client.getManifest(tag) : Promise.resolve(undefined));
}
