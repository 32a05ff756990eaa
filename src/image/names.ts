import { readdirSync } from 'node:fs';
import { NixeryError } from '../core/errors.ts';

/**
 * Byte order of the UTF-8 encodings. JavaScript's default string order compares UTF-16 code
 * units, which disagrees with byte order for characters beyond U+FFFF; tar entries and JSON
 * keys must sort the same on every machine and locale, so everything sorts by bytes.
 */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

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
