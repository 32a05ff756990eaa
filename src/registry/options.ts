import { NixeryError, quoteValue } from '../core/errors.ts';
import type { Logger } from '../core/log.ts';
import type { Credentials } from './auth.ts';
import { parseImageName, registryBaseUrl, type ImageName } from '../oci/reference.ts';
import { defaultRetryPolicy, type RetryPolicy } from './retry.ts';

export interface RegistryClientOptions {
  image: ImageName;
  credentials?: Credentials;
  /** Where the credentials came from, named when they are refused (see resolveCredentials). */
  credentialSource?: string;
  log?: Logger;
  /** Blobs in flight at once (default 4). */
  concurrency?: number;
  /** Attempts and backoff (default 5 attempts from 500 ms); tests shorten the backoff. */
  retry?: Partial<RetryPolicy>;
  /** Repositories in the same registry to mount blobs from (`owner/name` or `host/owner/name`). */
  mountFrom?: string[];
  /** `'auto'` (default): one streamed PATCH, chunks only after the registry refuses it (416). */
  chunked?: boolean | 'auto';
  /** Bytes per chunk in chunked mode (default and maximum 4 MiB, GHCR's limit). */
  chunkSize?: number;
  /**
   * Blobs (and new layers expected to be) up to this many bytes go whole in the PUT that
   * closes their session, without a PATCH: two requests instead of three (default 1 MiB;
   * 0 never). Each one in flight is held in memory.
   */
  wholeUploadMax?: number;
  /** After pushing, HEAD every blob and every tag to confirm the registry serves them. */
  verify?: boolean;
  /** A PEM file of extra certificate authorities to trust, besides the system's. */
  caFile?: string;
  /** Accept any TLS certificate (self-signed registries). Off by default. */
  insecure?: boolean;
  /** Default: `http` for loopback registries, `https` for every other. */
  protocol?: 'http' | 'https';
  /** How often a running upload logs its progress (default 5 s). */
  progressIntervalMs?: number;
  /** Registers each token the registry issues, so that no log shows it (default: nothing). */
  maskSecret?: (secret: string) => void;
  /**
   * How long one request may go without progress (connecting, waiting for an answer, or
   * between body chunks either way) before it is dropped and retried; default 30 s.
   */
  timeoutMs?: number;
}

export interface ResolvedClientOptions {
  image: ImageName;
  credentials?: Credentials;
  credentialSource: string;
  log?: Logger;
  concurrency: number;
  retry: RetryPolicy;
  mountFrom: string[];
  chunked: boolean | 'auto';
  chunkSize: number;
  wholeUploadMax: number;
  verify: boolean;
  caFile?: string;
  insecure: boolean;
  baseUrl: string;
  progressIntervalMs: number;
  maskSecret: (secret: string) => void;
  timeoutMs: number;
}

export const MAX_CHUNK_SIZE = 4 * 2 ** 20;
/**
 * A layer of up to 1 MiB of content is most of a small image's layers and costs little
 * memory per upload in flight; above it, one streamed PATCH overlaps making and sending.
 */
export const DEFAULT_WHOLE_UPLOAD_MAX = 2 ** 20;
const MAX_WHOLE_UPLOAD = 16 * 2 ** 20;
const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 32;
const DEFAULT_PROGRESS_MS = 5000;
/**
 * A registry that never answers must fail the step within 5 minutes: with the default retry
 * policy (5 tries, backoff at most 7.5 s in all) that is 5 × 30 s + 7.5 s ≈ 2.6 minutes.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_TIMEOUT_MS = 3_600_000;

/** Every default in one place; conflicting or impossible options are refused here. */
export function resolveClientOptions(opts: RegistryClientOptions): ResolvedClientOptions {
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new NixeryError(
      `${concurrency} is not allowed: use a whole number from 1 to ${MAX_CONCURRENCY}`,
      'CONCURRENCY_INVALID',
    );
  }
  const chunkSize = opts.chunkSize ?? MAX_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    throw new NixeryError(
      `chunk size ${chunkSize} is not allowed: use 1 to ${MAX_CHUNK_SIZE}`,
      'CHUNK_SIZE_INVALID',
    );
  }
  const wholeUploadMax = opts.wholeUploadMax ?? DEFAULT_WHOLE_UPLOAD_MAX;
  if (
    !Number.isInteger(wholeUploadMax) ||
    wholeUploadMax < 0 ||
    wholeUploadMax > MAX_WHOLE_UPLOAD
  ) {
    throw new NixeryError(
      `whole upload size ${wholeUploadMax} is not allowed: use 0 to ${MAX_WHOLE_UPLOAD}`,
      'WHOLE_UPLOAD_MAX_INVALID',
    );
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new NixeryError(
      `${timeoutMs / 1000} s is not allowed: use 0.001 to ${MAX_TIMEOUT_MS / 1000} seconds`,
      'TIMEOUT_INVALID',
    );
  }
  const defaultUrl = registryBaseUrl(opts.image.registry);
  const baseUrl = opts.protocol ? defaultUrl.replace(/^https?:/, `${opts.protocol}:`) : defaultUrl;
  if (opts.caFile && baseUrl.startsWith('http:')) {
    throw new NixeryError(
      `is set, but ${opts.image.registry} is reached over plain HTTP`,
      'CA_FILE_OVER_HTTP',
    );
  }
  const credentials = opts.credentials;
  return {
    image: opts.image,
    credentials,
    credentialSource:
      opts.credentialSource ??
      (credentials ? `credentials for user ${credentials.username}` : 'anonymous'),
    log: opts.log,
    concurrency,
    retry: { ...defaultRetryPolicy, ...opts.retry },
    mountFrom: parseMountFrom(opts.mountFrom ?? [], opts.image),
    chunked: opts.chunked ?? 'auto',
    chunkSize,
    wholeUploadMax,
    verify: opts.verify ?? false,
    caFile: opts.caFile || undefined,
    insecure: opts.insecure ?? false,
    baseUrl,
    progressIntervalMs: opts.progressIntervalMs ?? DEFAULT_PROGRESS_MS,
    maskSecret: opts.maskSecret ?? (() => {}),
    timeoutMs,
  };
}

/**
 * Mount sources are repositories of the same registry: `owner/name`, or the full
 * `host/owner/name` as users copy it from an image name. The target itself is dropped.
 */
export function parseMountFrom(values: string[], image: ImageName): string[] {
  const out: string[] = [];
  for (const raw of values.map((v) => v.trim()).filter(Boolean)) {
    const first = raw.split('/')[0] ?? '';
    const ownHost = first === image.registry;
    if (!ownHost && raw.includes('/') && /[.:]|^localhost$/.test(first)) {
      throw new NixeryError(
        `${quoteValue(raw)} is in another registry: blobs mount only within ${image.registry}`,
        'MOUNT_FROM_OTHER_REGISTRY',
      );
    }
    const parsed = mountSource(ownHost ? raw : `${image.registry}/${raw}`);
    if (parsed.repository !== image.repository && !out.includes(parsed.repository)) {
      out.push(parsed.repository);
    }
  }
  return out;
}

function mountSource(name: string): ImageName {
  try {
    return parseImageName(name);
  } catch (err) {
    const detail = (err as { detail?: unknown }).detail;
    throw new NixeryError(typeof detail === 'string' ? detail : String(err), 'MOUNT_FROM_INVALID');
  }
}
