import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import { Agent, buildConnector, type Connector } from './undici.ts';
import { NixeryError, errorCode } from '../core/errors.ts';

export interface ConnectionOptions {
  /** Connections kept per origin. */
  connections: number;
  /** Extra PEM certificate authorities, added to the system's. */
  caFile?: string;
  /** Accept any certificate. */
  insecure: boolean;
  /** The no-progress timeout (see deadline.ts). */
  timeoutMs: number;
}

/** Where distributions keep the system CA bundle (Debian/Ubuntu, Fedora/RHEL, Alpine/openSUSE). */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/ssl/cert.pem',
];

/** Node's TLS codes that mean "the certificate could not be trusted", not "the network broke". */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/** The connection pool for one registry, trusting the CAs the options name. */
export function createAgent(opts: ConnectionOptions): Agent {
  return new Agent({
    connections: opts.connections,
    keepAliveTimeout: 30_000,
    connect: connector(opts),
    // Waiting for headers is timed per request by deadline.ts, which sees upload progress;
    // undici times each gap between response body chunks.
    headersTimeout: 0,
    bodyTimeout: opts.timeoutMs,
  });
}

/**
 * Opens the sockets. Only TLS needs the trusted certificates, and reading the system's store
 * was the costliest step of a plain-http push's start (about 27 ms of CPU and 5 MB of memory):
 * without a CA file it is read on the first https connection (a redirect of a plain-http
 * registry to a storage host may be one). A CA file is read now, so a bad one fails at once.
 */
function connector(opts: ConnectionOptions): Connector {
  const timeout = opts.timeoutMs;
  if (opts.insecure) return buildConnector({ timeout, rejectUnauthorized: false });
  if (opts.caFile) return buildConnector({ timeout, ca: trustedCertificates(opts.caFile) });
  const plain = buildConnector({ timeout });
  let secure: Connector | undefined;
  return (target, callback) => {
    if (target.protocol !== 'https:') return plain(target, callback);
    secure ??= buildConnector({ timeout, ca: trustedCertificates(undefined) });
    return secure(target, callback);
  };
}

/**
 * Node trusts its own bundled list, not the machine's. Self-hosted runners often add a company
 * CA to the system store, so that store is trusted too, plus NODE_EXTRA_CA_CERTS (which an
 * explicit `ca` list would otherwise drop) and the CA file.
 */
function trustedCertificates(caFile: string | undefined): string[] | undefined {
  const system = systemCertificates();
  if (!caFile && system.length === 0) return undefined;
  const out = [...tls.rootCertificates, ...system];
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  if (extra) out.push(readOptional(extra) ?? '');
  if (caFile) {
    const pem = readOptional(caFile);
    if (pem === undefined || !pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new NixeryError(
        `${caFile} is not a readable PEM certificate file`,
        'CA_FILE_UNREADABLE',
      );
    }
    out.push(pem);
  }
  return out.filter(Boolean);
}

function systemCertificates(): string[] {
  const getter = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  if (getter) return getter('system');
  for (const path of SYSTEM_BUNDLES) {
    const pem = readOptional(path);
    if (pem) return [pem];
  }
  return [];
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Turns a certificate failure into advice; returns undefined for any other error. */
export function describeTlsFailure(err: unknown, host: string): NixeryError | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = errorCode(e);
    if (code && CERTIFICATE_CODES.has(code)) {
      const reason = e instanceof Error ? e.message : code;
      return new NixeryError(
        `TLS connection to ${host} failed: ${reason} (${code})`,
        'REGISTRY_TLS',
      );
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
