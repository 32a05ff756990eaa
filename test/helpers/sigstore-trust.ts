import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { bundleFromJSON } from '@sigstore/bundle';
import { HashAlgorithm, PublicKeyDetails } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';

export const MOCK_PRELOAD = new URL('./sigstore-mock.mjs', import.meta.url).pathname;

/** What test/helpers/sigstore-mock.mjs wrote: the mock services' roots and keys, base64. */
interface MockTrust {
  fulcioRoot: string;
  ctlogKey: string;
  ctlogId: string;
  rekorKey: string;
  tsaRoot: string;
  tsaIntermediate: string;
}

/**
 * Verifies a Sigstore bundle against the mock services' trust root with @sigstore/verify (as
 * `gh attestation verify` does against the real ones), and returns the in-toto statement.
 */
export async function verifyBundle(
  trustFile: string,
  bundleJson: unknown,
  policy: { subjectAlternativeName?: string; extensions?: { issuer?: string } } = {},
): Promise<{ statement: Record<string, unknown>; payloadType: string }> {
  const t = JSON.parse(await readFile(trustFile, 'utf8')) as MockTrust;
  const buf = (s: string) => Buffer.from(s, 'base64');
  const since = { start: new Date(0) };
  const material = toTrustMaterial({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject: { commonName: 'sigstore', organization: 'sigstore.mock' },
        uri: 'https://fulcio.sigstore.dev',
        certChain: { certificates: [{ rawBytes: buf(t.fulcioRoot) }] },
        validFor: since,
        operator: 'sigstore.mock',
      },
    ],
    tlogs: [
      {
        baseUrl: 'https://rekor.sigstore.dev',
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: buf(t.rekorKey),
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor: since,
        },
        logId: { keyId: createHash('sha256').update(buf(t.rekorKey)).digest() },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.dev',
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: buf(t.ctlogKey),
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor: since,
        },
        logId: { keyId: buf(t.ctlogId) },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
    ],
    timestampAuthorities: [
      {
        subject: { commonName: 'sigstore-tsa', organization: 'sigstore.mock' },
        uri: 'https://timestamp.githubapp.com',
        certChain: {
          certificates: [{ rawBytes: buf(t.tsaIntermediate) }, { rawBytes: buf(t.tsaRoot) }],
        },
        validFor: since,
        operator: 'sigstore.mock',
      },
    ],
  });
  const bundle = bundleFromJSON(bundleJson);
  const hasTlog = bundle.verificationMaterial.tlogEntries.length > 0;
  const verifier = new Verifier(material, {
    tlogThreshold: hasTlog ? 1 : 0,
    // The mock CA issues without SCTs (see sigstore-mock.mjs); the certificate chain, the
    // signature and the Rekor entry or RFC 3161 timestamp are all verified.
    ctlogThreshold: 0,
    tsaThreshold: hasTlog ? 0 : 1,
  });
  verifier.verify(toSignedEntity(bundle), policy);
  if (bundle.content.$case !== 'dsseEnvelope') throw new Error('not a DSSE bundle');
  const envelope = bundle.content.dsseEnvelope;
  return {
    statement: JSON.parse(envelope.payload.toString('utf8')) as Record<string, unknown>,
    payloadType: envelope.payloadType,
  };
}
