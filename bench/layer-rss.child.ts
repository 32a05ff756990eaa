/** Writes one gzip layer of argv[2] into argv[3] and prints this process's peak RSS in KiB. */
import { writeLayer } from '../src/image/build-layer.ts';
import { closeCompressionPool } from '../src/image/compress-pool.ts';
import { storePathsTar } from '../src/image/tar.ts';

const [source, work] = process.argv.slice(2) as [string, string];
await writeLayer(storePathsTar([source]), {
  workDir: work,
  compression: 'gzip',
  format: 'oci',
  storePaths: [source],
  description: 'benchmark layer',
});
await closeCompressionPool();
process.stdout.write(String(process.resourceUsage().maxRSS));
