import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { memoryLogger } from '../../helpers/logger.ts';
import { RegistryClient } from '../../../src/registry/client.ts';
import type { Blob } from '../../../src/oci/blob.ts';

// Servers that accept any upload, for what the client sends where and what it logs. The real
// protocol is tested against docker-registry in test/integration/registry.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface Seen {
  host: string;
  line: string;
  authorization?: string;
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function listen(name: string, seen: Seen[], handle: () => Handler) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({
        host: name,
        line: `${req.method} ${req.url}`,
        authorization: req.headers.authorization,
      });
      handle()(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('uploads', () => {
  let seen: Seen[];
  let registry: { server: Server; origin: string };
  let storage: { server: Server; origin: string };
  let onPost: Handler;
  const accept: Handler = (req, res) => {
    if (req.method === 'HEAD') return res.writeHead(404).end();
    if (req.method === 'POST') return onPost(req, res);
    if (req.method === 'PATCH') return res.writeHead(202, { location: '/upload/next?x=1' }).end();
    res.writeHead(201).end();
  };
  before(async () => {
    seen = [];
    // The registry wants Basic credentials; the storage host trusts its signed URL instead.
    registry = await listen('registry', seen, () => (req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('u:p').toString('base64')}`) {
        return res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      }
      accept(req, res);
    });
    storage = await listen('storage', seen, () => accept);
  });
  after(async () => {
    for (const { server } of [registry, storage]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
  beforeEach(() => {
    seen.length = 0;
    onPost = (_req, res) => res.writeHead(202, { location: '/v2/o/n/blobs/uploads/u1' }).end();
  });
  const newClient = (extra = {}) =>
    new RegistryClient({
      image: { registry: registry.origin.replace('http://', ''), repository: 'o/n' },
      credentials: { username: 'u', password: 'p' },
      maskSecret: () => {},
      ...extra,
    });

  it('logs progress while a slow upload runs', async () => {
    const log = memoryLogger();
    // Progress is counted on a PATCH: this blob is not sent whole in the closing PUT.
    const client = newClient({ log, progressIntervalMs: 15, wholeUploadMax: 0 });
    const parts = Array.from({ length: 5 }, (_, i) => Buffer.alloc(1000, i));
    const bytes = Buffer.concat(parts);
    const blob: Blob = {
      mediaType: 'application/octet-stream',
      digest: sha256(bytes),
      size: bytes.length,
      open: () =>
        Readable.from(
          (async function* () {
            for (const part of parts) {
              await new Promise((resolve) => setTimeout(resolve, 25));
              yield part;
            }
          })(),
        ),
    };
    try {
      assert.equal(await client.uploadBlob(blob), 'uploaded');
    } finally {
      await client.close();
    }
    const progress = log.lines.filter((l) => l.startsWith(`uploading ${blob.digest}: `));
    assert.ok(progress.length >= 2, log.lines.join('\n'));
    assert.match(progress.at(-1) ?? '', /: [\d.]+ (B|KiB) of 4\.9 KiB \(\d+%\), [\d.]+ MB\/s$/);
  });

  it('sends no Authorization to another host, and reads its relative Locations against it', async () => {
    onPost = (_req, res) =>
      res.writeHead(202, { location: `${storage.origin}/upload/here?sig=abc` }).end();
    const client = newClient({ wholeUploadMax: 0 });
    const bytes = Buffer.from('to storage');
    const blob: Blob = {
      mediaType: 'application/octet-stream',
      digest: sha256(bytes),
      size: bytes.length,
      open: () => Readable.from([bytes]),
    };
    try {
      assert.equal(await client.uploadBlob(blob), 'uploaded');
    } finally {
      await client.close();
    }
    assert.ok(seen.some((s) => s.host === 'registry' && s.authorization?.startsWith('Basic ')));
    assert.deepEqual(
      seen.filter((s) => s.host === 'storage').map((s) => [s.line, s.authorization]),
      [
        ['PATCH /upload/here?sig=abc', undefined],
        [`PUT /upload/next?x=1&digest=${encodeURIComponent(blob.digest)}`, undefined],
      ],
    );
  });

  it('sends a small blob whole to another host in the closing PUT, without Authorization', async () => {
    onPost = (_req, res) =>
      res.writeHead(202, { location: `${storage.origin}/upload/here?sig=abc` }).end();
    const client = newClient();
    const bytes = Buffer.from('whole to storage');
    const blob: Blob = {
      mediaType: 'application/octet-stream',
      digest: sha256(bytes),
      size: bytes.length,
      open: () => Readable.from([bytes]),
    };
    try {
      assert.equal(await client.uploadBlob(blob), 'uploaded');
    } finally {
      await client.close();
    }
    assert.deepEqual(
      seen.filter((s) => s.host === 'storage').map((s) => [s.line, s.authorization]),
      [[`PUT /upload/here?sig=abc&digest=${encodeURIComponent(blob.digest)}`, undefined]],
    );
  });
});
