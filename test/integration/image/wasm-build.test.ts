import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { LIBDEFLATE_WASM_SHA256 } from '../../../src/image/libdeflate.ts';
import { ZSTD_WASM_SHA256 } from '../../../src/image/zstd.ts';
import { requireTool } from '../../helpers/tools.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../scripts/wasm/build.sh', import.meta.url));
const install =
  'apt-get install -y --no-install-recommends clang lld wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev patch';

describe('the compression engine builds', () => {
  for (const [engine, sha256] of [
    ['libdeflate', LIBDEFLATE_WASM_SHA256],
    ['zstd', ZSTD_WASM_SHA256],
  ] as const) {
    it(`rebuild the committed ${engine}.wasm byte for byte from the pinned Debian source`, async () => {
      for (const tool of ['clang', 'wasm-ld', 'dpkg-source', 'patch']) requireTool(tool, install);
      // Fetches the source package through apt (Debian's mirror), checks its pinned sha256,
      // compiles in a scratch folder and compares the bytes with the committed file.
      const { stdout } = await run(script, [engine, '--check'], { timeout: 600_000 });
      assert.match(stdout, new RegExp(`same bytes: ${sha256}`));
    });
  }
});
