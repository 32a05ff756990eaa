/**
 * The source tree's boundaries, read from the import statements themselves (TypeScript's own
 * pre-processor finds them): no import cycles in src/, and image/, registry/ and nix/ never
 * import @actions/core (they throw coded errors; the action and request layers speak to the
 * runner and about inputs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../helpers/action.ts';

const src = join(repoRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sourceFiles(p);
      return p.endsWith('.ts') ? [p] : [];
    });
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

/** Every module's imports: relative ones resolved to files, packages by name. */
function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const edges: Edge[] = [];
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      // `import type` and `export type` are erased: they cannot close a cycle at run time.
      const statement = text.slice(text.lastIndexOf('\n', ref.pos) + 1, ref.pos);
      const typeOnly = /^\s*(import|export)\s+type\b/.test(statement);
      edges.push({ to: spec.startsWith('.') ? resolve(dirname(file), spec) : spec, typeOnly });
    }
    graph.set(file, edges);
  }
  return graph;
}

function findCycle(graph: Map<string, Edge[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const edge of graph.get(node) ?? []) {
      if (edge.typeOnly || !graph.has(edge.to)) continue;
      if (state.get(edge.to) === 'open') return [...stack.slice(stack.indexOf(edge.to)), edge.to];
      if (!state.has(edge.to)) {
        const found = visit(edge.to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return undefined;
}

const graph = importGraph();
const shown = (file: string) => relative(repoRoot, file);

test('the import graph is read (sanity check of the walk itself)', () => {
  const pipeline = graph.get(join(src, 'pipeline', 'pipeline.ts'));
  assert.ok(pipeline?.some((e) => e.to === join(src, 'pipeline', 'steps', 'push.ts')));
  assert.ok(graph.get(join(src, 'main.ts'))?.some((e) => e.to === '@actions/core'));
});

test('src/ has no import cycle', () => {
  const cycle = findCycle(graph);
  assert.equal(cycle, undefined, `import cycle: ${cycle?.map(shown).join(' → ')}`);
});

test('the cycle finder finds a cycle when there is one', () => {
  const a = '/a.ts';
  const b = '/b.ts';
  const cyclic = new Map<string, Edge[]>([
    [a, [{ to: b, typeOnly: false }]],
    [b, [{ to: a, typeOnly: false }]],
  ]);
  assert.deepEqual(findCycle(cyclic), [a, b, a]);
  cyclic.set(b, [{ to: a, typeOnly: true }]);
  assert.equal(findCycle(cyclic), undefined);
});

test('image/, registry/ and nix/ do not import @actions/core', () => {
  const offenders = [...graph]
    .filter(([file]) => /^src\/(image|registry|nix)\//.test(shown(file)))
    .filter(([, edges]) => edges.some((e) => e.to === '@actions/core'))
    .map(([file]) => shown(file));
  assert.deepEqual(offenders, []);
});

test('programs are started only through core/spawn.ts', () => {
  // Docker credential helpers are run synchronously, inside the synchronous credential lookup.
  const allowed = ['src/core/spawn.ts'];
  const offenders = [...graph]
    .filter(([file]) => !allowed.includes(shown(file)))
    .filter(([file]) =>
      /\b(spawn|spawnSync|exec|execFile|execSync|fork)\b\s*\(/.test(readFileSync(file, 'utf8')),
    )
    .filter(([, edges]) => edges.some((e) => e.to === 'node:child_process' && !e.typeOnly))
    .map(([file]) => shown(file));
  assert.deepEqual(offenders, []);
});

test('src/ holds no loose files beyond the entry points', () => {
  const loose = readdirSync(src).filter((name) => statSync(join(src, name)).isFile());
  assert.deepEqual(loose.sort(), ['cli.ts', 'main.ts', 'post.ts']);
});

test('core/, oci/ and the stages never import request/, pipeline/ or action/', () => {
  const lower = /^src\/(core|oci|image|registry|nix|cache|output|supply)\//;
  const upper = /^src\/(request|pipeline|action)\//;
  const offenders = [...graph]
    .filter(([file]) => lower.test(shown(file)))
    .flatMap(([file, edges]) =>
      edges.filter((e) => upper.test(shown(e.to))).map((e) => `${shown(file)} → ${shown(e.to)}`),
    );
  assert.deepEqual(offenders, []);
});
