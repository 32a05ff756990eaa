import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../src/request/request.ts';
import { repoRoot } from '../helpers/action.ts';

const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
const action = parse(readFileSync(`${repoRoot}/action.yml`, 'utf8')) as {
  outputs: Record<string, { description: string }>;
};

/** Rows of the markdown table that follows a `## <heading>` line. */
function tableRows(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has a "## ${heading}" section`);
  const rows: string[][] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('| ') || line.startsWith('| ---') || line.startsWith('| name')) continue;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

test("README's input table matches action.yml inputs", () => {
  const rows = tableRows('Inputs');
  assert.deepEqual(
    rows.map((r) => r[0]),
    Object.keys(INPUTS).map((n) => `\`${n}\``),
  );
  for (const [name, description, def] of rows) {
    const spec = INPUTS[name!.slice(1, -1)]!;
    assert.equal(description, spec.description, `description of ${name}`);
    const expected = spec.required ? 'required' : spec.default ? `\`${spec.default}\`` : '';
    assert.equal(def, expected, `default of ${name}`);
  }
});

test("README's output table matches action.yml outputs", () => {
  const rows = tableRows('Outputs');
  assert.deepEqual(
    rows.map((r) => r[0]),
    Object.keys(action.outputs).map((n) => `\`${n}\``),
  );
  for (const [name, description] of rows) {
    assert.equal(description, action.outputs[name!.slice(1, -1)]!.description, name);
  }
});

test("README's layout table names every folder of src/, and only paths that exist", () => {
  const named = tableRows('Layout')
    .flatMap((r) => [...r[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
    .filter((p) => p.startsWith('src/'));
  for (const path of named) assert.ok(existsSync(`${repoRoot}/${path}`), `${path} exists`);
  const folders = readdirSync(`${repoRoot}/src`)
    .filter((name) => statSync(`${repoRoot}/src/${name}`).isDirectory())
    .map((name) => `src/${name}/`);
  for (const folder of folders) assert.ok(named.includes(folder), `${folder} is in the table`);
});
