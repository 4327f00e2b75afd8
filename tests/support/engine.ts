import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createEngineClient } from '#server/engine-client/engine-client.js';

/** The run's throwaway engine (see global-engine.ts). */
export function testEngine(): { url: string; masterKey: string } {
  return inject('engine');
}

/** An index name no other test file uses, so files can run side by side on one engine. */
export function uniqueIndexName(prefix = 'test'): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

/**
 * `work`, or a failure saying what the engine was doing if it takes longer than `ms` — so a step that outlasts its
 * test hook's timeout says whether the engine's queue was stuck, busy or idle (a client call that never returned).
 */
export async function withinEngineDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void engineQueueState().then((state) => reject(new Error(`${what}: still not done after ${ms / 1_000} s; the engine: ${state}`)));
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The run engine's queue in one line: the task it processes (and for how long), how many wait, its last batches. */
export async function engineQueueState(): Promise<string> {
  const { url, masterKey } = testEngine();
  const client = createEngineClient({ url, key: masterKey });
  const get = (path: string) => client.request<{ results: Record<string, any>[]; total: number }>('GET', path);
  try {
    const [processing, enqueued, batches] = await Promise.all([
      get('/tasks?statuses=processing&limit=1'),
      get('/tasks?statuses=enqueued&limit=1&reverse=true'),
      get('/batches?limit=3'),
    ]);
    const now = Date.now();
    const current = processing.results[0];
    const doing = current ? `processing ${current.type} on ${current.indexUid} for ${Math.round((now - Date.parse(current.startedAt)) / 1_000)} s` : 'processing nothing';
    const oldest = enqueued.results[0];
    const waiting = `${enqueued.total} task(s) enqueued${oldest ? `, the oldest for ${Math.round((now - Date.parse(oldest.enqueuedAt)) / 1_000)} s` : ''}`;
    const last = batches.results.map((b) => `${b.uid}: ${Object.keys(b.stats?.types ?? {}).join('+')} ${b.duration ?? 'running'}`).join('; ');
    return `${doing}; ${waiting}; last batches ${last || 'none'}`;
  } catch (error) {
    return `no answer to the queue's listing (${(error as Error).message})`;
  } finally {
    client.close();
  }
}

/** The pid of the embedded engine serving `dataDir`, from the file it writes beside its data. */
export function embeddedEnginePid(dataDir: string): number {
  return (JSON.parse(readFileSync(join(dataDir, 'running.json'), 'utf8')) as { pid: number }).pid;
}
