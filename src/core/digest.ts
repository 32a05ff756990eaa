import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** The hex SHA-256 of bytes or of a string's UTF-8. */
export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `sha256:<hex>` of a buffer, the digest form the registry and image JSON use. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${sha256Hex(bytes)}`;
}

/**
 * A pass-through stream that hashes and counts the bytes flowing through it. `digest` and
 * `size` are readable only once the stream has ended; asking earlier throws instead of
 * returning a digest of a partial stream.
 */
export class DigestTap extends Transform {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private result: string | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.result = `sha256:${this.hash.digest('hex')}`;
    done();
  }

  get digest(): string {
    if (this.result === undefined) throw new Error('digest not computed: the stream has not ended');
    return this.result;
  }

  get size(): number {
    if (this.result === undefined) throw new Error('size not computed: the stream has not ended');
    return this.bytes;
  }
}
