// The identity of the code that turns a request into image bytes: the sha256 of every file
// under src/ (path and contents, in byte order of the paths). scripts/build.mjs writes it into
// the bundle; src/image/inputs-key.ts computes it from the tree when run from source.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function codeIdentity(srcDir) {
  const files = readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(srcDir, f)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f.split('\\').join('/')}\0`);
    hash.update(readFileSync(join(srcDir, f)));
    hash.update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
