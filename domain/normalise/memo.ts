import { owned } from './text.js';

/** How many readings a memo keeps in its young generation (it holds at most twice as many). */
export const MEMO_LIMIT = 5_000;

/** Stands for a reading that is `undefined`, so one `get` tells a miss from a kept undefined. */
const NOTHING = Symbol('nothing');

/**
 * A bounded memo of a pure reading of a text (exports repeat their cells, names and dates over thousands of rows). When
 * full, its entries become the old generation instead of being wiped: what is still read comes back from there, so the
 * frequent spellings survive a turnover of rare ones (a cheap near-LRU); no input can grow it without end.
 */
export class Memo<T> {
  private young = new Map<string, T | typeof NOTHING>();
  private old = new Map<string, T | typeof NOTHING>();

  constructor(private readonly read: (text: string) => T, private readonly limit = MEMO_LIMIT) {}

  get(text: string): T {
    // One lookup on a hit, two on a miss (each lookup of a cell hashes it: a parsed cell is a fresh string).
    let kept = this.young.get(text);
    if (kept === undefined) {
      kept = this.old.get(text);
      if (kept === undefined) {
        const value = this.read(text);
        kept = value === undefined ? NOTHING : value;
      }
      if (this.young.size >= this.limit) {
        this.old = this.young;
        this.young = new Map();
      }
      // The key is copied: a parsed cell is a slice of its whole chunk of the file.
      this.young.set(owned(text), kept);
    }
    return (kept === NOTHING ? undefined : kept) as T;
  }
}
