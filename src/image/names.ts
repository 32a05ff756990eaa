import { readdirSync } from 'node:fs';
import { NixeryError } from '../core/errors.ts';

// Re-exported: tar entries and layering sort with the same order as canonical JSON.
export { byteOrder } from '../core/byte-order.ts';

/**
 * The names in a directory, in byte order. Names are read as bytes and refused unless they
 * are valid UTF-8: Node would otherwise replace bad bytes silently, and tar names (PAX
 * `path`) are UTF-8.
 */
export function readDirNames(dir: string): string[] {
  const raw = readdirSync(dir, { encoding: 'buffer' });
  raw.sort(Buffer.compare);
  return raw.map((bytes) => {
    const name = bytes.toString('utf8');
    if (!Buffer.from(name).equals(bytes)) {
      throw new NixeryError(
        `Cannot put a file of ${dir} in an image layer: its name is not valid UTF-8 (${bytes.toString('hex')})`,
        'NAME_NOT_UTF8',
      );
    }
    return name;
  });
}
