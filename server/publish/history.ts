import type { Meilisearch } from 'meilisearch';
import type { DiffCounts } from '../engine/documents.js';
import { engineCall, indexExists, settle } from './engine-admin.js';
import { historyIndexName } from './index-names.js';

/** One publication of the live base (an import, or a rollback to a kept version), as the workspace lists it. */
export interface HistoryEntry {
  id: string;
  action: 'import' | 'rollback';
  dataVersion: string;
  /** The version it replaced (null on the first publication). */
  previousVersion: string | null;
  publishedAt: string;
  /** Who: a curator's name, or `cli:<user>` for `npm run import`. */
  by: string;
  files: string[];
  documents: number;
  diff: DiffCounts;
  /** The import report, as JSON text (kept whole, not indexed). */
  report?: string;
}

const SETTINGS = { searchableAttributes: ['by', 'files'], filterableAttributes: ['dataVersion', 'action'], sortableAttributes: ['publishedAt'] };

/** Appends an entry, creating the history index on first use; waits, so every app process reads it right after. */
export async function recordPublication(client: Meilisearch, index: string, entry: HistoryEntry): Promise<void> {
  const uid = historyIndexName(index);
  if (!(await indexExists(client, uid))) {
    await settle(client.createIndex(uid, { primaryKey: 'id' }), 'Création de l’historique');
    await settle(client.index(uid).updateSettings(SETTINGS), 'Réglages de l’historique');
  }
  await settle(client.index(uid).addDocuments([entry]), 'Écriture de l’historique');
}

/** The latest entries, newest first (reports left out unless asked). */
export async function readHistory(client: Meilisearch, index: string, options: { limit?: number; withReports?: boolean; dataVersion?: string } = {}): Promise<HistoryEntry[]> {
  const uid = historyIndexName(index);
  if (!(await indexExists(client, uid))) return [];
  const fields: (keyof HistoryEntry)[] | undefined = options.withReports ? undefined : ['id', 'action', 'dataVersion', 'previousVersion', 'publishedAt', 'by', 'files', 'documents', 'diff'];
  const filter = options.dataVersion ? `dataVersion = "${options.dataVersion.replace(/[^0-9a-f]/g, '')}"` : undefined;
  const page = await engineCall(client.index<HistoryEntry>(uid).getDocuments({ sort: ['publishedAt:desc'], limit: options.limit ?? 100, ...(fields ? { fields } : {}), ...(filter ? { filter } : {}) }));
  return page.results;
}

/** A unique, time-ordered entry id. */
export const entryId = (at: string): string => `${Date.parse(at)}-${Math.random().toString(36).slice(2, 8)}`;
