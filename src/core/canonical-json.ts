import { byteOrder } from './byte-order.ts';

/**
 * JSON with object keys sorted (by bytes) at every depth, no whitespace, and `undefined`
 * members left out: the same value always gives the same bytes, hence the same digest.
 * Written out by hand because JSON.stringify puts integer-like keys ("1", "10", "2") first
 * in numeric order, whatever order the object was built in.
 */
export function canonicalJson(value: unknown): Buffer {
  return Buffer.from(serialize(value));
}

function serialize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(byteOrder)
      .map((key) => `${JSON.stringify(key)}:${serialize(record[key])}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`cannot write ${value} in JSON`);
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`cannot write a ${typeof value} in JSON`);
  return text;
}
