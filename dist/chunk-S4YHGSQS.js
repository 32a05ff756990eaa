import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);
import {
  startProcess
} from "./chunk-6ZP6JIIH.js";
import {
  NixeryError,
  errorCode
} from "./chunk-FF3L7VQ6.js";
import {
  DigestTap
} from "./chunk-AO6NH4XT.js";

// src/output/uncompressed.ts
import { Duplex, PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
function layerCompression(mediaType) {
  if (/[+.]gzip$/.test(mediaType)) return "gzip";
  if (/\+zstd$/.test(mediaType)) return "zstd";
  if (/[.]tar$/.test(mediaType)) return "none";
  throw new NixeryError(`unknown layer media type ${mediaType}`, "UNKNOWN_MEDIA_TYPE");
}
function decompressor(mediaType) {
  const compression = layerCompression(mediaType);
  if (compression === "gzip") return zlib.createGunzip({ chunkSize: 1 << 16 });
  if (compression === "none") return new PassThrough();
  const zstd = zlib.createZstdDecompress;
  return zstd === void 0 ? zstdCommand() : zstd();
}
function zstdCommand() {
  const { child, done } = startProcess("zstd", ["--decompress", "--stdout", "--quiet"], {
    env: process.env,
    stdin: "pipe",
    stdout: "pipe",
    installHint: "apt-get install -y zstd"
  });
  const duplex = Duplex.from({ writable: child.stdin, readable: child.stdout });
  done.then(
    (r) => {
      if (r.code !== 0) {
        duplex.destroy(
          new NixeryError(`zstd -d failed (${r.code}): ${r.stderr.trim()}`, "ZSTD_FAILED")
        );
      }
    },
    (err) => duplex.destroy(
      errorCode(err) === "COMMAND_NOT_FOUND" ? new NixeryError(
        `decompressing a zstd layer needs Node.js 22.15 or later, or the zstd command (apt-get install -y zstd); this is Node.js ${process.version}`,
        "ZSTD_UNAVAILABLE"
      ) : err
    )
  );
  return duplex;
}
function openUncompressed(layer) {
  const out = decompressor(layer.mediaType);
  const source = layer.open();
  source.on("error", (err) => out.destroy(err));
  return source.pipe(out);
}
async function uncompressedSize(layer) {
  if (layerCompression(layer.mediaType) === "none") return layer.size;
  if (typeof layer.uncompressedSize === "number") return layer.uncompressedSize;
  const tap = new DigestTap();
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  await pipeline(layer.open(), decompressor(layer.mediaType), tap, discard);
  if (tap.digest !== layer.diffId) {
    throw new NixeryError(
      `layer ${layer.digest} decompresses to ${tap.digest}, not its diffId ${layer.diffId}`,
      "LAYER_DIFFID_MISMATCH"
    );
  }
  return tap.size;
}

export {
  decompressor,
  openUncompressed,
  uncompressedSize
};
