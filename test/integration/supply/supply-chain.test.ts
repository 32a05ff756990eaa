import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { runAction, type ActionRun } from '../../helpers/action.ts';
import { endToEnd } from '../../helpers/e2e.ts';
import { startGitHubFake, OIDC_ISSUER, FAKE_REPOSITORY } from '../../helpers/github-fake.ts';
import { greeterVersionsRepo, testPkgSource } from '../../helpers/pkgs.ts';
import { skopeoCopyToOci } from '../../helpers/registry.ts';
import { capturedTexts, findLeaks, tokenSecrets } from '../../helpers/secret-scan.ts';
import { MOCK_PRELOAD, verifyBundle } from '../../helpers/sigstore-trust.ts';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import { pushImage } from '../../../src/registry/push.ts';
import {
  attachReferrer,
  listReferrers,
  readArtifact,
  referrersTag,
} from '../../../src/supply/referrers.ts';
import { buildSbom } from '../../../src/supply/sbom.ts';
import { bufferBlob, manifestFor, randomImage } from '../registry/random-image.ts';
import type { Changes } from '../../../src/pipeline/steps/changes.ts';

const run = promisify(execFile);

// The supply chain end to end, through the bundled action as a runner starts it: an image is
// pushed, then an updated one (greeter bumped from 1.0 to 1.1 in a git package source).
// Real: Nix, docker-registry 2.8.2 (no referrers API: the tag scheme), skopeo, umoci, and
// @sigstore/verify. Faked, because they cannot run here: Fulcio, Rekor and the timestamp
// authority (@sigstore/mock's handlers on their real URLs, preloaded into the action's
// process), GitHub's OIDC token endpoint and attestations API (a local server that follows
// their protocol, test/helpers/github-fake.ts).
const e2e = endToEnd('supply');
const API_TOKEN = 'ghs_test_attestations_token';

async function storePathsInImage(ref: string, scratch: string): Promise<string[]> {
  const dir = await mkdtemp(join(scratch, 'unpack-'));
  await skopeoCopyToOci(ref, join(dir, 'oci'));
  await run('umoci', ['unpack', '--image', `${join(dir, 'oci')}:latest`, join(dir, 'bundle')]);
  const names = await readdir(join(dir, 'bundle', 'rootfs', 'nix', 'store'));
  return names.map((n) => `/nix/store/${n}`).sort();
}

interface Sbom {
  components: { name: string; version?: string; properties: { name: string; value: string }[] }[];
}

test('an image and its update: exact SBOM, referrers, signed provenance, and what changed', async () => {
  const github = await startGitHubFake(API_TOKEN);
  try {
    const repo = join(e2e.scratch, 'pkgs-repo');
    const [rev1, rev2] = await greeterVersionsRepo(repo, ['1.0', '1.1']);
    const image = `${e2e.registry.host}/supply/app`;
    const trustFile = join(e2e.scratch, 'trust.json');

    const push = async (rev: string, visibility: 'public' | 'private'): Promise<ActionRun> => {
      const event = join(e2e.scratch, `event-${visibility}.json`);
      await writeFile(event, JSON.stringify({ repository: { visibility } }));
      const result = await runAction(
        {
          packages: 'greeter hello',
          'pkg-source': `git!file://${repo}!${rev}`,
          image,
          tags: 'latest',
          provenance: 'true',
          'github-token': API_TOKEN,
        },
        {
          env: {
            ...github.env,
            GITHUB_EVENT_PATH: event,
            NODE_OPTIONS: `--import=${MOCK_PRELOAD}`,
            NIXERY_TEST_SIGSTORE_TRUST: trustFile,
            // The SBOM file outlives the step, as RUNNER_TEMP does in a job.
            RUNNER_TEMP: await mkdtemp(join(e2e.scratch, 'runner-temp-')),
          },
        },
      );
      assert.equal(result.code, 0, result.stdout + result.stderr);
      return result;
    };
    const client = new RegistryClient({
      image: { registry: e2e.registry.host, repository: 'supply/app' },
      log: memoryLogger(),
      maskSecret: () => {},
    });
    try {
      // Public repositories sign with Fulcio and Rekor, private ones with Fulcio and GitHub's
      // timestamp authority (as @actions/attest chooses): one run of each.
      for (const [i, rev, visibility] of [
        [0, rev1!, 'public'],
        [1, rev2!, 'private'],
      ] as const) {
        const result = await push(rev, visibility);
        const digest = result.outputs.digest!;
        const changes = JSON.parse(result.outputs.changes!) as Changes;

        // 1. The SBOM lists exactly the store paths of the image's layers, and validates.
        const sbomText = await readFile(result.outputs['sbom-file']!, 'utf8');
        const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(
          sbomText,
        );
        assert.equal(errors, null, JSON.stringify(errors));
        const sbom = JSON.parse(sbomText) as Sbom;
        const listed = sbom.components
          .map((c) => c.properties.find((p) => p.name === 'nix:output_path')!.value)
          .sort();
        assert.deepEqual(listed, await storePathsInImage(`${image}@${digest}`, e2e.scratch));
        const greeter = sbom.components.find((c) => c.name === 'greeter');
        assert.equal(greeter?.version, i === 0 ? '1.0' : '1.1');

        // 2. It is a referrer of the image, found through the sha256-<hex> tag.
        assert.ok(await client.manifestDigest(referrersTag(digest)), 'referrers tag exists');
        const sboms = await listReferrers(client, digest, 'application/vnd.cyclonedx+json');
        assert.deepEqual(
          sboms.map((d) => d.digest),
          [result.outputs['sbom-digest']],
        );
        assert.equal((await readArtifact(client, sboms[0]!.digest)).toString(), sbomText);

        // 3. The provenance bundle (from the registry and from GitHub) verifies against the mock
        // Sigstore, and names the image digest and the package source.
        const bundles = await listReferrers(
          client,
          digest,
          'application/vnd.dev.sigstore.bundle.v0.3+json',
        );
        const provenance = bundles.find(
          (d) =>
            d.annotations?.['dev.sigstore.bundle.predicateType'] ===
            'https://slsa.dev/provenance/v1',
        );
        assert.equal(provenance?.digest, result.outputs['provenance-digest']);
        const fromRegistry = JSON.parse(
          (await readArtifact(client, provenance!.digest)).toString(),
        );
        const recorded = github.attestations.get(digest) ?? [];
        assert.equal(recorded.length, 2, 'provenance and SBOM attestations recorded with GitHub');
        assert.ok(result.outputs['attestation-id']);
        const res = await fetch(`${github.url}/repos/${FAKE_REPOSITORY}/attestations/${digest}`, {
          headers: { authorization: `Bearer ${API_TOKEN}` },
        });
        assert.equal(res.status, 200);
        const fromApi = ((await res.json()) as { attestations: { bundle: unknown }[] })
          .attestations;
        assert.ok(fromApi.some((a) => JSON.stringify(a.bundle) === JSON.stringify(fromRegistry)));
        const { statement, payloadType } = await verifyBundle(trustFile, fromRegistry, {
          subjectAlternativeName: `repo:${FAKE_REPOSITORY}:ref:refs/heads/main`,
          extensions: { issuer: OIDC_ISSUER },
        });
        assert.equal(payloadType, 'application/vnd.in-toto+json');
        const bundleJson = fromRegistry as { verificationMaterial: Record<string, unknown[]> };
        if (visibility === 'public')
          assert.equal(bundleJson.verificationMaterial.tlogEntries!.length, 1);
        else assert.ok(bundleJson.verificationMaterial.timestampVerificationData);
        const st = statement as {
          predicateType: string;
          subject: { name: string; digest: { sha256: string } }[];
          predicate: {
            buildDefinition: {
              externalParameters: { inputs: Record<string, string> };
              resolvedDependencies: { name: string; digest?: { gitCommit?: string } }[];
            };
            runDetails: { builder: { id: string }; metadata: { invocationId: string } };
          };
        };
        assert.equal(st.predicateType, 'https://slsa.dev/provenance/v1');
        assert.deepEqual(st.subject, [{ name: image, digest: { sha256: digest.slice(7) } }]);
        const source = st.predicate.buildDefinition.resolvedDependencies.find(
          (d) => d.name === 'pkg-source',
        );
        assert.equal(source?.digest?.gitCommit, rev);
        assert.equal(
          st.predicate.buildDefinition.externalParameters.inputs.packages,
          'greeter hello',
        );
        assert.equal(
          st.predicate.buildDefinition.externalParameters.inputs['github-token'],
          undefined,
          'no secret in the provenance',
        );
        assert.match(st.predicate.runDetails.builder.id, /images\.yml@refs\/heads\/main$/);
        assert.match(st.predicate.runDetails.metadata.invocationId, /runs\/42\/attempts\/1$/);
        const secrets = [
          ...tokenSecrets([...github.issued, API_TOKEN]),
          { name: 'OIDC request token', value: github.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN! },
        ];
        assert.deepEqual(findLeaks(capturedTexts(result), secrets), []);

        // 4. What changed: first push, then the bumped package with both versions and bytes.
        if (i === 0) {
          assert.equal(changes.firstPush, true);
          assert.match(result.summary, /First push/);
        } else {
          assert.equal(changes.firstPush, false);
          assert.deepEqual(changes.packages.changed, [{ name: 'greeter', from: '1.0', to: '1.1' }]);
          assert.deepEqual(changes.packages.added, []);
          assert.deepEqual(changes.packages.removed, []);
          assert.equal(changes.storePaths.added.length, 1);
          assert.match(changes.storePaths.added[0]!, /-greeter-1\.1$/);
          assert.match(changes.storePaths.removed[0]!, /-greeter-1\.0$/);
          const metadata = JSON.parse(result.outputs.metadata!) as {
            layers: { size: number; status: string }[];
          };
          const uploaded = metadata.layers
            .filter((l) => l.status === 'pushed')
            .reduce((n, l) => n + l.size, 0);
          assert.ok(changes.bytes.uploaded > 0);
          assert.equal(changes.bytes.uploaded, uploaded);
          assert.ok(changes.bytes.reused > 0, 'unchanged layers are reused');
          assert.match(result.summary, /`greeter` 1\.0 → 1\.1/);
          assert.match(result.summary, /xychart-beta/);
          assert.ok(Buffer.byteLength(result.summary) < 64 * 1024, 'the summary stays small');
        }
      }
    } finally {
      await client.close();
    }
  } finally {
    await github.close();
  }
});

test('without an OIDC token one line says so; a multi-platform index gets an SBOM of its platforms', async () => {
  const image = `${e2e.registry.host}/supply/multi`;
  const runnerTemp = await mkdtemp(join(e2e.scratch, 'runner-temp-'));
  const amd64 = await runAction(
    { packages: 'greeter', 'pkg-source': testPkgSource, image, tags: 'amd64' },
    { env: { RUNNER_TEMP: runnerTemp } },
  );
  assert.equal(amd64.code, 0, amd64.stdout + amd64.stderr);
  const notSigned = amd64.stdout.split('\n').filter((l) => l.includes('provenance not signed'));
  assert.equal(notSigned.length, 1, amd64.stdout);
  assert.match(notSigned[0]!, /id-token: write/);
  assert.equal(amd64.outputs['provenance-digest'], '');
  assert.ok(amd64.outputs['sbom-digest']);

  // A second platform's image, pushed as another matrix job would, with its own SBOM (this
  // machine cannot build aarch64 packages: random layers, an arm64 config, a small closure).
  const client = new RegistryClient({
    image: { registry: e2e.registry.host, repository: 'supply/multi' },
    log: memoryLogger(),
    maskSecret: () => {},
  });
  try {
    const other = await randomImage(await mkdtemp(join(e2e.scratch, 'arm-')), 1);
    const config = JSON.parse(other.config.open().read().toString()) as Record<string, unknown>;
    const armConfig = bufferBlob(
      Buffer.from(JSON.stringify({ ...config, architecture: 'arm64' })),
      other.config.mediaType,
    );
    const manifest = manifestFor(armConfig, other.layers);
    await pushImage(client, { layers: other.layers, config: armConfig, manifest }, ['arm64']);
    const armPath = `/nix/store/${'a'.repeat(32)}-greeter-1.0`;
    const armSbom = buildSbom({
      closure: {
        roots: [armPath],
        paths: [{ path: armPath, references: [], narSize: 1, narHash: `sha256:${'0'.repeat(64)}` }],
      },
      packages: [{ name: 'greeter', attrPath: 'greeter', outPath: armPath, version: '1.0' }],
      pkgSource: testPkgSource,
      source: {},
      image: { name: image, digest: manifest.digest },
      system: 'aarch64-linux',
      timestamp: '1970-01-01T00:00:01Z',
      tool: { name: 'nixery-action', version: 'test' },
    });
    await attachReferrer(client, manifest, {
      artifactType: 'application/vnd.cyclonedx+json',
      mediaType: 'application/vnd.cyclonedx+json',
      bytes: Buffer.from(armSbom),
    });

    const merged = await runAction(
      {
        image,
        merge: `${image}@${amd64.outputs.digest}\n${image}@${manifest.digest}`,
        tags: 'latest',
      },
      { env: { RUNNER_TEMP: runnerTemp } },
    );
    assert.equal(merged.code, 0, merged.stdout + merged.stderr);
    const index = merged.outputs.digest!;
    const [found] = await listReferrers(client, index, 'application/vnd.cyclonedx+json');
    assert.equal(found?.digest, merged.outputs['sbom-digest']);
    const text = (await readArtifact(client, found!.digest)).toString();
    assert.equal(text, await readFile(merged.outputs['sbom-file']!, 'utf8'));
    const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
    assert.equal(errors, null, JSON.stringify(errors));
    const doc = JSON.parse(text) as {
      metadata: { component: { 'bom-ref': string } };
      components: { 'bom-ref': string; type: string }[];
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    assert.equal(doc.metadata.component['bom-ref'], `${image}@${index}`);
    const refs = doc.components.map((c) => c['bom-ref']);
    assert.ok(refs.includes(`${image}@${amd64.outputs.digest}`));
    assert.ok(refs.includes(`${image}@${manifest.digest}`));
    assert.ok(refs.includes(armPath));
    const amd64Sbom = JSON.parse(await readFile(amd64.outputs['sbom-file']!, 'utf8')) as Sbom;
    for (const c of amd64Sbom.components) {
      const path = c.properties.find((p) => p.name === 'nix:output_path')!.value;
      assert.ok(refs.includes(path), path);
    }
    assert.deepEqual(
      doc.dependencies.find((d) => d.ref === `${image}@${index}`)?.dependsOn,
      [`${image}@${amd64.outputs.digest}`, `${image}@${manifest.digest}`].sort(),
    );
  } finally {
    await client.close();
  }
});
