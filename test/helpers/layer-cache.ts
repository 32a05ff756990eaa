import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { byteOrder } from '../../src/core/byte-order.ts';
import { recordSchema, type LayerRecord } from '../../src/image/layer-cache.ts';

// Layer records kept in a JSON file between test builds (the action keeps them in the
// registry, as annotations of the previous image's layers).
const fileSchema = z.object({ version: z.literal(1), layers: z.array(recordSchema) });

/** Records from a JSON file; a missing or unreadable file is an empty cache. */
export async function loadLayerCache(file: string): Promise<Map<string, LayerRecord>> {
  try {
    const parsed = fileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    return new Map(parsed.layers.map((r) => [r.key, r]));
  } catch {
    return new Map();
  }
}

/** Writes records (sorted by key) to a JSON file, atomically. */
export async function saveLayerCache(file: string, records: Iterable<LayerRecord>): Promise<void> {
  const layers = [...new Map([...records].map((r) => [r.key, r])).values()].sort((a, b) =>
    byteOrder(a.key, b.key),
  );
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, `${JSON.stringify({ version: 1, layers }, null, 1)}\n`);
  await rename(partial, file);
}
