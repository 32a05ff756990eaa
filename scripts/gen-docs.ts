// Writes action.yml's inputs and outputs and README's tables from the parser's own lists
// (src/request/inputs.ts INPUTS, src/action/outputs.ts OUTPUTS), so that the three never disagree.
// Run: node --import tsx scripts/gen-docs.ts   (test/unit/docs.test.ts fails when stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { INPUTS } from '../src/request/request.ts';
import { OUTPUTS } from '../src/action/outputs.ts';

const root = new URL('../', import.meta.url).pathname;

function yamlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function actionYml(head: string, runs: string): string {
  const inputs = Object.entries(INPUTS).map(([name, spec]) => {
    const lines = [`  ${name}:`, `    description: ${yamlString(spec.description)}`];
    if (spec.required) lines.push('    required: true');
    if (spec.default !== undefined) lines.push(`    default: ${yamlString(spec.default)}`);
    return lines.join('\n');
  });
  const outputs = Object.entries(OUTPUTS).map(
    ([name, description]) => `  ${name}:\n    description: ${yamlString(description)}`,
  );
  return `${head}inputs:\n${inputs.join('\n')}\noutputs:\n${outputs.join('\n')}\n${runs}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function readmeTables(): { inputs: string; outputs: string } {
  const inputs = [
    '| name | description | default |',
    '| --- | --- | --- |',
    ...Object.entries(INPUTS).map(([name, spec]) => {
      const def = spec.required ? 'required' : spec.default ? `\`${spec.default}\`` : '';
      return `| \`${name}\` | ${cell(spec.description)} | ${def} |`;
    }),
  ].join('\n');
  const outputs = [
    '| name | description |',
    '| --- | --- |',
    ...Object.entries(OUTPUTS).map(([name, d]) => `| \`${name}\` | ${cell(d)} |`),
  ].join('\n');
  return { inputs, outputs };
}

function replaceBetween(text: string, marker: string, body: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

export function generated(): { actionYml: string; readme: string } {
  const action = readFileSync(`${root}action.yml`, 'utf8');
  const head = action.slice(0, action.indexOf('inputs:\n'));
  const runs = action.slice(action.indexOf('runs:\n'));
  let readme = readFileSync(`${root}README.md`, 'utf8');
  const tables = readmeTables();
  readme = replaceBetween(readme, 'inputs', tables.inputs);
  readme = replaceBetween(readme, 'outputs', tables.outputs);
  return { actionYml: actionYml(head, runs), readme };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = generated();
  writeFileSync(`${root}action.yml`, out.actionYml);
  writeFileSync(`${root}README.md`, out.readme);
}
