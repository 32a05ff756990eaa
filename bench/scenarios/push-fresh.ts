/**
 * Fresh push: the same image, as an OCI layout, to an empty repository of a local
 * docker-registry — our client vs `skopeo copy oci:… docker://…` with a cold blob-info cache
 * (a warm one would mount the blobs from the previous run's repository instead of sending them).
 */
import { startRegistry } from '../../test/helpers/registry.ts';
import { describeImage, mixedImage, benchScratch } from '../lib/bench-image.ts';
import { ourPush } from '../lib/ours.ts';
import { freshSkopeoHome, skopeoPush, skopeoVersion } from '../lib/skopeo.ts';
import {
  barChart,
  interleaved,
  median,
  printVerdict,
  samplesTable,
  verdictLine,
  type Verdict,
} from '../lib/stats.ts';

export const name = 'push-fresh';
export const title = 'Fresh push vs skopeo';
const TARGET = 0.8;

export async function run(): Promise<string> {
  const version = await skopeoVersion();
  const image = await mixedImage();
  const scratch = await benchScratch();
  const registry = await startRegistry();
  try {
    let home = '';
    const samples = await interleaved([
      { label: 'ours', run: (i) => ourPush(`${registry.host}/fresh/ours-${i}`, image).then() },
      {
        label: 'skopeo',
        prepare: async () => void (home = await freshSkopeoHome(scratch)),
        run: (i) =>
          skopeoPush({
            layout: image.layout,
            tag: image.tag,
            dest: `${registry.host}/fresh/skopeo-${i}:latest`,
            home,
          }),
      },
    ]);
    const [ours, skopeo] = samples.map((s) => median(s.secs)) as [number, number];
    const verdict: Verdict = {
      what: 'fresh push, ours ÷ skopeo',
      ratio: ours / skopeo,
      target: TARGET,
    };
    printVerdict(verdict);
    const mbps = (secs: number) => (image.bytes / secs / 1e6).toFixed(0);
    return [
      `One image (${describeImage(image)}: the test package set's packages packed by the`,
      'action, under four random layers, the largest 200 MiB) pushed to a new, empty repository',
      `of docker-registry 2.8.2 on loopback, each run to its own repository. ${version} runs`,
      '`copy --preserve-digests oci:<layout> docker://…` with a cold blob-info cache; ours is',
      '`pushImage` (4 uploads at once) reading the same layout blob files.',
      '',
      samplesTable(samples),
      '',
      `Throughput (median): ours ${mbps(ours)} MB/s, skopeo ${mbps(skopeo)} MB/s.`,
      '',
      verdictLine(verdict),
      '',
      barChart('Fresh push (median ms)', samples),
    ].join('\n');
  } finally {
    await registry.stop();
  }
}
