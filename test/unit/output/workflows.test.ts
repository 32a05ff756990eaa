import assert from 'node:assert/strict';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/action.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown> } }>;
}
interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

const workflowsDir = join(repoRoot, '.github', 'workflows');
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

function load(name: string): Workflow {
  return parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow;
}

function steps(wf: Workflow): Step[] {
  return Object.values(wf.jobs).flatMap((job) => job.steps);
}

function runText(wf: Workflow): string {
  return steps(wf)
    .map((s) => s.run ?? '')
    .join('\n');
}

describe('workflows', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it('are ci.yml and example.yml', () => {
    assert.deepEqual(files.sort(), ['ci.yml', 'example.yml']);
  });

  for (const file of files) {
    it(`${file}: steps that use this action give only its inputs, and every required one`, () => {
      const wf = load(file);
      for (const step of steps(wf).filter((s) => s.uses === './')) {
        const given = Object.keys(step.with ?? {});
        for (const key of given) {
          assert.ok(
            Object.hasOwn(action.inputs, key),
            `${file}: "${key}" is not an input of action.yml`,
          );
        }
        for (const [name, spec] of Object.entries(action.inputs)) {
          if (spec.required)
            assert.ok(given.includes(name), `${file}: required input "${name}" missing`);
        }
      }
    });

    it(`${file}: reads only outputs that action.yml declares, from steps that exist`, () => {
      const wf = load(file);
      const ids = new Map(steps(wf).map((s) => [s.id, s]));
      const text = readFileSync(join(workflowsDir, file), 'utf8');
      for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = ids.get(m[1]);
        assert.ok(step, `${file}: no step with id "${m[1]}"`);
        if (step.uses === './') {
          assert.ok(
            Object.hasOwn(action.outputs, m[2]!),
            `${file}: "${m[2]}" is not an output of action.yml`,
          );
        }
      }
    });

    it(`${file}: runs only npm scripts and files that exist`, () => {
      const text = runText(load(file));
      for (const m of text.matchAll(/npm run ([\w:-]+)/g)) {
        assert.ok(Object.hasOwn(packageJson.scripts, m[1]!), `${file}: no npm script "${m[1]}"`);
      }
      for (const m of text.matchAll(/(?:^|\s)(scripts\/[\w./-]+)/g)) {
        accessSync(join(repoRoot, m[1]!), constants.X_OK);
      }
    });
  }

  it('ci.yml lints, tests and checks dist/ on Node 20 and 24', () => {
    const wf = load('ci.yml');
    const matrix = Object.values(wf.jobs)[0]!.strategy?.matrix;
    assert.deepEqual(matrix?.node, [20, 24]);
    const text = runText(wf);
    for (const command of [
      'npm run lint',
      'npm test',
      'npm run build',
      'git diff --exit-code dist/',
    ]) {
      assert.ok(text.includes(command), `ci.yml runs ${command}`);
    }
    assert.ok(steps(wf).some((s) => s.uses?.startsWith('actions/setup-node@')));
  });

  it('example.yml may write packages and passes the token only as password', () => {
    const wf = load('example.yml');
    assert.deepEqual(wf.permissions, { contents: 'read', packages: 'write' });
    const step = steps(wf).find((s) => s.uses === './')!;
    assert.equal(step.with?.password, '${{ secrets.GITHUB_TOKEN }}');
    const text = readFileSync(join(workflowsDir, 'example.yml'), 'utf8');
    assert.equal(text.match(/secrets\./g)?.length, 1, 'the token appears once');
  });
});
