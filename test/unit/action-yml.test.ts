import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../src/request/request.ts';
import { repoRoot } from '../helpers/action.ts';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string };
}

const action = parse(readFileSync(`${repoRoot}/action.yml`, 'utf8')) as ActionYml;

test('action.yml runs the bundled entry points on node24', () => {
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js', post: 'dist/post.js' });
});

test('action.yml inputs match the parser (names, order, defaults, descriptions)', () => {
  assert.deepEqual(Object.keys(action.inputs), Object.keys(INPUTS));
  for (const [name, spec] of Object.entries(INPUTS)) {
    const yml = action.inputs[name]!;
    assert.equal(yml.default, spec.default, `default of ${name}`);
    assert.equal(yml.description, spec.description, `description of ${name}`);
    assert.equal(yml.required ?? false, spec.required ?? false, `required of ${name}`);
  }
});
