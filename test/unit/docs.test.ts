import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generated } from '../../scripts/gen-docs.ts';
import { repoRoot } from '../helpers/action.ts';

test('action.yml and README tables are generated from the current input and output lists', () => {
  const fresh = generated();
  const hint = 'run `node --import tsx scripts/gen-docs.ts` and commit the result';
  assert.equal(readFileSync(`${repoRoot}/action.yml`, 'utf8'), fresh.actionYml, hint);
  assert.equal(readFileSync(`${repoRoot}/README.md`, 'utf8'), fresh.readme, hint);
});
