/**
 * An image manifest read back from a registry, as far as the readers of a previous image need
 * it (the layer cache, the changes, the unchanged check): its config digest, its layer
 * descriptors with their annotations, and its own annotations.
 */
import * as z from 'zod';

const storedManifestSchema = z.object({
  mediaType: z.string().optional(),
  config: z.object({ digest: z.string() }),
  layers: z.array(
    z.object({
      mediaType: z.string(),
      digest: z.string(),
      size: z.number(),
      annotations: z.record(z.string(), z.string()).optional(),
    }),
  ),
  annotations: z.record(z.string(), z.string()).optional(),
});

export type StoredManifest = z.infer<typeof storedManifestSchema>;

/** The manifest in these bytes, or undefined when they are not JSON of that shape. */
export function parseStoredManifest(body: Buffer | string): StoredManifest | undefined {
  try {
    const parsed = storedManifestSchema.safeParse(JSON.parse(body.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
