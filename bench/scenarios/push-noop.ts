/**
 * No-op re-push: every blob and the manifest are already in the repository. Ours against
 * skopeo with its blob-info cache warm (it remembers the blobs are there) and cold (it must
 * ask), on the fresh-push image and on a tiny image with as many layers, to show the time
 * depends on the number of layers, not their bytes.
 */
import { startRegistry } from '../../test/helpers/registry.ts';
import { benchScratch, describeImage, mixedImage, randomImage } from '../lib/bench-image.ts';
import { ourPush } from '../lib/ours.ts';
import { freshSkopeoHome, skopeoPush, skopeoStart } from '../lib/skopeo.ts';
import {
  barChart,
  interleaved,
  median,
  printVerdict,
  REPEATS,
  samplesTable,
  verdictLine,
  type Samples,
  type Verdict,
} from '../lib/stats.ts';

export const name = 'push-noop';
export const title = 'No-op re-push vs skopeo';
const TARGET = 0.5;
const SIZE_TARGET = 1.25;

export async function run(): Promise<string> {
  const big = await mixedImage();
  const small = await randomImage(
    'small',
    Array.from({ length: big.layers.length }, () => 4096),
  );
  const scratch = await benchScratch();
  const registry = await startRegistry();
  try {
    const bigRef = `${registry.host}/noop/big`;
    const smallRef = `${registry.host}/noop/small`;
    const warmHome = await freshSkopeoHome(scratch);
    await ourPush(bigRef, big);
    await ourPush(smallRef, small);
    // skopeo's cache learns what the registry holds from one push of its own, untimed.
    await skopeoPush({
      layout: big.layout,
      tag: big.tag,
      dest: `${bigRef}:latest`,
      home: warmHome,
    });
    await skopeoPush({
      layout: small.layout,
      tag: small.tag,
      dest: `${smallRef}:latest`,
      home: warmHome,
    });

    let coldHome = '';
    const skopeo = (ref: string, image: typeof big, home: () => string) => () =>
      skopeoPush({ layout: image.layout, tag: image.tag, dest: `${ref}:latest`, home: home() });
    // Ours takes tens of milliseconds, where one slow moment moves a median: more tries.
    const oursSamples = await interleaved(
      [
        { label: 'ours, big', run: () => ourPush(bigRef, big).then() },
        { label: 'ours, tiny', run: () => ourPush(smallRef, small).then() },
      ],
      REPEATS * 4,
    );
    const samples: Samples[] = [
      ...oursSamples,
      ...(await interleaved([
        { label: 'skopeo warm, big', run: skopeo(bigRef, big, () => warmHome) },
        { label: 'skopeo warm, tiny', run: skopeo(smallRef, small, () => warmHome) },
        {
          label: 'skopeo cold, big',
          prepare: async () => void (coldHome = await freshSkopeoHome(scratch)),
          run: skopeo(bigRef, big, () => coldHome),
        },
        { label: 'skopeo --version', run: () => skopeoStart(warmHome) },
      ])),
    ];
    const m = samples.map((s) => median(s.secs));
    const [oursBig, oursTiny, warmBig, , coldBig] = m as [number, number, number, number, number];
    const verdicts: Verdict[] = [
      {
        what: 'no-op re-push, ours ÷ skopeo (warm cache)',
        ratio: oursBig / warmBig,
        target: TARGET,
      },
      {
        what: 'no-op re-push, ours ÷ skopeo (cold cache)',
        ratio: oursBig / coldBig,
        target: TARGET,
      },
      {
        what: 'size independence, ours big ÷ ours tiny',
        ratio: oursBig / oursTiny,
        target: SIZE_TARGET,
      },
    ];
    verdicts.forEach(printVerdict);
    return [
      `The fresh-push image ("big": ${describeImage(big)}) and a tiny one ("tiny":`,
      `${describeImage(small)}) pushed again to the repository that already holds them, tag`,
      'included. skopeo "warm" reuses the blob-info cache of an earlier push of the same image;',
      '"cold" starts from an empty one each run and asks the registry for each blob. Ours keeps',
      'no state between runs: a new client asks for the manifest by digest; finding it, it knows',
      'every blob is there (a registry takes a manifest only with all its blobs) and puts the',
      'tag. Ours runs in this process; `skopeo --version` shows what starting',
      'skopeo costs on its own. The main target compares against skopeo warm (its best case).',
      '',
      samplesTable(samples),
      '',
      ...verdicts.map(verdictLine).flatMap((l) => [l, '']),
      barChart('No-op re-push (median ms)', samples),
    ].join('\n');
  } finally {
    await registry.stop();
  }
}
