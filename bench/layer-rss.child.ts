/**
 * Writes one layer of argv[2] into argv[3] (compression argv[4], default gzip) and prints
 * this process's peak RSS in KiB. The throughput scenario runs it bundled, as shipped.
 */
import { writeLayer } from '../src/image/build-layer.ts';
import { closeCompressionPool } from '../src/image/compress-pool.ts';
import type { Compression } from '../src/image/compress.ts';
import { storePathsTar } from '../src/image/tar.ts';

const [source, work, compression = 'gzip'] = process.argv.slice(2) as [string, string, string?];
await writeLayer(storePathsTar([source]), {
  workDir: work,
  compression: compression as Compression,
  format: 'oci',
  storePaths: [source],
  description: 'benchmark layer',
});
await closeCompressionPool();
process.stdout.write(String(process.resourceUsage().maxRSS));
