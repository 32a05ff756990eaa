import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILD_TYPE,
  imageSubject,
  oidcAvailable,
  provenancePredicate,
} from '../../../src/supply/provenance.ts';
import { parseProvenanceMode } from '../../../src/request/grammar.ts';
import { parseRequest } from '../../../src/request/request.ts';

const digest = `sha256:${'d'.repeat(64)}`;
const rev = 'c'.repeat(40);
const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/images',
  GITHUB_WORKFLOW_REF: 'octo/images/.github/workflows/build.yml@refs/heads/main',
  GITHUB_RUN_ID: '7',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_ACTION_REPOSITORY: 'org/nixery-action',
  GITHUB_ACTION_REF: 'v1',
  GITHUB_EVENT_NAME: 'push',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'never-in-provenance',
};

test('the predicate names the build type, inputs, package source, action and run', () => {
  const p = provenancePredicate({
    imageName: 'ghcr.io/octo/images',
    digest,
    inputs: { packages: 'git jq', 'pkg-source': `git!https://example.com/pkgs.git!${rev}` },
    pkgSource: `git!https://example.com/pkgs.git!${rev}`,
    source: { kind: 'git', url: 'https://example.com/pkgs.git', rev, narHash: 'sha256-x=' },
    system: 'x86_64-linux',
    env,
  }) as {
    buildDefinition: {
      buildType: string;
      externalParameters: { inputs: Record<string, string>; workflow: object };
      resolvedDependencies: { name: string; uri: string; digest?: object; annotations?: object }[];
    };
    runDetails: { builder: { id: string }; metadata: { invocationId: string } };
  };
  assert.equal(p.buildDefinition.buildType, BUILD_TYPE);
  assert.deepEqual(p.buildDefinition.externalParameters.inputs, {
    packages: 'git jq',
    'pkg-source': `git!https://example.com/pkgs.git!${rev}`,
  });
  assert.deepEqual(p.buildDefinition.externalParameters.workflow, {
    ref: 'refs/heads/main',
    repository: 'octo/images',
    path: '.github/workflows/build.yml',
  });
  const [source, action, workflow] = p.buildDefinition.resolvedDependencies;
  assert.equal(source!.uri, `git+https://example.com/pkgs.git@${rev}`);
  assert.deepEqual(source!.digest, { gitCommit: rev });
  assert.equal((source!.annotations as Record<string, string>).narHash, 'sha256-x=');
  assert.equal(action!.uri, 'git+https://github.com/org/nixery-action@v1');
  assert.deepEqual(workflow!.digest, { gitCommit: 'a'.repeat(40) });
  assert.equal(
    p.runDetails.builder.id,
    'https://github.com/octo/images/.github/workflows/build.yml@refs/heads/main',
  );
  assert.equal(
    p.runDetails.metadata.invocationId,
    'https://github.com/octo/images/actions/runs/7/attempts/2',
  );
  assert.ok(!JSON.stringify(p).includes('never-in-provenance'));
  assert.deepEqual(imageSubject('ghcr.io/octo/images', digest), {
    name: 'ghcr.io/octo/images',
    digest: { sha256: 'd'.repeat(64) },
  });
});

test('provenance mode and the OIDC check', () => {
  assert.equal(parseProvenanceMode('', 'provenance'), 'auto');
  assert.equal(parseProvenanceMode(' true ', 'provenance'), 'true');
  assert.throws(() => parseProvenanceMode('yes', 'provenance'), /Input 'provenance'.*auto/);
  assert.equal(oidcAvailable({}), false);
  assert.equal(oidcAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u' }), false);
  assert.equal(
    oidcAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }),
    true,
  );
});

test('the provenance inputs leave out secrets and Nix access tokens', () => {
  const inputs: Record<string, string> = {
    packages: 'hello',
    image: 'ghcr.io/o/n',
    username: 'u',
    password: 'p4ssw0rd',
    'github-token': 'ghs_secret',
    'nix-conf': 'max-jobs = 2\naccess-tokens = github.com=ghp_secret',
    sbom: 'false',
    provenance: 'true',
  };
  const req = parseRequest((n) => inputs[n] ?? '');
  assert.equal(req.supply.sbom, false);
  assert.equal(req.supply.provenance, 'true');
  assert.deepEqual(req.supply.inputs, {
    packages: 'hello',
    image: 'ghcr.io/o/n',
    username: 'u',
    'nix-conf': 'max-jobs = 2\naccess-tokens = ***',
    sbom: 'false',
    provenance: 'true',
  });
});

test('the tool named in SBOMs is this package at its version', async () => {
  const { TOOL } = await import('../../../src/pipeline/steps/supply.ts');
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(TOOL, { name: pkg.name, version: pkg.version });
});
