/**
 * The grammars of the image's layout inputs: format, layering, max-layers, compression and
 * its level, and the image config inputs (image-config.ts). Defaults come from INPUTS.
 */
import { InputError, quoteValue } from '../core/errors.ts';
import { COMPRESSIONS, LEVELS, type Compression } from '../image/compress.ts';
import { LAYERING_STRATEGIES, MAX_LAYERS, type LayeringStrategy } from '../image/layers.ts';
import { parseUserConfig } from './image-config.ts';
import { orDefault, type InputReader } from './inputs.ts';
import type { Request } from './request.ts';

export function parseLayering(value: string): LayeringStrategy {
  const v = orDefault(value.trim(), 'layering');
  if (!(LAYERING_STRATEGIES as string[]).includes(v)) {
    throw new InputError(
      'layering',
      `${quoteValue(value)} is not a layering strategy; allowed: ${LAYERING_STRATEGIES.join(', ')}.`,
    );
  }
  return v as LayeringStrategy;
}

export function parseMaxLayers(value: string): number {
  const v = orDefault(value.trim(), 'max-layers');
  if (!/^\d+$/.test(v) || Number(v) < MAX_LAYERS.min || Number(v) > MAX_LAYERS.max) {
    throw new InputError(
      'max-layers',
      `${quoteValue(value)} is not a whole number from ${MAX_LAYERS.min} to ${MAX_LAYERS.max} (layers in the image, the customisation layer included).`,
    );
  }
  return Number(v);
}

export function parseCompression(value: string, format: string): Compression {
  const v = orDefault(value.trim().toLowerCase(), 'compression');
  if (!(COMPRESSIONS as readonly string[]).includes(v)) {
    throw new InputError(
      'compression',
      `${quoteValue(value)} is not a compression; allowed: ${COMPRESSIONS.join(', ')}.`,
    );
  }
  if (v === 'zstd' && format === 'docker') {
    throw new InputError(
      'compression',
      'zstd layers need the OCI format; Docker schema 2 manifests allow gzip or none (set format: oci).',
    );
  }
  return v as Compression;
}

/** The level for a compression: its default when empty, else checked against its range. */
export function parseCompressionLevel(value: string, c: Compression): number {
  const range = LEVELS[c];
  const v = value.trim();
  if (v === '') return range.default;
  if (c === 'none') return 0;
  if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
    throw new InputError(
      'compression-level',
      `${quoteValue(value)} is not a ${c} level; use a whole number from ${range.min} to ${range.max} (default ${range.default}).`,
    );
  }
  return Number(v);
}

export function parseLayout(read: InputReader, format: string): Request['layout'] {
  if (format !== 'oci' && format !== 'docker') {
    throw new InputError('format', `${quoteValue(format)} is not a format; allowed: oci, docker.`);
  }
  const compression = parseCompression(read('compression'), format);
  const config = parseUserConfig({
    entrypoint: read('entrypoint'),
    cmd: read('cmd'),
    env: read('env'),
    user: read('user'),
    workingDir: read('working-dir'),
    exposedPorts: read('exposed-ports'),
  });
  return {
    layering: parseLayering(read('layering')),
    format,
    compression,
    level: parseCompressionLevel(read('compression-level'), compression),
    config,
  };
}
