import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/core/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function sha256Digest(bytes) {
  return `sha256:${sha256Hex(bytes)}`;
}
var DigestTap = class extends Transform {
  hash = createHash("sha256");
  bytes = 0;
  result;
  _transform(chunk, _encoding, done) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  _flush(done) {
    this.result = `sha256:${this.hash.digest("hex")}`;
    done();
  }
  get digest() {
    if (this.result === void 0) throw new Error("digest not computed: the stream has not ended");
    return this.result;
  }
  get size() {
    if (this.result === void 0) throw new Error("size not computed: the stream has not ended");
    return this.bytes;
  }
};

export {
  sha256Hex,
  sha256Digest,
  DigestTap
};
