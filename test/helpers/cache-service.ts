/**
 * A local stand-in for GitHub's Actions cache service (v2, Twirp over JSON), the one part of
 * the cache path that cannot run here. It is hand-written for that reason only, and kept to
 * the protocol that @actions/cache 6 speaks (lib/generated/results/api/v1/cache.js,
 * lib/internal/shared/cacheTwirpClient.js). The bytes go to the real Azurite blob emulator
 * through signed URLs, exactly as they go to Azure Storage on GitHub.
 */
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Azurite } from './azurite.ts';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blobName: string;
  sizeBytes?: number;
  finalized: boolean;
}

export interface CacheService {
  /** Base URL, with the trailing slash the client expects. */
  url: string;
  /** What a runner hands a job so that @actions/cache finds this service. */
  env: Record<string, string>;
  entries(): CacheEntry[];
  /** Twirp methods called so far, in order. */
  calls(): string[];
  stop(): Promise<void>;
}

export interface CacheServiceOptions {
  /** Answer every call with this HTTP status (e.g. 500) to exercise the client's error paths. */
  failStatus?: number;
}

const servicePath = '/twirp/github.actions.results.api.v1.CacheService/';
const maxKeyLength = 512;
const maxEntryBytes = 10 * 1024 ** 3;
const container = 'actions-cache';

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCacheService(
  azurite: Azurite,
  options: CacheServiceOptions = {},
): Promise<CacheService> {
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const blobs = new BlobServiceClient(azurite.blobUrl, credential).getContainerClient(container);
  await blobs.createIfNotExists();
  // The client does not parse the runtime token; it only sends it as a bearer token.
  const token = randomBytes(16).toString('hex');
  const entries: CacheEntry[] = [];
  const calls: string[] = [];

  function signedUrl(blobName: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        protocol: SASProtocol.HttpsAndHttp,
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      credential,
    );
    return `${blobs.getBlobClient(blobName).url}?${sas.toString()}`;
  }

  function findEntry(key: string, version: string, finalized: boolean): CacheEntry | undefined {
    return entries.find((e) => e.key === key && e.version === version && e.finalized === finalized);
  }

  function checkKey(key: unknown, field = 'key'): string {
    if (typeof key !== 'string' || key === '' || key.length > maxKeyLength || key.includes(',')) {
      throw new TwirpError(
        400,
        'invalid_argument',
        `${field} must be 1 to 512 characters, no commas`,
      );
    }
    return key;
  }

  function checkVersion(version: unknown): string {
    if (typeof version !== 'string' || !/^[0-9a-f]{64}$/.test(version)) {
      throw new TwirpError(400, 'invalid_argument', 'version must be a sha256 hex digest');
    }
    return version;
  }

  const methods: Record<string, (body: Record<string, unknown>) => Promise<object>> = {
    async CreateCacheEntry(body) {
      const key = checkKey(body.key);
      const version = checkVersion(body.version);
      if (findEntry(key, version, true) || findEntry(key, version, false)) {
        // What GitHub answers when the key exists; the client reports a ReserveCacheError.
        throw new TwirpError(
          409,
          'already_exists',
          'cache entry with the same key and version already exists',
        );
      }
      const id = entries.length + 1;
      const blobName = `${id}-${randomBytes(6).toString('hex')}`;
      entries.push({ id, key, version, blobName, finalized: false });
      return { ok: true, signed_upload_url: signedUrl(blobName, 'cw') };
    },

    async FinalizeCacheEntryUpload(body) {
      const key = checkKey(body.key);
      const version = checkVersion(body.version);
      // int64 fields travel as JSON strings.
      const sizeBytes = Number(body.size_bytes);
      const entry = findEntry(key, version, false);
      if (!entry) throw new TwirpError(404, 'not_found', `no pending cache entry for ${key}`);
      if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0 || sizeBytes > maxEntryBytes) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size_bytes ${body.size_bytes} is out of range`,
        );
      }
      const uploaded = await blobs.getBlobClient(entry.blobName).getProperties();
      if (uploaded.contentLength !== sizeBytes) {
        return {
          ok: false,
          message: `uploaded ${uploaded.contentLength} bytes, expected ${sizeBytes}`,
        };
      }
      entry.finalized = true;
      entry.sizeBytes = sizeBytes;
      return { ok: true, entry_id: String(entry.id) };
    },

    async GetCacheEntryDownloadURL(body) {
      const key = checkKey(body.key);
      const version = checkVersion(body.version);
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys : [];
      const candidates = [key, ...restoreKeys.map((k) => checkKey(k, 'restore_keys'))];
      const usable = entries.filter((e) => e.finalized && e.version === version);
      // GitHub's order: each key exactly, then as a prefix, newest entry first.
      for (const candidate of candidates) {
        const match =
          usable.find((e) => e.key === candidate) ??
          usable.filter((e) => e.key.startsWith(candidate)).sort((a, b) => b.id - a.id)[0];
        if (match) {
          return {
            ok: true,
            signed_download_url: signedUrl(match.blobName, 'r'),
            matched_key: match.key,
          };
        }
      }
      return { ok: false };
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const method = req.url?.startsWith(servicePath) ? req.url.slice(servicePath.length) : '';
    calls.push(method || `${req.method} ${req.url}`);
    try {
      const run = methods[method];
      if (req.method !== 'POST' || !run)
        throw new TwirpError(404, 'bad_route', `no such method: ${req.url}`);
      if (req.headers.authorization !== `Bearer ${token}`) {
        throw new TwirpError(401, 'unauthenticated', 'missing or wrong runtime token');
      }
      if (options.failStatus) {
        throw new TwirpError(options.failStatus, 'internal', 'the cache service failed (injected)');
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      reply(200, await run(body));
    } catch (err) {
      if (err instanceof TwirpError) reply(err.status, { code: err.code, msg: err.message });
      else reply(500, { code: 'internal', msg: err instanceof Error ? err.message : String(err) });
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    env: {
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      // github.com, so that the client does not fall back to the GHES (v1) protocol.
      GITHUB_SERVER_URL: 'https://github.com',
    },
    entries: () => entries.map((e) => ({ ...e })),
    calls: () => [...calls],
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
