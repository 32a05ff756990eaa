/**
 * What the customisation layer holds, as a tree: a symlink forest of the requested packages
 * at `/` (as nixpkgs' symlinkJoin / lndir builds it), files copied out of store paths, and
 * the files user commands left in a host directory. The tar module writes the tree out.
 *
 * Precedence: files of `extraDir` win over copies, copies over links; within `copies` and
 * within `links` the earlier path wins. Directories never conflict: they merge.
 */
import { lstatSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { NixeryError } from '../core/errors.ts';
import { readDirNames } from './names.ts';

export interface CustomisationSpec {
  /** Store paths whose contents are linked into `/`. */
  links: string[];
  /** Store paths whose contents are copied into `/` as real files. */
  copies: string[];
  /** A host directory whose files are added as they are (after user commands ran in it). */
  extraDir?: string;
  uid: number;
  gid: number;
  /** Seconds since the epoch for every entry; default 1. */
  mtime?: number;
}

export type TreeNode =
  | { kind: 'dir'; mode: number; children: Map<string, TreeNode> }
  | { kind: 'symlink'; target: string }
  | { kind: 'file'; mode: number; size: number; source: string };
export type DirNode = Extract<TreeNode, { kind: 'dir' }>;

/** Directories of the forest are made here, not read from the store's read-only 0555. */
const FOREST_DIR_MODE = 0o755;

type Origin = 'link' | 'copy' | 'extra';

/** Synchronous like the tar walk (see tar.ts): metadata calls are many and tiny. */
export function customisationTree(spec: CustomisationSpec): DirNode {
  const root: DirNode = { kind: 'dir', mode: FOREST_DIR_MODE, children: new Map() };
  // Inserting in order of precedence lets "first one in wins" express every rule.
  if (spec.extraDir !== undefined) merge(root, spec.extraDir, 'extra');
  for (const path of spec.copies) merge(root, storeDir(path), 'copy');
  for (const path of spec.links) merge(root, storeDir(path), 'link');
  return root;
}

function storeDir(path: string): string {
  const st = lstatSync(path);
  if (!st.isDirectory()) {
    throw new NixeryError(
      `Cannot place ${path} at the image root: it is a ${st.isSymbolicLink() ? 'symlink' : 'file'}, not a directory`,
      'CONTENTS_NOT_DIRECTORY',
    );
  }
  return path;
}

function merge(into: DirNode, source: string, origin: Origin): void {
  for (const name of readDirNames(source)) {
    const from = join(source, name);
    const st = lstatSync(from);
    const existing = into.children.get(name);
    if (st.isDirectory()) {
      if (existing === undefined) {
        const mode = origin === 'extra' ? st.mode & 0o7777 : FOREST_DIR_MODE;
        const dir: DirNode = { kind: 'dir', mode, children: new Map() };
        into.children.set(name, dir);
        merge(dir, from, origin);
      } else if (existing.kind === 'dir') {
        merge(existing, from, origin);
      }
      continue;
    }
    if (existing !== undefined) continue;
    into.children.set(name, leaf(from, st, origin));
  }
}

function leaf(from: string, st: Stats, origin: Origin): TreeNode {
  // A linked entry points at the absolute store file, whether that is a file or a symlink.
  if (origin === 'link') return { kind: 'symlink', target: from };
  if (st.isSymbolicLink()) return { kind: 'symlink', target: readlinkSync(from) };
  if (!st.isFile()) {
    throw new NixeryError(
      `Cannot put ${from} in an image layer: not a file, directory or symlink`,
      'UNSUPPORTED_FILE',
    );
  }
  const size = st.size;
  if (origin === 'extra') return { kind: 'file', mode: st.mode & 0o7777, size, source: from };
  // Copies leave the store's read-only modes behind, as `cp --no-preserve=mode` would.
  const mode = st.mode & 0o111 ? 0o755 : 0o644;
  return { kind: 'file', mode, size, source: from };
}
