import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { buildFixtures } from '../../helpers/image.ts';
import { testPkgSource } from '../../helpers/pkgs.ts';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./build-image.child.ts', import.meta.url));

interface ChildResult {
  manifest: string;
  reused: number;
  layers: { digest: string; paths: string[] }[];
}

/** Runs the build in a new Node process under the given umask (set by sh, values as data). */
async function buildInChild(umask: string, request: object): Promise<ChildResult> {
  const { stdout } = await run(
    'sh',
    [
      '-c',
      'umask "$1"; shift; exec "$@"',
      'sh',
      umask,
      process.execPath,
      '--import',
      'tsx',
      child,
      JSON.stringify(request),
    ],
    { maxBuffer: 1 << 24, env: { ...process.env, NIX_CONFIG: 'substituters =' } },
  );
  return JSON.parse(stdout) as ChildResult;
}

describe('reproducible images', () => {
  let scratch: string;
  before(async () => void (scratch = await mkdtemp(join(tmpdir(), 'nixery-repro-'))));
  after(() => rm(scratch, { recursive: true, force: true }));

  for (const compression of ['gzip', 'zstd', 'none'] as const) {
    it(`${compression}: two processes, work folders and umasks give one manifest digest`, async () => {
      const request = {
        compression,
        packages: ['hello', 'many-deps', 'shell'],
        pkgSource: testPkgSource,
      };
      const a = await buildInChild('022', {
        ...request,
        workDir: join(scratch, `${compression}-a`),
      });
      const b = await buildInChild('077', {
        ...request,
        workDir: join(scratch, `${compression}-b`),
      });
      assert.equal(a.manifest, b.manifest);
      assert.ok(a.layers.length > 3, 'several layers');
    });
  }

  it('one changed package changes only the layers that hold it; the cache skips the rest', async () => {
    const lib = { name: 'lib', script: 'mkdir -p $out; echo lib > $out/lib' };
    const big = { name: 'big', script: 'mkdir -p $out; seq 1 200000 > $out/data' };
    const spec = (greeting: string) => [
      lib,
      big,
      {
        name: 'tool',
        script: `mkdir -p $out; echo ${greeting} > $out/tool; echo $dep_lib > $out/ref`,
        deps: ['lib'],
      },
      {
        name: 'app',
        script: 'mkdir -p $out; echo $dep_big $dep_lib > $out/refs',
        deps: ['big', 'lib'],
      },
    ];
    const before = await buildFixtures(spec('hello'));
    const after = await buildFixtures(spec('bonjour'));
    assert.notEqual(before.tool, after.tool);
    const cacheFile = join(scratch, 'layers.json');
    const request = (roots: Record<string, string>, dir: string) => ({
      compression: 'gzip',
      roots: [roots.app, roots.tool],
      workDir: join(scratch, dir),
      cacheFile,
      maxLayers: 4,
    });
    const a = await buildInChild('022', request(before, 'change-a'));
    const b = await buildInChild('022', request(after, 'change-b'));
    const storeLayers = (r: ChildResult) => r.layers.slice(0, -1);
    const changed = storeLayers(b).filter(
      (l) => !storeLayers(a).some((x) => x.digest === l.digest),
    );
    assert.ok(changed.length >= 1);
    for (const layer of changed)
      assert.ok(layer.paths.includes(after.tool as string), 'only layers with tool change');
    for (const layer of storeLayers(b)) {
      if (!layer.paths.includes(after.tool as string)) {
        assert.ok(
          storeLayers(a).some((x) => x.digest === layer.digest),
          `${layer.paths.join(' ')} unchanged`,
        );
      }
    }
    assert.equal(
      b.reused,
      storeLayers(b).length - changed.length,
      'unchanged layers came from the cache',
    );
  });
});
