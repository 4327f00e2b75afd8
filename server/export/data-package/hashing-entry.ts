import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

/** A zip entry's input that measures what passes through it (bytes, SHA-256) for the descriptor, without keeping it. */
export function hashingEntry(): { stream: Transform; digest(): { bytes: number; sha256: string } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(buffer);
      bytes += buffer.length;
      done(null, buffer);
    },
  });
  let sha256: string | undefined;
  return { stream, digest: () => ({ bytes, sha256: (sha256 ??= hash.digest('hex')) }) };
}
