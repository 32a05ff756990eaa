/**
 * GitHub's runners start the action with Node 24 (`runs.using: node24`); the tests run on the
 * Node of this machine. The bundled action, started as a runner starts it on the real Node 24
 * (scripts/install-node24.sh, pinned by sha256), pushes to the real docker-registry the very
 * image Node 20 pushes, byte for byte: the compression engines are pinned WebAssembly, not the
 * zlib of whichever Node runs them. The post step loads and runs there too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, runAction } from '../helpers/action.ts';
import { endToEnd } from '../helpers/e2e.ts';
import { testPkgSource } from '../helpers/pkgs.ts';

const run = promisify(execFile);
const e2e = endToEnd('node24');
const node24 = join(repoRoot, '.work', 'node24', 'bin', 'node');

function requireNode24(): void {
  assert.ok(
    existsSync(node24),
    `Node 24 is not installed for the tests: run scripts/install-node24.sh (or scripts/install-deps.sh)`,
  );
}

for (const compression of ['gzip', 'zstd']) {
  test(`on Node 24 the action pushes the image Node 20 pushes (${compression})`, async () => {
    requireNode24();
    const { stdout: version } = await run(node24, ['--version']);
    assert.match(version, /^v24\./);
    const inputs = (repository: string) => ({
      packages: 'hello many-deps',
      'pkg-source': testPkgSource,
      image: `${e2e.registry.host}/node24/${repository}`,
      compression,
    });
    const on20 = await runAction(inputs(`${compression}-20`));
    assert.equal(on20.code, 0, on20.stdout + on20.stderr);
    const on24 = await runAction(inputs(`${compression}-24`), { node: node24 });
    assert.equal(on24.code, 0, on24.stdout + on24.stderr);
    assert.doesNotMatch(on24.stderr, /DeprecationWarning|ExperimentalWarning/);
    assert.equal(on24.outputs.digest, on20.outputs.digest, 'the same image, byte for byte');

    const image = `docker://${e2e.registry.host}/node24/${compression}-24@${on24.outputs.digest}`;
    const inspect = await run('skopeo', ['inspect', '--tls-verify=false', image]);
    assert.equal((JSON.parse(inspect.stdout) as { Digest: string }).Digest, on24.outputs.digest);

    const post = await runAction(inputs(`${compression}-24`), {
      node: node24,
      entry: 'dist/post.js',
      state: on24.state,
    });
    assert.equal(post.code, 0, post.stdout + post.stderr);
  });
}
