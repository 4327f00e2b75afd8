import type { Meilisearch } from 'meilisearch';
import type { DiffCounts, IndexDocument } from '../engine/documents.js';
import { VersionHash } from './content-hash.js';
import { kindOf, pages, type DiffEntry, type DiffKind, type DiffResult } from './diff-indexes.js';

type Dated = Pick<IndexDocument, 'id' | 'contentHash'>;
const KINDS: DiffKind[] = ['added', 'changed', 'unchanged'];

/**
 * What a build changes against the live base, counted from the documents as they are sent (the live counterpart of
 * each batch is read for its dates anyway), so nothing is read back from the build once the engine has indexed it
 * (6 s of a 100k import; decision 50). The engine keeps the last document sent per id, and so does the tally: a
 * document sent again takes its earlier one's share out of the counts and the data version. Per id: its slot (the
 * id itself is the key), the kind and the version share in typed arrays.
 */
export class DiffTally {
  private readonly slots = new Map<string, number>();
  private readonly version = new VersionHash();
  private readonly counts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  private kinds = new Uint8Array(1024);
  private shares = new BigUint64Array(1024);

  constructor(private readonly onEntry?: (entry: DiffEntry) => void | Promise<void>) {}

  /** One batch as sent, with the live documents of its ids. */
  async add(docs: readonly IndexDocument[], live: ReadonlyMap<string, Dated>): Promise<void> {
    for (const doc of docs) {
      const kind = kindOf(live.get(doc.id), doc);
      let slot = this.slots.get(doc.id);
      if (slot === undefined) {
        slot = this.slots.size;
        this.slots.set(doc.id, slot);
        this.grow(slot + 1);
      } else {
        this.counts[KINDS[this.kinds[slot]!]!]--;
        this.version.remove(this.shares[slot]!);
      }
      this.kinds[slot] = KINDS.indexOf(kind);
      this.shares[slot] = this.version.add(doc.id, doc.contentHash);
      this.counts[kind]++;
      // Seen again when sent again: the last one counts (the workspace's diff index keeps one entry per id).
      await this.onEntry?.({ kind, id: doc.id, title: doc.title });
    }
  }

  /** The live examples the build does not hold, read a page at a time from the live index (it may run while the engine indexes the build). */
  async removedFrom(client: Meilisearch, live: string): Promise<void> {
    for await (const page of pages(client, live, ['id', 'title'])) {
      for (const doc of page) {
        if (this.slots.has(doc.id)) continue;
        this.counts.removed++;
        await this.onEntry?.({ kind: 'removed', id: doc.id, title: doc.title });
      }
    }
  }

  result(): DiffResult {
    return { counts: { ...this.counts }, dataVersion: this.version.digest(), documents: this.slots.size };
  }

  private grow(size: number): void {
    if (size <= this.kinds.length) return;
    const kinds = new Uint8Array(this.kinds.length * 2);
    const shares = new BigUint64Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    shares.set(this.shares);
    [this.kinds, this.shares] = [kinds, shares];
  }
}
