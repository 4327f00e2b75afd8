import { createHash } from 'node:crypto';
import type { Example } from '#domain/example.js';

/** What an example says, without where it came from or when it was published: what a diff compares. */
export function contentOf(example: Example): Omit<Example, 'source' | 'firstPublished' | 'lastChanged'> {
  const { source: _source, firstPublished: _first, lastChanged: _last, ...content } = example;
  return content;
}

/** A short hash of an example's content (key order as the schema gives it). */
export const contentHash = (example: Example): string => createHash('sha1').update(JSON.stringify(contentOf(example))).digest('base64url').slice(0, 16);

const MASK = (1n << 64n) - 1n;

/**
 * The data version of a set from its (id, content hash) pairs, in any order: the sum of their 64-bit digests, so the
 * same content gives the same version however it was read, without holding the set in memory.
 */
export class VersionHash {
  private sum = 0n;
  private count = 0;
  add(id: string, hash: string): void {
    this.sum = (this.sum + createHash('sha256').update(id).update('\0').update(hash).digest().readBigUInt64BE(0)) & MASK;
    this.count++;
  }
  digest(): string {
    return createHash('sha256').update(`${this.count}:${this.sum.toString(16)}`).digest('hex').slice(0, 12);
  }
}
