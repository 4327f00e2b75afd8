import type { EngineClient } from '../../engine-client/engine-client.js';
import { EngineResponseError } from '../../engine-client/errors.js';
import { EngineTaskError, isNotFound, waitForTask, write, type EnqueuedTask } from './tasks.js';

// One index per concern beside the examples (curators, sessions, login attempts, profiles, jobs, uploads), read by id or
// by filter and written with the master key; every write is waited for, so another process reads it right after.

export interface StoreSettings {
  searchableAttributes?: string[];
  filterableAttributes?: string[];
  sortableAttributes?: string[];
}

export interface FetchOptions {
  filter?: string;
  sort?: string[];
  limit?: number;
  offset?: number;
  fields?: string[];
}

export interface DocStore<D extends { id: string }> {
  readonly uid: string;
  get(id: string): Promise<D | undefined>;
  /** Adds or replaces whole documents. */
  put(...docs: D[]): Promise<void>;
  /** Updates the given fields of existing documents; `wait: false` enqueues only (progress notes that must not stall work). */
  patch(docs: (Partial<D> & { id: string })[], options?: { wait?: boolean }): Promise<void>;
  delete(ids: string[]): Promise<void>;
  deleteWhere(filter: string): Promise<void>;
  fetch(options?: FetchOptions): Promise<{ results: D[]; total: number }>;
}

/** Nothing searchable unless asked: stores hold hashes, tokens and file chunks that no one should ever search. */
export function docStore<D extends { id: string }>(engine: EngineClient, uid: string, settings: StoreSettings = {}): DocStore<D> {
  let ready: Promise<void> | undefined;
  const ensure = (): Promise<void> =>
    (ready ??= (async () => {
      try {
        await write(engine, 'POST', '/indexes', { uid, primaryKey: 'id' });
      } catch (error) {
        // Another process created it first: its settings are (or will be) the same.
        if (!(error instanceof EngineTaskError && error.code === 'index_already_exists')) throw error;
      }
      await write(engine, 'PATCH', `/indexes/${uid}/settings`, { searchableAttributes: [], filterableAttributes: [], sortableAttributes: [], ...settings });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  const base = `/indexes/${uid}/documents`;
  return {
    uid,
    async get(id) {
      try {
        return await engine.request<D>('GET', `${base}/${encodeURIComponent(id)}`);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async put(...docs) {
      await ensure();
      await write(engine, 'POST', base, docs);
    },
    async patch(docs, options) {
      await ensure();
      const task = await engine.request<EnqueuedTask>('PUT', base, docs);
      if (options?.wait !== false) await waitForTask(engine, task);
    },
    async delete(ids) {
      if (ids.length === 0) return;
      await ensure();
      await write(engine, 'POST', `${base}/delete-batch`, ids);
    },
    async deleteWhere(filter) {
      await ensure();
      await write(engine, 'POST', `${base}/delete`, { filter });
    },
    async fetch(options = {}) {
      await ensure();
      try {
        return await engine.request<{ results: D[]; total: number }>('POST', `${base}/fetch`, { limit: 1_000, ...options });
      } catch (error) {
        // The engine 1.21 refuses to sort an index that never held a document (« not sortable », though it is): nothing to sort.
        if (!(options.sort && error instanceof EngineResponseError && error.code === 'invalid_document_sort')) throw error;
        const { sort: _sort, ...unsorted } = options;
        const plain = await engine.request<{ results: D[]; total: number }>('POST', `${base}/fetch`, { limit: 1_000, ...unsorted });
        if (plain.total > 0) throw error;
        return plain;
      }
    },
  };
}

/** A filter value, quoted and escaped for the engine. */
export const quoted = (value: string | number): string => (typeof value === 'number' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
