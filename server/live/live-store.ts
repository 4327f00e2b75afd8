import { z } from 'zod';
import type { EngineClient } from '../engine-client/engine-client.js';
import { EngineResponseError } from '../engine-client/errors.js';
import { waitForTask } from '../engine-client/wait-task.js';

// The live sessions every app process shares, kept in the engine (decisions.md « Live mode »): `${index}-live`.

const SessionDocSchema = z.object({
  id: z.string(),
  kind: z.literal('session'),
  tokenHash: z.string(),
  path: z.string(),
  seq: z.number(),
  /** The state was « shown to all »: followers exploring alone are brought back to it. */
  shown: z.boolean().default(false),
  createdAt: z.number(),
  activeAt: z.number(),
  endedAt: z.number().nullable(),
});
export type SessionDoc = z.infer<typeof SessionDocSchema>;

/** How many followers one app process holds for one session, as of `activeAt` (its heartbeat). */
export interface PresenceDoc {
  id: string;
  kind: 'presence';
  code: string;
  process: string;
  followers: number;
  activeAt: number;
}

export const liveIndexName = (index: string): string => `${index}-live`;

// Nothing here is searched: without searchable words, prefix or facet search, a one-document write costs the engine
// ~0.1 s of CPU instead of ~0.2–2.5 s with the defaults (measured on this machine, decisions.md).
const SETTINGS = { searchableAttributes: [], filterableAttributes: ['kind', 'code', 'activeAt'], facetSearch: false, prefixSearch: 'disabled' };

interface TaskRef {
  taskUid: number;
}

export interface LiveStore {
  /** The session document, or undefined (never created, cleaned up, or not a session). */
  read(code: string): Promise<SessionDoc | undefined>;
  readMany(codes: string[]): Promise<Map<string, SessionDoc>>;
  /** Writes a whole session, waiting for it (up to `waitMs`, then TaskPendingError) so that every process sees it. */
  create(doc: SessionDoc, waitMs: number): Promise<void>;
  /** Merges fields into a session document (the engine's partial update), waiting up to `waitMs` for it. */
  update(code: string, fields: Partial<Omit<SessionDoc, 'id' | 'kind'>>, waitMs: number): Promise<void>;
  writePresence(docs: PresenceDoc[]): Promise<void>;
  /** Presence documents of a session written after `since`. */
  readPresence(code: string, since: number): Promise<PresenceDoc[]>;
  /** Enqueues the deletion of documents untouched since `before` (not waited for). */
  removeBefore(before: number): Promise<void>;
}

const missing = (error: unknown): boolean => error instanceof EngineResponseError && (error.code === 'index_not_found' || error.code === 'document_not_found');

export function createLiveStore(engine: EngineClient, index: string): LiveStore {
  const uid = liveIndexName(index);
  const docs = `/indexes/${uid}/documents`;
  let ready: Promise<void> | undefined;

  /**
   * Enqueues the index and its settings once per process, before its first write. Not waited for: the engine runs an
   * index's tasks in order, so the documents land after them; when the index exists, its creation task just fails.
   */
  function ensureIndex(): Promise<void> {
    ready ??= (async () => {
      await engine.request<TaskRef>('POST', '/indexes', { uid, primaryKey: 'id' });
      await engine.request<TaskRef>('PATCH', `/indexes/${uid}/settings`, SETTINGS);
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function write(body: object[], waitMs: number): Promise<void> {
    await ensureIndex();
    const task = await engine.request<TaskRef>('PUT', docs, body);
    if (waitMs > 0) await waitForTask(engine, task.taskUid, waitMs);
  }

  return {
    async read(code) {
      try {
        const parsed = SessionDocSchema.safeParse(await engine.request('GET', `${docs}/${code}`));
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
    },
    async readMany(codes) {
      const found = new Map<string, SessionDoc>();
      if (codes.length === 0) return found;
      try {
        const page = await engine.request<{ results: unknown[] }>('POST', `${docs}/fetch`, { ids: codes, limit: codes.length });
        for (const doc of page.results) {
          const parsed = SessionDocSchema.safeParse(doc);
          if (parsed.success) found.set(parsed.data.id, parsed.data);
        }
      } catch (error) {
        if (!missing(error)) throw error;
      }
      return found;
    },
    create: (doc, waitMs) => write([doc], waitMs),
    update: (code, fields, waitMs) => write([{ id: code, ...fields }], waitMs),
    writePresence: (presence) => write(presence, 0),
    async readPresence(code, since) {
      try {
        // `code` is a validated « ODD-XXXX » and `since` a number: nothing else reaches the filter string.
        const filter = `kind = "presence" AND code = "${code}" AND activeAt > ${Math.floor(since)}`;
        return (await engine.request<{ results: PresenceDoc[] }>('POST', `${docs}/fetch`, { filter, limit: 1_000 })).results;
      } catch (error) {
        // Before the first write of any process, the index (or its filterable settings) may not exist yet: nobody is there.
        if (missing(error) || (error instanceof EngineResponseError && error.status === 400)) return [];
        throw error;
      }
    },
    async removeBefore(before) {
      await ensureIndex();
      await engine.request('POST', `${docs}/delete`, { filter: `activeAt < ${Math.floor(before)}` });
    },
  };
}
