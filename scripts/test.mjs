// Runs the test suite with Node's own test runner (TypeScript through tsx).
//   node scripts/test.mjs            type check, lint, all tests, then the unit tests on Node 24
//   node scripts/test.mjs unit       unit tests only
//   node scripts/test.mjs integration
// Node 20's --test does not expand globs, so the files are listed here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const which = process.argv[2];
const roots = which ? [join('test', which)] : [join('test', 'unit'), join('test', 'integration')];

function collect(dir) {
  let out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(collect(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// The whole suite also type-checks and lints: a type error or a lint error fails it.
if (!which) {
  for (const [cmd, args] of [
    ['npx', ['tsc', '--noEmit']],
    ['npx', ['eslint', '.']],
  ]) {
    console.log(`$ ${cmd} ${args.join(' ')}`);
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const files = roots.flatMap(collect);
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
const env = { ...process.env, NIX_CONFIG: process.env.NIX_CONFIG ?? 'substituters =' };
const runTests = (node, list) =>
  spawnSync(
    node,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...list],
    { stdio: 'inherit', env },
  ).status ?? 1;

const status = runTests(process.execPath, files);
if (status !== 0 || which) process.exit(status);

// GitHub's runners start the action on Node 24 (action.yml): the whole suite also runs the
// unit tests there (test/integration/node24.test.ts runs the bundled action there too).
const node24 = join('.work', 'node24', 'bin', 'node');
if (!existsSync(node24)) {
  console.error(`${node24} is missing: run scripts/install-node24.sh (or scripts/install-deps.sh)`);
  process.exit(1);
}
console.log(`$ ${node24} --test test/unit`);
process.exit(runTests(node24, collect(join('test', 'unit'))));
