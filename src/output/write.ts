import { resolve } from 'node:path';
import type { Layer } from '../image/blob.ts';
import { formatBytes, type Logger } from '../log.ts';
import { writeDockerArchive } from './docker-archive.ts';
import { writeOciLayout, type LocalImage } from './oci-layout.ts';
import type { OutputSpec } from './spec.ts';

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

/** Writes every requested local output of one image, in the order given. */
export async function writeLocalOutputs(
  specs: OutputSpec[],
  image: LocalImage<Layer>,
  names: LocalOutputNames,
  log: Logger,
): Promise<WrittenOutput[]> {
  const written: WrittenOutput[] = [];
  const total = formatBytes(image.layers.reduce((n, l) => n + l.size, 0));
  for (const spec of specs) {
    if (spec.kind === 'oci-layout') {
      const path = resolve(names.baseDir ?? '.', spec.dir);
      await writeOciLayout(path, image, names.tags);
      log.info(`OCI layout ${path} (${total} of layers; tags ${names.tags.join(', ')})`);
      written.push({ kind: spec.kind, path });
    } else {
      const path = resolve(names.baseDir ?? '.', spec.file);
      const repoTags = names.imageName ? names.tags.map((t) => `${names.imageName}:${t}`) : [];
      await writeDockerArchive(path, { ...image, repoTags });
      log.info(
        repoTags.length
          ? `docker archive ${path} (tags ${repoTags.join(', ')})`
          : `docker archive ${path} (untagged: no image name was given)`,
      );
      written.push({ kind: spec.kind, path });
    }
  }
  return written;
}
