/**
 * Many layers: an image of 100 layers whose first 99 the repository already holds (a new top
 * layer over an unchanged base), so the push is almost all existence checks. skopeo checks
 * blobs a few at a time; ours asks about all of them at once.
 */
import { startRegistry } from '../../test/helpers/registry.ts';
import { benchScratch, describeImage, randomImage } from '../lib/bench-image.ts';
import { ourPush, seedBlobs } from '../lib/ours.ts';
import { freshSkopeoHome, skopeoPush } from '../lib/skopeo.ts';
import {
  barChart,
  interleaved,
  median,
  printVerdict,
  samplesTable,
  verdictLine,
  type Verdict,
} from '../lib/stats.ts';

export const name = 'push-many-layers';
export const title = 'Many layers, 99 of 100 already pushed, vs skopeo';
const TARGET = 0.5;
const LAYERS = 100;
const LAYER_BYTES = 512 * 1024;

export async function run(): Promise<string> {
  const image = await randomImage(
    'many',
    Array.from({ length: LAYERS }, () => LAYER_BYTES),
  );
  const scratch = await benchScratch();
  const registry = await startRegistry();
  try {
    const seed = 'many/seed';
    await seedBlobs(`${registry.host}/${seed}`, image, LAYERS - 1);
    let home = '';
    const samples = await interleaved([
      {
        label: 'ours',
        prepare: (i) => seedBlobs(`${registry.host}/many/ours-${i}`, image, LAYERS - 1, seed),
        run: (i) => ourPush(`${registry.host}/many/ours-${i}`, image).then(),
      },
      {
        label: 'skopeo (cold cache)',
        prepare: async (i) => {
          await seedBlobs(`${registry.host}/many/skopeo-${i}`, image, LAYERS - 1, seed);
          home = await freshSkopeoHome(scratch);
        },
        run: (i) =>
          skopeoPush({
            layout: image.layout,
            tag: image.tag,
            dest: `${registry.host}/many/skopeo-${i}:latest`,
            home,
          }),
      },
    ]);
    const [ours, skopeo] = samples.map((s) => median(s.secs)) as [number, number];
    const verdict: Verdict = {
      what: '99 of 100 layers present, ours ÷ skopeo',
      ratio: ours / skopeo,
      target: TARGET,
    };
    printVerdict(verdict);
    return [
      `An image of ${describeImage(image)} (random layers of ${LAYER_BYTES / 1024} KiB), pushed to a`,
      `repository that already holds the first ${LAYERS - 1} layers (mounted there, untimed, before`,
      'each run): one layer and the config go up, 99 layers are only checked. skopeo starts',
      'with a cold blob-info cache, as in a fresh CI job. The brief names no target for this',
      `scenario; ${TARGET}× (the no-op target) is used.`,
      '',
      samplesTable(samples),
      '',
      verdictLine(verdict),
      '',
      barChart('100 layers, 99 present (median ms)', samples),
    ].join('\n');
  } finally {
    await registry.stop();
  }
}
