import type { Meilisearch } from 'meilisearch';
import type { Example } from '#domain/example.js';
import type { DatasetInfo, DiffCounts } from '../engine/documents.js';
import { sendBuild } from './build-index.js';
import { DiffTally } from './diff-tally.js';
import { diffIndexes, type DiffEntry } from './diff-indexes.js';
import { adminClient, engineCall, indexExists, PublishError, settle, settleAll, type EngineTarget } from './engine-admin.js';
import { entryId, recordPublication, type HistoryEntry } from './history.js';
import { DATASET_DOC_ID, metaIndexName, versionIndexName } from './index-names.js';
import { isKept, pruneVersions, swapInKeeping } from './swap-versions.js';

// One pipeline for the CLI and the workspace: stage (build beside the live base, dated and diffed against it; nothing
// public changes), then publish (one swap; the replaced version kept for rollback; recorded in the history).

export interface StageOptions {
  index: string;
  /** The build's own index name (a CLI build or a workspace stage). */
  uid: string;
  examples: Example[] | AsyncIterable<Example>;
  files: string[];
  /** When this version goes live (firstPublished / lastChanged of what it adds or changes). */
  at?: string;
  batchSize?: number;
  onProgress?: (sent: number) => void;
  /** Sees every example of the diff once (the workspace keeps them to list them). */
  onDiffEntry?: (entry: DiffEntry) => void | Promise<void>;
}

/** A build ready to go live: its data set, what it changes, and the live version it was compared with. */
export interface Staged {
  uid: string;
  info: DatasetInfo;
  diff: DiffCounts;
  baseVersion: string | null;
}

/** The DatasetInfo of an index (live or built), or undefined when there is none. */
export async function datasetOf(client: Meilisearch, uid: string): Promise<DatasetInfo | undefined> {
  if (!(await indexExists(client, metaIndexName(uid)))) return undefined;
  try {
    return await engineCall(client.index<DatasetInfo>(metaIndexName(uid)).getDocument(DATASET_DOC_ID));
  } catch (error) {
    if ((error as { code?: string }).code === 'document_not_found') return undefined;
    throw error;
  }
}

/** Builds `uid` (and its meta) from the examples, dated and diffed against the live base. On failure nothing is left. */
export async function stageExamples(target: EngineTarget, options: StageOptions): Promise<Staged> {
  const client = adminClient(target);
  const at = options.at ?? new Date().toISOString();
  const liveInfo = await datasetOf(client, options.index);
  const live = (await indexExists(client, options.index)) ? options.index : undefined;
  try {
    const tally = new DiffTally(options.onDiffEntry);
    const pending = await sendBuild(client, {
      live, build: options.uid, examples: options.examples, at, liveSince: liveInfo?.importedAt, batchSize: options.batchSize, onProgress: options.onProgress,
      onBatch: (docs, before) => tally.add(docs, before),
    });
    // While the engine indexes: the live examples the build drops, then the meta document, enqueued behind the build's.
    if (live) await tally.removedFrom(client, live);
    const { counts, dataVersion, documents } = tally.result();
    const info: DatasetInfo = { id: DATASET_DOC_ID, dataVersion, importedAt: at, documents, files: options.files, diff: counts };
    // Each enqueued before the next is asked for: the engine runs them in the order it received them.
    const createMeta = client.createIndex(metaIndexName(options.uid), { primaryKey: 'id' });
    await engineCall(createMeta);
    const writeMeta = client.index(metaIndexName(options.uid)).addDocuments([info]);
    await engineCall(writeMeta);
    await settleAll([...pending, { task: createMeta, what: 'Création des métadonnées' }, { task: writeMeta, what: 'Écriture des métadonnées' }]);
    // What the engine holds against what was sent: the one read-back left.
    const count = (await engineCall(client.index(options.uid).getStats())).numberOfDocuments;
    if (documents !== count) throw new PublishError(`L’index construit contient ${count} documents au lieu de ${documents}`);
    return { uid: options.uid, info, diff: counts, baseVersion: liveInfo?.dataVersion ?? null };
  } catch (error) {
    await discardStaged(target, options.uid).catch(() => {});
    throw error;
  }
}

/** Deletes a build that will not be published, and waits until the engine has (indexes already gone are fine). */
export async function discardStaged(target: EngineTarget, uid: string): Promise<void> {
  const client = adminClient(target);
  const present = [];
  for (const name of [uid, metaIndexName(uid)]) if (await indexExists(client, name)) present.push(name);
  await Promise.all(present.map((name) => settle(client.deleteIndex(name), `Suppression de ${name}`)));
}

export interface PublishStagedOptions {
  by: string;
  /** How many replaced versions stay restorable. */
  keep: number;
  /** The import report, kept with the history entry. */
  report?: unknown;
}

/** The base changed since a stage was compared with it: its diff and dates no longer hold. */
export class StaleStageError extends PublishError {
  override name = 'StaleStageError';
}

/** Puts a staged build live in one swap, keeps what it replaced, and records the publication. */
export async function publishStaged(target: EngineTarget, index: string, staged: Staged, options: PublishStagedOptions): Promise<HistoryEntry> {
  const client = adminClient(target);
  const live = await datasetOf(client, index);
  if ((live?.dataVersion ?? null) !== staged.baseVersion) {
    throw new StaleStageError(`La base a changé depuis cet aperçu (version ${live?.dataVersion ?? 'aucune'} au lieu de ${staged.baseVersion ?? 'aucune'}) : relancez l’aperçu.`);
  }
  await swapInKeeping(client, index, staged.uid, staged.baseVersion, options.keep);
  const entry: HistoryEntry = {
    id: entryId(staged.info.importedAt),
    action: 'import',
    dataVersion: staged.info.dataVersion,
    previousVersion: staged.baseVersion,
    publishedAt: staged.info.importedAt,
    by: options.by,
    files: staged.info.files,
    documents: staged.info.documents,
    diff: staged.diff,
    ...(options.report === undefined ? {} : { report: JSON.stringify(options.report) }),
  };
  await recordPublication(client, index, entry);
  await pruneVersions(client, index, options.keep, staged.info.dataVersion);
  return entry;
}

/** Brings a kept version back live in one swap (a rollback), itself recorded; the version it replaces is kept in turn. */
export async function restoreVersion(target: EngineTarget, index: string, dataVersion: string, options: Omit<PublishStagedOptions, 'report'>): Promise<HistoryEntry> {
  const client = adminClient(target);
  if (!(await isKept(client, index, dataVersion))) throw new PublishError(`La version ${dataVersion} n’est plus conservée : elle ne peut pas être rétablie.`);
  const live = await datasetOf(client, index);
  if (live?.dataVersion === dataVersion) throw new PublishError(`La version ${dataVersion} est déjà celle en ligne.`);
  const kept = versionIndexName(index, dataVersion);
  const restored = (await datasetOf(client, kept))!;
  await swapInKeeping(client, index, kept, live?.dataVersion ?? null, Math.max(1, options.keep));
  const at = new Date().toISOString();
  // What the rollback changes for the public, computed against the version it replaced (now kept).
  const replaced = live ? versionIndexName(index, live.dataVersion) : undefined;
  const { counts } = await diffIndexes(client, replaced && (await indexExists(client, replaced)) ? replaced : undefined, index);
  const entry: HistoryEntry = {
    id: entryId(at), action: 'rollback', dataVersion, previousVersion: live?.dataVersion ?? null, publishedAt: at,
    by: options.by, files: restored.files, documents: restored.documents, diff: counts,
  };
  await recordPublication(client, index, entry);
  await pruneVersions(client, index, options.keep, dataVersion);
  return entry;
}

