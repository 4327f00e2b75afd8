import type { Meilisearch } from 'meilisearch';
import type { DiffCounts, IndexDocument } from '../engine/documents.js';
import { datesOf } from './build-index.js';
import { VersionHash } from './content-hash.js';
import { engineCall } from './engine-admin.js';

// What a build changes against the live base, read a page at a time from both indexes (memory stays flat however
// large the base): every example added, removed, changed or unchanged, and the build's data version.

export type DiffKind = keyof DiffCounts;

export interface DiffEntry {
  kind: DiffKind;
  id: string;
  title: string;
}

export interface DiffResult {
  counts: DiffCounts;
  /** The build's data version (its content, whatever the order it was read in). */
  dataVersion: string;
  documents: number;
}

const PAGE = 1_000;
type Brief = Pick<IndexDocument, 'id' | 'title' | 'contentHash'>;

/** Every document of an index, a page at a time, with the fields asked. */
export async function* pages(client: Meilisearch, uid: string, fields: (keyof Brief)[]): AsyncGenerator<Brief[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await engineCall(client.index<Brief>(uid).getDocuments({ offset, limit: PAGE, fields }));
    if (page.results.length) yield page.results;
    if (page.results.length < PAGE) return;
  }
}

/** What a document is to the live base: new, the same content, or changed (`old`: the live one of its id, if any). */
export const kindOf = (old: Pick<IndexDocument, 'contentHash'> | undefined, doc: Pick<IndexDocument, 'contentHash'>): DiffKind =>
  !old ? 'added' : old.contentHash === doc.contentHash ? 'unchanged' : 'changed';

/** Compares `build` with `live` (absent: nothing published yet); `onEntry` sees each example once, added and changed first. */
export async function diffIndexes(client: Meilisearch, live: string | undefined, build: string, onEntry?: (entry: DiffEntry) => void | Promise<void>): Promise<DiffResult> {
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const version = new VersionHash();
  let documents = 0;
  for await (const page of pages(client, build, ['id', 'title', 'contentHash'])) {
    const before = live ? await datesOf(client, live, page.map((d) => d.id)) : new Map();
    for (const doc of page) {
      documents++;
      version.add(doc.id, doc.contentHash);
      const kind = kindOf(before.get(doc.id), doc);
      counts[kind]++;
      await onEntry?.({ kind, id: doc.id, title: doc.title });
    }
  }
  if (live) {
    for await (const page of pages(client, live, ['id', 'title'])) {
      const still = await datesOf(client, build, page.map((d) => d.id));
      for (const doc of page) {
        if (still.has(doc.id)) continue;
        counts.removed++;
        await onEntry?.({ kind: 'removed', id: doc.id, title: doc.title });
      }
    }
  }
  return { counts, dataVersion: version.digest(), documents };
}
