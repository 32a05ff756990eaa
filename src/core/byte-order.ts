/**
 * Byte order of the UTF-8 encodings. JavaScript's default string order compares UTF-16 code
 * units, which disagrees with byte order for characters beyond U+FFFF; tar entries and JSON
 * keys must sort the same on every machine and locale, so everything sorts by bytes.
 */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
