import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Layer } from '../oci/blob.ts';
import type { LayerSink, LayerTap } from '../image/stream-layer.ts';
import { formatBytes, type Logger } from '../core/log.ts';
import { digestHex, partialName } from './blob-file.ts';
import { writeDockerArchive } from './docker-archive.ts';
import { startOciLayout, type LocalImage } from './oci-layout.ts';

/** A local copy of the image, written besides (or instead of) the push. */
export type OutputSpec =
  { kind: 'oci-layout'; dir: string } | { kind: 'docker-archive'; file: string };

export interface LocalOutputNames {
  /** `registry/repository`, for the archive's RepoTags; without it the archive is untagged. */
  imageName?: string;
  tags: string[];
  /** Relative output paths are resolved against this folder (the workspace); cwd by default. */
  baseDir?: string;
}

export interface WrittenOutput {
  kind: OutputSpec['kind'];
  /** Absolute path written. */
  path: string;
}

/** Local outputs begun before the layers are made, finished once the image is known. */
export interface StagedOutputs {
  finish(image: LocalImage<Layer>): Promise<WrittenOutput[]>;
  abort(): Promise<void>;
}

/** A layer that can copy its bytes somewhere as they are first made (stream-layer.ts). */
interface Tappable {
  computed?: boolean;
  addTap(tap: LayerTap): void;
}

function tappable(layer: Layer): layer is Layer & Tappable {
  return layer.computed === false && typeof (layer as Partial<Tappable>).addTap === 'function';
}

/** A file in `dir` written under a temporary name and named by `finalName` once complete. */
function fileSink(dir: string, finalName: (sums: { digest: string; diffId: string }) => string) {
  return (): LayerSink => {
    const partial = partialName(join(dir, 'layer'));
    return {
      stream: createWriteStream(partial, { highWaterMark: 1 << 20 }),
      commit: (sums) => rename(partial, join(dir, finalName(sums))),
      abort: () => rm(partial, { force: true }),
    };
  };
}

/**
 * Begins every requested output, and taps each layer not made yet, so that its bytes land in
 * the outputs from the same pass that pushes them: an OCI layout gets the compressed blob, a
 * docker archive the tar. Layers already known (from the layer cache) are made again at the
 * end, only for the outputs.
 */
export async function stageLocalOutputs(
  specs: OutputSpec[],
  layers: Layer[],
  names: LocalOutputNames,
  log: Logger,
): Promise<StagedOutputs> {
  const steps: {
    finish: (image: LocalImage<Layer>) => Promise<WrittenOutput>;
    abort: () => Promise<void>;
  }[] = [];
  const abort = async () => {
    await Promise.all(steps.map((s) => s.abort()));
  };
  try {
    for (const spec of specs) {
      if (spec.kind === 'oci-layout') {
        const path = resolve(names.baseDir ?? '.', spec.dir);
        const layout = await startOciLayout(path, names.tags);
        const blob = fileSink(layout.blobsDir, (s) => digestHex(s.digest));
        for (const layer of layers) if (tappable(layer)) layer.addTap({ blob });
        steps.push({
          abort: layout.abort,
          finish: async (image) => {
            await layout.finish(image);
            const total = formatBytes(image.layers.reduce((n, l) => n + l.size, 0));
            log.info(`OCI layout ${path} (${total} of layers; tags ${names.tags.join(', ')})`);
            return { kind: spec.kind, path };
          },
        });
      } else {
        const path = resolve(names.baseDir ?? '.', spec.file);
        const stage = `${partialName(path)}-layers`;
        await mkdir(stage, { recursive: true });
        const tars = new Set<string>();
        const tar = fileSink(stage, (s) => {
          tars.add(s.diffId);
          return `${digestHex(s.diffId)}.tar`;
        });
        for (const layer of layers) if (tappable(layer)) layer.addTap({ tar });
        const removeStage = () => rm(stage, { recursive: true, force: true });
        steps.push({
          abort: removeStage,
          finish: async (image) => {
            const repoTags = names.imageName
              ? names.tags.map((t) => `${names.imageName}:${t}`)
              : [];
            try {
              await writeDockerArchive(path, {
                ...image,
                repoTags,
                tarFile: (l) =>
                  tars.has(l.diffId) ? join(stage, `${digestHex(l.diffId)}.tar`) : undefined,
              });
            } finally {
              await removeStage();
            }
            log.info(
              repoTags.length
                ? `docker archive ${path} (tags ${repoTags.join(', ')})`
                : `docker archive ${path} (untagged: no image name was given)`,
            );
            return { kind: spec.kind, path };
          },
        });
      }
    }
  } catch (err) {
    await abort();
    throw err;
  }
  return {
    abort,
    finish: async (image) => {
      const written: WrittenOutput[] = [];
      try {
        for (const step of steps) written.push(await step.finish(image));
      } catch (err) {
        await abort();
        throw err;
      }
      return written;
    },
  };
}

/** Writes every requested local output of one finished image, in the order given. */
export async function writeLocalOutputs(
  specs: OutputSpec[],
  image: LocalImage<Layer>,
  names: LocalOutputNames,
  log: Logger,
): Promise<WrittenOutput[]> {
  const staged = await stageLocalOutputs(specs, image.layers, names, log);
  return staged.finish(image);
}
