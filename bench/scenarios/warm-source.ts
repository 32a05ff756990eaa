/**
 * The package source on a warm run, before and after its tree travelled in the store cache.
 * A nixpkgs-sized tarball (40 000 files, about 220 MB unpacked; its random words compress worse
 * than nixpkgs' 40–50 MB) is served from 127.0.0.1; each run evaluates `hello` on a fresh
 * runner (empty ~/.cache/nix). Before: the tree is in the store (restored), but fetchTarball
 * without a hash downloads and unpacks the tarball again. After: the pinned narHash lets Nix
 * find the tree and download nothing. Loopback hides the network: from github.com, "before"
 * also pays the 40–50 MB download.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePackages } from '../../src/nix/build.ts';
import { nixpkgsLikeCopy } from '../../test/helpers/pkgs.ts';
import { startHttpServer } from '../../test/helpers/http-server.ts';
import { benchScratch } from '../lib/bench-image.ts';
import { REPEATS, samplesTable, timed, type Samples } from '../lib/stats.ts';

export const name = 'warm-source';
export const title = 'Warm run: the package source fetched again vs found by its narHash';

const FILES = 40_000;
const WORDS = Array.from({ length: 3000 }, () =>
  randomBytes(4)
    .toString('hex')
    .slice(0, 3 + (randomBytes(1)[0]! % 6)),
);

function nixLikeText(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const w = WORDS[Math.floor(Math.random() * WORDS.length)]!;
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
}

export async function run(): Promise<string> {
  const scratch = await benchScratch();
  const rev = randomBytes(20).toString('hex');
  const set = nixpkgsLikeCopy(join(scratch, 'src'));
  for (let i = 0; i < FILES; i++) {
    const dir = join(set, 'pkgs', String(i % 400));
    if (i < 400) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${i}.nix`), nixLikeText(2500 + (i % 7) * 1000));
  }
  const tarFile = join(scratch, 'src.tar.gz');
  execFileSync('tar', ['-czf', tarFile, '-C', join(scratch, 'src'), 'nixpkgs-like']);
  const tarball = readFileSync(tarFile);
  const server = await startHttpServer({ [`/archive/${rev}.tar.gz`]: tarball });
  const unpacked = execFileSync('du', ['-sb', set], { encoding: 'utf8' }).split('\t')[0];
  try {
    const nixpkgsUrl = `${server.url}/archive/{ref}.tar.gz`;
    const evaluate = (i: number, sourceNarHash?: string) =>
      evaluatePackages({
        packages: ['hello'],
        contents: [],
        pkgSource: { kind: 'nixpkgs', ref: rev },
        nixpkgsUrl,
        sourceNarHash,
        env: {
          ...process.env,
          XDG_CACHE_HOME: join(scratch, `cache-${i}-${sourceNarHash ? 'pin' : 'no'}`),
        },
      });
    const first = await evaluate(0);
    const narHash = execFileSync('nix-store', ['--query', '--hash', first.source.storePath!], {
      encoding: 'utf8',
    }).trim();
    const before: Samples = {
      label: 'before: fetchTarball without hash (download + unpack)',
      secs: [],
    };
    const after: Samples = { label: 'after: narHash pinned, tree in the store', secs: [] };
    for (let i = 1; i <= REPEATS; i++) {
      before.secs.push(await timed(() => evaluate(i)));
      after.secs.push(await timed(() => evaluate(i, narHash)));
    }
    const requests = server.count(`/archive/${rev}.tar.gz`);
    return [
      `Tarball ${(statSync(tarFile).size / 1e6).toFixed(1)} MB gzip, ${(Number(unpacked) / 1e6).toFixed(0)} MB unpacked, ${FILES} files; evaluation of \`hello\` on a fresh runner each time.`,
      '',
      samplesTable([before, after]),
      '',
      `Tarball requests: ${requests} (1 to learn the hash, then ${REPEATS} before, 0 after).`,
    ].join('\n');
  } finally {
    await server.stop();
  }
}
