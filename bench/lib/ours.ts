/**
 * Our side of a push benchmark: the action's RegistryClient and pushImage, in this process.
 * Each push makes a new client (new connections, no state) and closes it, as one action
 * run does; Node's own start-up is not counted (skopeo's is: see skopeoStart).
 */
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.ts';
import { pushImage, type PushResult } from '../../src/registry/push.ts';
import { parseImageName } from '../../src/oci/reference.ts';
import type { LayoutImage } from './bench-image.ts';

export function benchClient(
  ref: string,
  opts: Partial<RegistryClientOptions> = {},
): RegistryClient {
  return new RegistryClient({ image: parseImageName(ref), maskSecret: () => {}, ...opts });
}

/** Pushes `image` to `host/repo:tag`; the report says what was skipped and uploaded. */
export async function ourPush(
  repoRef: string,
  image: LayoutImage,
  tag = 'latest',
  opts: Partial<RegistryClientOptions> = {},
): Promise<PushResult> {
  const client = benchClient(repoRef, opts);
  try {
    return await pushImage(client, image, [tag]);
  } finally {
    await client.close();
  }
}

/** Puts blobs into a repository without timing: mounted from `seed`, or uploaded there. */
export async function seedBlobs(repoRef: string, image: LayoutImage, count: number, seed?: string) {
  const client = benchClient(repoRef, { mountFrom: seed ? [seed] : [], concurrency: 8 });
  try {
    for (const blob of image.layers.slice(0, count)) await client.uploadBlob(blob);
  } finally {
    await client.close();
  }
}
