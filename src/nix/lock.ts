import { readFile } from 'node:fs/promises';
import { NixeryError } from '../core/errors.ts';

/**
 * Reads one input's pin from a flake.lock, so that `lock!<input>` builds from exactly the tree
 * the repository's flake is locked to, without repeating the pin in the workflow.
 *
 * flake.lock (version 5 to 7): `nodes.<root>.inputs.<name>` is either a node name or a
 * "follows" path of input names from the root; a node's `locked` attributes are what
 * builtins.fetchTree takes (type, narHash and rev, url, owner/repo, path as the type needs).
 */

export type LockedAttrs = Record<string, string | number | boolean>;

export interface LockedInput {
  /** The input path as asked, e.g. `nixpkgs` or `utils/nixpkgs`. */
  input: string;
  locked: LockedAttrs;
}

interface LockNode {
  inputs?: Record<string, string | string[]>;
  locked?: Record<string, unknown>;
}

function lockError(file: string, message: string): NixeryError {
  return new NixeryError(`${file}: ${message}`, 'FLAKE_LOCK_INVALID');
}

function nodeOf(
  nodes: Record<string, LockNode>,
  rootName: string,
  path: string[],
  file: string,
  depth = 0,
): string {
  // A follows chain that loops would never end.
  if (depth > 32) throw lockError(file, `the input ${path.join('/')} follows itself`);
  let current = rootName;
  for (const [i, name] of path.entries()) {
    const target = nodes[current]?.inputs?.[name];
    const here = path.slice(0, i + 1).join('/');
    if (target === undefined) {
      const known = Object.keys(nodes[current]?.inputs ?? {}).sort();
      throw lockError(
        file,
        `has no input ${here}${known.length ? ` (inputs: ${known.join(', ')})` : ''}`,
      );
    }
    current = Array.isArray(target) ? nodeOf(nodes, rootName, target, file, depth + 1) : target;
  }
  return current;
}

/** The `locked` attributes of `input` (a `/`-separated path of input names) in `file`. */
export async function readLockedInput(file: string, input: string): Promise<LockedInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new NixeryError(
      `Cannot read the flake lock file ${file}: ${(err as Error).message}`,
      'FLAKE_LOCK_MISSING',
    );
  }
  let doc: { version?: unknown; root?: unknown; nodes?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    throw lockError(file, 'is not JSON');
  }
  if (typeof doc.version !== 'number' || doc.version < 5 || doc.version > 7) {
    throw lockError(file, `has lock file version ${String(doc.version)}; versions 5 to 7 are read`);
  }
  if (typeof doc.root !== 'string' || typeof doc.nodes !== 'object' || doc.nodes === null) {
    throw lockError(file, 'has no root node');
  }
  const nodes = doc.nodes as Record<string, LockNode>;
  const name = nodeOf(nodes, doc.root, input.split('/'), file);
  const locked = nodes[name]?.locked;
  if (!locked || typeof locked.type !== 'string') {
    throw lockError(file, `the input ${input} has no locked source`);
  }
  const attrs: LockedAttrs = {};
  for (const [key, value] of Object.entries(locked)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) {
      attrs[key] = value as string | number | boolean;
    }
  }
  if (typeof attrs.narHash !== 'string') {
    throw lockError(file, `the input ${input} is locked without a narHash`);
  }
  return { input, locked: attrs };
}
