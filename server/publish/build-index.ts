import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import type { Example } from '#domain/example.js';
import { fromIndexDocument, toIndexDocument, type IndexDocument } from '../engine/documents.js';
import { INDEX_SETTINGS } from '../engine/index-settings.js';
import { anyOf } from '../search/filter.js';
import { contentHash } from './content-hash.js';
import { engineCall, settleAll, type Pending } from './engine-admin.js';

// Fills a build index beside the live one, each document dated against the live base as it goes
// (data-format.md §3): unchanged content keeps both dates, changed content keeps firstPublished, a new id gets `at`.

export interface FillOptions {
  /** The live index the dates come from; absent when nothing was ever published. */
  live?: string;
  build: string;
  examples: Example[] | AsyncIterable<Example>;
  /** The moment this version goes live, for new and changed examples. */
  at: string;
  /** When the live base was published, for its documents that predate dates (published before they existed). */
  liveSince?: string;
  /** Documents per addDocuments request. */
  batchSize?: number;
  /** Called after each batch is sent, with the number of documents sent so far. */
  onProgress?: (sent: number) => void;
  /** Sees each batch as sent, with the live documents of its ids (the diff is counted from them). */
  onBatch?: (docs: IndexDocument[], live: Map<string, Dated>) => Promise<void>;
}

/**
 * Documents per addDocuments request: the first one larger, so an import of 10,000 rows is indexed in one engine batch,
 * not two (its second batch re-indexed what the first left: 0.88× the wall time, 4 pairs; at 100k the engine batches
 * the later requests together anyway). Decision 51.
 */
export const DEFAULT_BATCH = 5_000;
export const FIRST_BATCH = 10_000;
export type Dated = Pick<IndexDocument, 'id' | 'contentHash' | 'firstPublished' | 'lastChanged'>;

async function* batches<T>(items: T[] | AsyncIterable<T>, size: number, first: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let limit = first;
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= limit) {
      yield batch;
      batch = [];
      limit = size;
    }
  }
  if (batch.length > 0) yield batch;
}

/** The documents of an index with these ids, by id, with what dating and diffing need (exact ids: the engine's string filters ignore case, so candidates are checked). */
export async function datesOf(client: Meilisearch, live: string, ids: string[]): Promise<Map<string, Dated>> {
  const found = new Map<string, Dated>();
  for (let i = 0; i < ids.length; i += 1_000) {
    const chunk = ids.slice(i, i + 1_000);
    const page = await engineCall(client.index<IndexDocument>(live).getDocuments({ filter: anyOf('id', chunk), limit: chunk.length * 2, fields: ['id', 'contentHash', 'firstPublished', 'lastChanged'] }));
    const wanted = new Set(chunk);
    for (const doc of page.results) if (wanted.has(doc.id)) found.set(doc.id, doc);
  }
  // Documents published before content hashes existed are compared on their content.
  const unhashed = [...found.values()].filter((d) => !d.contentHash).map((d) => d.id);
  if (unhashed.length) {
    const full = await engineCall(client.index<IndexDocument>(live).getDocuments({ filter: anyOf('id', unhashed), limit: unhashed.length * 2 }));
    for (const doc of full.results) if (found.has(doc.id)) found.get(doc.id)!.contentHash = contentHash(fromIndexDocument(doc));
  }
  return found;
}

/** The dates of a document about to go live, from its live counterpart. */
function dated(doc: IndexDocument, before: Dated | undefined, at: string, liveSince: string): IndexDocument {
  if (!before) return { ...doc, firstPublished: at, lastChanged: at };
  const firstPublished = before.firstPublished ?? liveSince;
  const lastChanged = before.contentHash === doc.contentHash ? (before.lastChanged ?? firstPublished) : at;
  return { ...doc, firstPublished, lastChanged };
}

/** Creates the build index with the live settings and fills it; returns the number of documents it holds. */
export async function fillBuild(client: Meilisearch, options: FillOptions): Promise<number> {
  await settleAll(await sendBuild(client, options));
  return (await engineCall(client.index(options.build).getStats())).numberOfDocuments;
}

/**
 * Creates the build index with the live settings and sends every document; gives the tasks still to wait for. The
 * index's creation and settings are not waited for before the rows are read: the engine runs its tasks in the order it
 * received them, so they are done before the first documents are indexed, and a failure of either fails the build
 * when its tasks are settled (the caller then deletes it).
 */
export async function sendBuild(client: Meilisearch, options: FillOptions): Promise<Pending[]> {
  const create = client.createIndex(options.build, { primaryKey: 'id' });
  await engineCall(create);
  const configure = client.index(options.build).updateSettings(INDEX_SETTINGS);
  await engineCall(configure);
  const pending: Pending[] = [
    { task: create, what: `Création de ${options.build}` },
    { task: configure, what: 'Réglages de l’index' },
  ];
  let sent = 0;
  for await (const batch of batches(options.examples, options.batchSize ?? DEFAULT_BATCH, options.batchSize ?? FIRST_BATCH)) {
    const docs = batch.map(toIndexDocument);
    const live = options.live ? await datesOf(client, options.live, [...new Set(docs.map((d) => d.id))]) : new Map<string, Dated>();
    const ready = docs.map((d) => dated(d, live.get(d.id), options.at, options.liveSince ?? options.at));
    await options.onBatch?.(ready, live);
    // Enqueued without waiting: the engine merges consecutive additions into one indexing batch.
    const task = client.index(options.build).addDocuments(ready, { primaryKey: 'id' });
    await engineCall(task);
    pending.push({ task, what: 'Ajout des documents' });
    sent += ready.length;
    options.onProgress?.(sent);
  }
  return pending;
}
