/**
 * GitHub's attestations API: `POST /repos/{owner}/{repo}/attestations` with `{ bundle }`
 * stores a Sigstore bundle under the digests of its subjects, which is where
 * `gh attestation verify oci://<image>@<digest>` looks. Needs `permissions: attestations: write`.
 */
import { NixeryError } from '../core/errors.ts';

export interface AttestationsTarget {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string;
  /** owner/repo */
  repository: string;
  token: string;
}

const MAX_ERROR_BYTES = 2048;

/** Stores the bundle; returns the attestation id. */
export async function recordAttestation(
  target: AttestationsTarget,
  bundle: object,
): Promise<string> {
  const url = `${target.apiUrl.replace(/\/+$/, '')}/repos/${target.repository}/attestations`;
  // Node's own fetch: one request, and no need to load undici's index for it.
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'content-type': 'application/json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'nixery-action',
    },
    body: JSON.stringify({ bundle }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status !== 201 && res.status !== 200) {
    // GitHub's error bodies are JSON messages; they never echo the token, but are cut anyway.
    throw new NixeryError(
      `GitHub refused the attestation (HTTP ${res.status}): ${text.slice(0, MAX_ERROR_BYTES)}`,
      res.status === 403 || res.status === 401 ? 'ATTESTATION_DENIED' : 'ATTESTATION_FAILED',
    );
  }
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return id === undefined ? '' : String(id);
  } catch {
    return '';
  }
}
