import { createHash } from 'node:crypto';
import { Meilisearch, type EnqueuedTaskPromise, type IndexSwap, type Task } from 'meilisearch';
import type { Example } from '#domain/example.js';
import { toIndexDocument, type DatasetInfo } from '../engine/documents.js';
import { DATASET_DOC_ID, INDEX_SETTINGS, metaIndexName } from '../engine/index-settings.js';

export interface EngineTarget {
  url: string;
  masterKey: string;
}

export interface PublishOptions extends EngineTarget {
  index: string;
  /** Streamed in batches; an id seen again replaces the earlier document. */
  examples: Example[] | AsyncIterable<Example>;
  files: string[];
  /** Documents per addDocuments request. */
  batchSize?: number;
  /** Called after each batch is sent, with the number of documents sent so far. */
  onProgress?: (sent: number) => void;
}

/** A publish that could not complete; the live index is left as it was. */
export class PublishError extends Error {
  override name = 'PublishError';
}

// Long enough for 100k documents on a slow disk; polling often keeps small imports snappy.
const WAIT = { timeout: 30 * 60_000, interval: 50 };
const DEFAULT_BATCH = 5_000;

export const buildPrefix = (index: string): string => `${index}__build_`;

export function engineClient(target: EngineTarget): Meilisearch {
  return new Meilisearch({ host: target.url, apiKey: target.masterKey });
}

/** Waits for a task and turns an engine failure into a PublishError carrying the engine's message. */
async function settle(task: EnqueuedTaskPromise | Promise<Task>, what: string): Promise<Task> {
  const done = 'waitTask' in task ? await task.waitTask(WAIT) : await task;
  if (done.status !== 'succeeded') {
    throw new PublishError(`${what} : le moteur a répondu « ${done.error?.message ?? done.status} »`);
  }
  return done;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return false;
    throw error;
  }
}

/** Deletes the build indexes (and their meta indexes) that interrupted runs left behind; returns their names. */
export async function cleanLeftovers(target: EngineTarget & { index: string }): Promise<string[]> {
  const client = engineClient(target);
  const prefix = buildPrefix(target.index);
  const leftovers: string[] = [];
  for (let offset = 0; ; offset += 1_000) {
    const page = await client.getRawIndexes({ offset, limit: 1_000 });
    leftovers.push(...page.results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix)));
    if (offset + 1_000 >= page.total) break;
  }
  await Promise.all(leftovers.map((uid) => settle(client.deleteIndex(uid), `Suppression de ${uid}`)));
  return leftovers;
}

/** The DatasetInfo of the live index, or undefined when nothing was ever published. */
export async function readDatasetInfo(target: EngineTarget & { index: string }): Promise<DatasetInfo | undefined> {
  const client = engineClient(target);
  try {
    return await client.index<DatasetInfo>(metaIndexName(target.index)).getDocument(DATASET_DOC_ID);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'index_not_found' || code === 'document_not_found') return undefined;
    throw error;
  }
}

async function* batches<T>(items: T[] | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Order-independent hash of the final documents: same content, same version, however it was fed. */
function contentVersion(hashes: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const id of [...hashes.keys()].sort()) hash.update(id).update('\0').update(hashes.get(id)!).update('\n');
  return hash.digest('hex').slice(0, 12);
}

/** Fills the build index; a later example with an id already sent replaces it (as in the engine). */
async function fill(client: Meilisearch, build: string, options: PublishOptions): Promise<{ count: number; dataVersion: string }> {
  const hashes = new Map<string, string>();
  const pending: EnqueuedTaskPromise[] = [];
  let sent = 0;
  for await (const batch of batches(options.examples, options.batchSize ?? DEFAULT_BATCH)) {
    const docs = batch.map(toIndexDocument);
    for (const doc of docs) hashes.set(doc.id, createHash('sha1').update(JSON.stringify(doc)).digest('base64'));
    // Enqueue without waiting: the engine merges consecutive additions into one indexing batch.
    const task = client.index(build).addDocuments(docs, { primaryKey: 'id' });
    await task;
    pending.push(task);
    sent += docs.length;
    options.onProgress?.(sent);
  }
  for (const task of pending) await settle(task, 'Ajout des documents');
  return { count: hashes.size, dataVersion: contentVersion(hashes) };
}

/** One swap request for both pairs; `rename` when the live index does not exist yet (first import). */
async function swapIn(client: Meilisearch, pairs: [live: string, build: string][]): Promise<string[]> {
  const swaps: IndexSwap[] = [];
  const toDelete: string[] = [];
  for (const [live, build] of pairs) {
    if (await indexExists(client, live)) {
      swaps.push({ indexes: [live, build], rename: false });
      toDelete.push(build);
    } else {
      swaps.push({ indexes: [build, live], rename: true });
    }
  }
  await settle(client.swapIndexes(swaps), 'Bascule vers le nouvel index');
  return toDelete;
}

/**
 * Replaces the live index atomically with `examples`: builds `${index}__build_<ts>` and its meta
 * index beside the live ones, checks them, swaps both in one request, then deletes the old data.
 * Any failure before the swap leaves the live index untouched.
 */
export async function publishExamples(options: PublishOptions): Promise<DatasetInfo> {
  const client = engineClient(options);
  await cleanLeftovers(options);
  const build = `${buildPrefix(options.index)}${Date.now()}`;
  const buildMeta = metaIndexName(build);
  try {
    await settle(client.createIndex(build, { primaryKey: 'id' }), `Création de ${build}`);
    await settle(client.createIndex(buildMeta, { primaryKey: 'id' }), `Création de ${buildMeta}`);
    await settle(client.index(build).updateSettings(INDEX_SETTINGS), 'Réglages de l’index');

    const { count, dataVersion } = await fill(client, build, options);
    const stats = await client.index(build).getStats();
    if (stats.numberOfDocuments !== count) {
      throw new PublishError(`L’index construit contient ${stats.numberOfDocuments} documents au lieu de ${count}`);
    }
    const info: DatasetInfo = { id: DATASET_DOC_ID, dataVersion, importedAt: new Date().toISOString(), documents: count, files: options.files };
    await settle(client.index(buildMeta).addDocuments([info]), 'Écriture des métadonnées');

    const old = await swapIn(client, [
      [options.index, build],
      [metaIndexName(options.index), buildMeta],
    ]);
    await Promise.all(old.map((uid) => settle(client.deleteIndex(uid), `Suppression de ${uid}`)));
    return info;
  } catch (error) {
    // Best effort: the next run cleans whatever this could not delete.
    await Promise.allSettled([client.deleteIndexIfExists(build), client.deleteIndexIfExists(buildMeta)]);
    throw error;
  }
}
