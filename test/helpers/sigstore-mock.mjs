// Preloaded into the action's process (NODE_OPTIONS=--import=<this file>) by tests that sign:
// Fulcio, Rekor and the timestamp authority cannot run here, so @sigstore/mock's handlers
// answer their real endpoints (the URLs @actions/attest uses, public-good and GitHub's) in
// process, through nock. Only these hosts are intercepted; every other request (the registry,
// the local OIDC and attestations server) goes out as usual. The keys and root certificates
// are written to NIXERY_TEST_SIGSTORE_TRUST so that the test can verify what was signed.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const FULCIO = ['https://fulcio.sigstore.dev', 'https://fulcio.githubapp.com'];
const REKOR = 'https://rekor.sigstore.dev';
const TSA = 'https://timestamp.githubapp.com';

// Worker threads (the compressors) load preloads too: only the main thread signs.
if (isMainThread) await setUp();

async function setUp() {
  const { default: nock } = await import('nock');
  const {
    fulcioHandler,
    initializeCA,
    initializeCTLog,
    initializeTLog,
    initializeTSA,
    rekorHandler,
    tsaHandler,
  } = await import('@sigstore/mock');
  const serve = (base, handler) =>
    nock(base)
      .persist()
      .post(handler.path)
      .reply(async (_uri, body) => {
        const req = typeof body === 'string' ? body : JSON.stringify(body);
        const { statusCode, response, contentType } = await handler.fn(req);
        return [statusCode, response, { 'Content-Type': contentType || 'text/plain' }];
      });

  const ctlog = await initializeCTLog(keyPair());
  // No CT log for the CA: @sigstore/mock 0.10 writes its SCT list without the per-SCT length
  // (RFC 6962 3.3), which @sigstore/verify cannot parse; certificates come without SCTs.
  const ca = await initializeCA(keyPair());
  const tlog = await initializeTLog(REKOR, keyPair());
  const tsa = await initializeTSA(keyPair());
  for (const base of FULCIO) serve(base, fulcioHandler(ca));
  const rekor = rekorHandler(tlog);
  serve(REKOR, { path: rekor.path, fn: (body) => rekor.fn(canonicalDsseEntry(body)) });
  serve(TSA, tsaHandler(tsa));

  const b64 = (buf) => Buffer.from(buf).toString('base64');
  if (process.env.NIXERY_TEST_SIGSTORE_TRUST) {
    writeFileSync(
      process.env.NIXERY_TEST_SIGSTORE_TRUST,
      JSON.stringify({
        fulcioRoot: b64(ca.rootCertificate),
        ctlogKey: b64(ctlog.publicKey),
        ctlogId: b64(ctlog.logID),
        rekorKey: b64(tlog.publicKey),
        tsaRoot: b64(tsa.rootCertificate),
        tsaIntermediate: b64(tsa.intCertificate),
      }),
    );
  }
}

/**
 * Rekor stores a proposed dsse entry in its canonical form (signatures with their verifier,
 * envelope and payload hashes), and that is what verifiers compare with the bundle; the mock
 * logs the proposal as sent, so the preload canonicalises it first, as Rekor does.
 */
function canonicalDsseEntry(body) {
  const proposed = JSON.parse(body);
  if (proposed.kind !== 'dsse' || !proposed.spec?.proposedContent) return body;
  const { envelope, verifiers } = proposed.spec.proposedContent;
  const parsed = JSON.parse(envelope);
  const sha256 = (data) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(parsed.payload, 'base64')) },
      signatures: parsed.signatures.map((s) => ({ signature: s.sig, verifier: verifiers[0] })),
    },
  });
}
