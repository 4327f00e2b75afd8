import { createHash } from 'node:crypto';
import type { Example } from '#domain/example.js';

/** What an example says, without where it came from or when it was published: what a diff compares. */
export function contentOf(example: Example): Omit<Example, 'source' | 'firstPublished' | 'lastChanged'> {
  const { source: _source, firstPublished: _first, lastChanged: _last, ...content } = example;
  return content;
}

/** JSON with every object's keys sorted, so the same content gives the same text whatever order its keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short hash of an example's content, the same for a document built here or read back from the engine (key order aside). */
export const contentHash = (example: Example): string => createHash('sha1').update(canonical(contentOf(example))).digest('base64url').slice(0, 16);

const MASK = (1n << 64n) - 1n;

/**
 * The data version of a set from its (id, content hash) pairs, in any order: the sum of their 64-bit digests, so the
 * same content gives the same version however it was read, without holding the set in memory.
 */
export class VersionHash {
  private sum = 0n;
  private count = 0;
  /** Adds a pair; gives its share, which `remove` takes out again (a document replaced by a later one of its id). */
  add(id: string, hash: string): bigint {
    const share = createHash('sha256').update(id).update('\0').update(hash).digest().readBigUInt64BE(0);
    this.sum = (this.sum + share) & MASK;
    this.count++;
    return share;
  }
  remove(share: bigint): void {
    this.sum = (this.sum - share) & MASK;
    this.count--;
  }
  digest(): string {
    return createHash('sha256').update(`${this.count}:${this.sum.toString(16)}`).digest('hex').slice(0, 12);
  }
}
