import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { buildSbom, parseStoreName, type SbomInput } from '../../../src/supply/sbom.ts';
import { readSbom } from '../../../src/supply/sbom-read.ts';

const h = (c: string) => c.repeat(32);
const greeter = `/nix/store/${h('a')}-greeter-1.0`;
const lib = `/nix/store/${h('b')}-hello-lib`;
const glibc = `/nix/store/${h('c')}-glibc-2.40-36`;

const input: SbomInput = {
  closure: {
    roots: [greeter],
    paths: [
      {
        path: greeter,
        references: [glibc, lib],
        narSize: 300,
        narHash: `sha256:${'1'.repeat(64)}`,
      },
      { path: lib, references: [], narSize: 200, narHash: `sha256:${'2'.repeat(64)}` },
      { path: glibc, references: [], narSize: 100, narHash: `sha256:${'3'.repeat(64)}` },
    ],
  },
  packages: [
    {
      name: 'greeter',
      attrPath: 'greeter',
      outPath: greeter,
      pname: 'greeter',
      version: '1.0',
      licenses: ['MIT', 'Some Custom Licence'],
    },
  ],
  pkgSource: 'nixpkgs!nixos-25.05',
  source: { kind: 'nixpkgs', rev: 'f'.repeat(40), narHash: 'sha256-abc=' },
  image: { name: 'ghcr.io/o/n', digest: `sha256:${'d'.repeat(64)}` },
  system: 'x86_64-linux',
  timestamp: '1970-01-01T00:00:01.000Z',
  tool: { name: 'nixery-action', version: '0.1.0' },
};

test('store names split as Nix parseDrvName splits them', () => {
  assert.deepEqual(parseStoreName(glibc), { name: 'glibc', version: '2.40-36' });
  assert.deepEqual(parseStoreName(lib), { name: 'hello-lib' });
  assert.deepEqual(parseStoreName(`/nix/store/${h('e')}-xz-5.6.3-bin`), {
    name: 'xz',
    version: '5.6.3-bin',
  });
  assert.deepEqual(parseStoreName(`/nix/store/${h('e')}-source`), { name: 'source' });
});

test('the SBOM has one component per store path, the graph, licences and the source, and validates', async () => {
  const json = buildSbom(input);
  const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
  assert.equal(errors, null, JSON.stringify(errors));
  const doc = JSON.parse(json);
  assert.equal(doc.bomFormat, 'CycloneDX');
  assert.equal(doc.specVersion, '1.6');
  assert.deepEqual(
    doc.components.map((c: { 'bom-ref': string }) => c['bom-ref']).sort(),
    [greeter, lib, glibc].sort(),
  );
  const g = doc.components.find((c: { name: string }) => c.name === 'greeter');
  assert.equal(g.version, '1.0');
  assert.equal(g.type, 'application');
  assert.deepEqual(g.hashes, [{ alg: 'SHA-256', content: '1'.repeat(64) }]);
  assert.deepEqual(
    g.licenses.map((l: { license: object }) => l.license),
    [{ name: 'Some Custom Licence' }, { id: 'MIT' }],
  );
  assert.equal(doc.components.find((c: { name: string }) => c.name === 'glibc').version, '2.40-36');
  const deps = new Map(
    doc.dependencies.map((d: { ref: string; dependsOn?: string[] }) => [d.ref, d.dependsOn ?? []]),
  );
  assert.deepEqual(deps.get(greeter), [glibc, lib].sort());
  assert.deepEqual(deps.get(`ghcr.io/o/n@${input.image.digest}`), [greeter]);
  const props = Object.fromEntries(
    doc.metadata.properties.map((p: { name: string; value: string }) => [p.name, p.value]),
  );
  assert.equal(props['nixery-action:pkg-source'], 'nixpkgs!nixos-25.05');
  assert.equal(props['nixery-action:pkg-source:rev'], 'f'.repeat(40));
  assert.equal(props['nixery-action:pkg-source:narHash'], 'sha256-abc=');
  assert.equal(doc.metadata.component.version, input.image.digest);
  assert.equal(doc.metadata.timestamp, '1970-01-01T00:00:01.000Z');
  assert.match(doc.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
});

test('the same input gives the same bytes, and readSbom gives back the components', () => {
  const a = buildSbom(input);
  assert.equal(buildSbom(input), a);
  const entries = readSbom(a).sort((x, y) => x.path.localeCompare(y.path));
  assert.deepEqual(entries, [
    { path: greeter, name: 'greeter', version: '1.0', requested: true },
    { path: lib, name: 'hello-lib', requested: false },
    { path: glibc, name: 'glibc', version: '2.40-36', requested: false },
  ]);
});
