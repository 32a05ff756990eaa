// Bundles the action's entry points into dist/ (the runner executes dist/ directly, so it
// is committed). One command: `npm run build`. test/integration/dist.test.ts fails when
// dist/ is stale.
import { build } from 'esbuild';
import { chmod, copyFile, rm } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeIdentity } from './code-id.mjs';

// An optional argument builds elsewhere (the staleness test compares such a build with dist/).
const outdir = process.argv[2]
  ? `${resolve(process.argv[2])}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));
await rm(outdir, { recursive: true, force: true });

const requireShim =
  "import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);";

// @actions/core imports its OIDC client (and with it @actions/http-client and undici, a
// megabyte of code) and @actions/exec at its top, for functions this action never calls.
// Declared free of side effects, they are dropped unless used, as their own ESM code allows.
const pureModules = {
  name: 'pure-modules',
  setup(b) {
    b.onResolve(
      { filter: /^(\.\/(oidc-utils|platform)\.js|@actions\/(http-client|exec)(\/.*)?)$/ },
      (args) => {
        if (args.pluginData === true) return undefined;
        if (!/[\\/]@actions[\\/]core[\\/]/.test(args.importer)) return undefined;
        return b
          .resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: true })
          .then((r) => (r.errors.length ? undefined : { path: r.path, sideEffects: false }));
      },
    );
  },
};

// The action calls only attest() of @actions/attest. Its index also re-exports the provenance
// helpers, whose OIDC claims reader uses @actions/core's getIDToken; a lazy import() keeps every
// export, so that would pull core's OIDC client into the start-up chunk. Resolved to the one
// module the action uses.
const attestOnly = {
  name: 'attest-only',
  setup(b) {
    b.onResolve({ filter: /^@actions\/attest$/ }, async (args) => {
      if (args.pluginData === 'attest-only') return undefined;
      const index = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'attest-only',
      });
      if (index.errors.length) return undefined;
      return { path: index.path.replace(/index\.js$/, 'attest.js') };
    });
  },
};

const common = {
  plugins: [pureModules, attestOnly],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.js' },
  legalComments: 'none',
  logLevel: 'warning',
  // Deterministic output: no timestamps, no absolute paths.
  sourcemap: false,
  minify: false,
  // @cyclonedx/cyclonedx-library loads its XML and JSON-schema plugins only if installed (in
  // try/catch); the action only serialises JSON, so they stay out of the bundle.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'],
  // Which code made an image is part of its inputs key (src/image/inputs-key.ts).
  define: {
    __NIXERY_CODE_ID__: JSON.stringify(
      codeIdentity(fileURLToPath(new URL('../src/', import.meta.url))),
    ),
  },
};

// Some CommonJS dependencies call require(); give the ESM bundle one. Split into chunks, so
// that each lazy import() in the source (the pipeline, the cache SDK, the registry client, the
// tool cache, …) is a file loaded only when a run reaches it: the start-up of the action is
// what the first log line waits for. Chunk names are content hashes, so the output stays
// deterministic.
await build({
  ...common,
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts' },
  banner: { js: requireShim },
  splitting: true,
  chunkNames: '[name]-[hash]',
});
// The CLI is the package's `bin`: it needs a shebang line.
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
await chmod(join(outdir, 'cli.js'), 0o755);
// The compressing thread is its own file (a Worker starts from a file), CommonJS, so that
// src/image/wasm-engine.ts finds the engines next to it through __dirname.
await build({
  ...common,
  format: 'cjs',
  entryPoints: { 'compress-worker': 'src/image/compress-worker.ts' },
  outExtension: { '.js': '.cjs' },
  define: { ...common.define, 'import.meta.url': 'undefined' },
});
// The compression engines (scripts/wasm/build.sh) and their licences, beside the worker.
for (const engine of ['libdeflate', 'zstd']) {
  for (const file of [`${engine}.wasm`, `${engine}.COPYING`]) {
    await copyFile(
      fileURLToPath(new URL(`../src/image/wasm/${file}`, import.meta.url)),
      join(outdir, file),
    );
  }
}
