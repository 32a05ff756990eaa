/**
 * Writes one layer of argv[2] into argv[3] (compression argv[4], default gzip) and prints
 * this process's peak RSS in KiB. The layer-gzip scenario runs it bundled, as shipped.
 *
 * On Linux the peak is VmHWM, not getrusage's maxRSS: a spawned child's maxRSS starts from
 * its parent's RSS at fork time (Linux carries it across exec), so it reported the large
 * benchmark process rather than this one.
 */
import { readFileSync } from 'node:fs';
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
const status = process.platform === 'linux' ? readFileSync('/proc/self/status', 'utf8') : '';
const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
process.stdout.write(hwm ?? String(process.resourceUsage().maxRSS));
