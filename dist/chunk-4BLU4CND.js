import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  decompressor
} from "./chunk-S4YHGSQS.js";
import {
  NixeryError
} from "./chunk-FF3L7VQ6.js";
import {
  DigestTap
} from "./chunk-AO6NH4XT.js";

// src/registry/verify.ts
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
async function verifyPush(client, blobs, tags, digest, log) {
  const problems = [];
  await Promise.all(
    blobs.map(async (blob) => {
      if (!await client.blobExists(blob.digest)) problems.push(`blob ${blob.digest} is missing`);
    })
  );
  for (const reference of [digest, ...tags]) {
    const found = await client.manifestDigest(reference);
    if (found !== digest) problems.push(`${reference} points to ${found ?? "nothing"}`);
  }
  if (problems.length) {
    throw new NixeryError(
      `Verification of ${client.image.registry}/${client.image.repository} failed: ` + problems.join("; "),
      "PUSH_VERIFY_FAILED"
    );
  }
  log?.info(`verified ${blobs.length} blobs and ${tags.length + 1} manifest references`);
}
var discard = () => new Writable({ write: (_chunk, _enc, done) => done() });
var ByteLimit = class extends Transform {
  constructor(limit, what) {
    super();
    this.limit = limit;
    this.what = what;
  }
  limit;
  what;
  seen = 0;
  _transform(chunk, _enc, done) {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new Error(`${this.what} is larger than ${this.limit} bytes`));
    else done(null, chunk);
  }
};
async function proveCachedLayer(client, record, storePathsTar) {
  const local = new DigestTap();
  await pipeline(storePathsTar(), local, discard());
  if (local.digest !== record.diffId) {
    return `its store paths make the tar ${local.digest}, but the record says ${record.diffId}`;
  }
  const blob = new DigestTap();
  const tar = new DigestTap();
  try {
    await pipeline(
      await client.openBlob(record.digest),
      new ByteLimit(record.size, `blob ${record.digest}`),
      blob,
      decompressor(record.mediaType),
      // The real tar is known to be this long: never decompress more than that.
      new ByteLimit(local.size, `the tar in blob ${record.digest}`),
      tar,
      discard()
    );
  } catch (err) {
    return `blob ${record.digest} could not be read and decompressed: ${err.message}`;
  }
  if (blob.digest !== record.digest) {
    return `the registry served ${blob.digest} for blob ${record.digest}`;
  }
  if (tar.digest !== record.diffId) {
    return `blob ${record.digest} decompresses to ${tar.digest}, not ${record.diffId}`;
  }
  return void 0;
}

export {
  verifyPush,
  proveCachedLayer
};
