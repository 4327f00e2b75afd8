import type { Example } from '#domain/example.js';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { fromIndexDocument, type IndexDocument } from '../../engine/documents.js';
import type { DiffEntry, DiffKind } from '../../publish/diff-indexes.js';
import { anyOf } from '../../search/filter.js';
import { diffIndexName } from '../store/admin-indexes.js';
import { quoted } from '../store/doc-store.js';
import { isNotFound, waitForTask, type EnqueuedTask } from '../store/tasks.js';
import type { DiffItem, DiffPage } from '#domain/admin-types.js';
import { fieldChanges } from './field-diff.js';

// The examples a stage adds, removes, changes or keeps, one document each in `<stage>-diff` (id, kind, title): counted,
// searchable by title and paged by the engine, so a 100k diff never sits in memory. The fields before → after are read
// from the two indexes when a page is shown.

const BATCH = 5_000;
export const DIFF_KINDS: DiffKind[] = ['added', 'removed', 'changed', 'unchanged'];

/** Collects diff entries into the stage's diff index, a batch at a time. */
export async function diffWriter(engine: EngineClient, stageUid: string): Promise<{ add(entry: DiffEntry): Promise<void>; finish(): Promise<void> }> {
  const uid = diffIndexName(stageUid);
  // Enqueued, not waited for one by one: the engine runs them in order, and finish() waits for them all.
  const tasks: EnqueuedTask[] = [
    await engine.request<EnqueuedTask>('POST', '/indexes', { uid, primaryKey: 'id' }),
    await engine.request<EnqueuedTask>('PATCH', `/indexes/${uid}/settings`, { searchableAttributes: ['title'], filterableAttributes: ['kind', 'id'], sortableAttributes: ['title', 'id'], displayedAttributes: ['id', 'kind', 'title'], pagination: { maxTotalHits: 10_000_000 } }),
  ];
  let batch: DiffEntry[] = [];
  const flush = async () => {
    if (batch.length) tasks.push(await engine.request<EnqueuedTask>('POST', `/indexes/${uid}/documents`, batch));
    batch = [];
  };
  return {
    async add(entry) {
      batch.push(entry);
      if (batch.length >= BATCH) await flush();
    },
    async finish() {
      await flush();
      for (const task of tasks) await waitForTask(engine, task, 30 * 60_000);
    },
  };
}

/** The examples of these ids in an index, by id (none when the index is gone). */
async function documentsOf(engine: EngineClient, uid: string | undefined, ids: string[]): Promise<Map<string, Example>> {
  if (!uid || ids.length === 0) return new Map();
  try {
    const page = await engine.request<{ results: IndexDocument[] }>('POST', `/indexes/${uid}/documents/fetch`, { filter: anyOf('id', ids), limit: ids.length * 2 });
    const wanted = new Set(ids);
    return new Map(page.results.filter((d) => wanted.has(d.id)).map((d) => [d.id, fromIndexDocument(d)]));
  } catch (error) {
    if (isNotFound(error)) return new Map();
    throw error;
  }
}

export type { DiffItem, DiffPage };

export interface DiffSource {
  stageUid: string;
  /** Where the examples were before (the live base, or its kept copy once published). */
  beforeUid?: string;
  /** Where they are after (the stage, or the live base once published). */
  afterUid?: string;
}

async function withExamples(engine: EngineClient, source: DiffSource, entries: DiffEntry[]): Promise<DiffItem[]> {
  const ids = entries.map((e) => e.id);
  const [before, after] = await Promise.all([documentsOf(engine, source.beforeUid, ids), documentsOf(engine, source.afterUid, ids)]);
  return entries.map((entry) => {
    const [b, a] = [before.get(entry.id), after.get(entry.id)];
    const item: DiffItem = { kind: entry.kind, id: entry.id, title: entry.title };
    if (entry.kind !== 'added' && b) item.before = b;
    if (entry.kind !== 'removed' && a) item.after = a;
    if (entry.kind === 'changed' && a && b) item.changes = fieldChanges(b, a);
    return item;
  });
}

/** One page of a diff: entries of a kind (or all), matching words of their title, with their examples. */
export async function diffPage(engine: EngineClient, source: DiffSource, query: { kind?: DiffKind; q?: string; page: number; hitsPerPage: number }): Promise<DiffPage> {
  const body = await engine.request<{ hits: DiffEntry[]; totalHits: number; totalPages: number }>('POST', `/indexes/${diffIndexName(source.stageUid)}/search`, {
    q: query.q ?? '',
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    ...(query.kind ? { filter: `kind = ${quoted(query.kind)}` } : {}),
    ...(query.q ? {} : { sort: ['title:asc', 'id:asc'] }),
  });
  return { items: await withExamples(engine, source, body.hits), totalHits: body.totalHits, page: query.page, hitsPerPage: query.hitsPerPage, totalPages: body.totalPages };
}

/** Every entry (of a kind), a page of 500 at a time with its examples: for the CSV download, memory flat (in the index's own order: the engine 1.21 ignores `offset` in a sorted documents fetch). */
export async function* allDiffItems(engine: EngineClient, source: DiffSource, kind?: DiffKind): AsyncGenerator<DiffItem[]> {
  const uid = diffIndexName(source.stageUid);
  for (let offset = 0; ; offset += 500) {
    const page = await engine.request<{ results: DiffEntry[] }>('POST', `/indexes/${uid}/documents/fetch`, { offset, limit: 500, ...(kind ? { filter: `kind = ${quoted(kind)}` } : {}) });
    if (page.results.length) yield await withExamples(engine, source, page.results);
    if (page.results.length < 500) return;
  }
}
