import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { uploadsIndex } from '../store/admin-indexes.js';
import { docStore, quoted } from '../store/doc-store.js';
import { waitForTask, type EnqueuedTask } from '../store/tasks.js';

// Uploaded files kept in the engine while their preview lives, so any app process can read them again (a new mapping,
// a new preview after the base moved): 8 MiB chunks as base64 in `<index>-uploads`, nothing searchable, deleted on
// publication, discard or expiry.

interface Chunk {
  id: string;
  uploadId: string;
  n: number;
  data: string;
  expiresAt: number;
}

const CHUNK_BYTES = 8 * 1024 * 1024;

export function uploadStore(engine: EngineClient, index: string) {
  const store = docStore<Chunk>(engine, uploadsIndex(index), { filterableAttributes: ['uploadId', 'expiresAt'] });
  return {
    /** Its index exists, with its settings. */
    ready: async (): Promise<void> => void (await store.fetch({ limit: 1 })),
    /**
     * Enqueues a file's chunks; returns their number and the tasks to check. Not waited for: the engine runs tasks in the
     * order they came, so once the job that names them is written (and waited for), they are stored too.
     */
    async save(uploadId: string, path: string, expiresAt: number): Promise<{ chunks: number; tasks: EnqueuedTask[] }> {
      await store.fetch({ limit: 1 }); // the index and its settings exist before the chunks go in
      const tasks: EnqueuedTask[] = [];
      let n = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
        tasks.push(await engine.request<EnqueuedTask>('POST', `/indexes/${store.uid}/documents`, [{ id: `${uploadId}_${n}`, uploadId, n, data: chunk.toString('base64'), expiresAt }]));
        n++;
      }
      return { chunks: n, tasks };
    },
    /** Throws if any of these chunk writes failed (they are done by the time a later write was waited for). */
    async check(tasks: EnqueuedTask[]): Promise<void> {
      for (const task of tasks) await waitForTask(engine, task);
    },
    /** Writes a stored file back to `path` (in this process's scratch folder). */
    async restore(uploadId: string, chunks: number, path: string): Promise<void> {
      const out = createWriteStream(path);
      for (let n = 0; n < chunks; n++) {
        const chunk = await store.get(`${uploadId}_${n}`);
        if (!chunk) throw new Error(`upload ${uploadId}: chunk ${n} missing`);
        if (!out.write(Buffer.from(chunk.data, 'base64'))) await once(out, 'drain');
      }
      out.end();
      await once(out, 'close');
    },
    async remove(uploadIds: string[]): Promise<void> {
      if (uploadIds.length) await store.deleteWhere(`uploadId IN [${uploadIds.map(quoted).join(', ')}]`);
    },
    async removeExpired(now = Date.now()): Promise<void> {
      await store.deleteWhere(`expiresAt < ${now}`);
    },
  };
}

export type UploadStore = ReturnType<typeof uploadStore>;
