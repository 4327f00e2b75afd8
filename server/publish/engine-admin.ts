import { Meilisearch, MeilisearchApiError, MeilisearchError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { EngineResponseError, EngineUnreachableError } from '../engine-client/errors.js';

// The one place the server's writers use meilisearch-js: its errors become the engine client's typed errors, failed
// tasks a PublishError carrying the engine's words (for the curator, not the public).

export interface EngineTarget {
  url: string;
  masterKey: string;
}

/** A publish (or rollback) that could not complete; the live index is left as it was. */
export class PublishError extends Error {
  override name = 'PublishError';
}

export const adminClient = (target: EngineTarget): Meilisearch => new Meilisearch({ host: target.url, apiKey: target.masterKey });

/** meilisearch-js's errors as ours: an answer with an error status, or no answer at all. */
export function toEngineError(error: unknown): unknown {
  if (error instanceof MeilisearchApiError) {
    return new EngineResponseError(`engine answered ${error.response.status}: ${error.cause?.message ?? ''}`, error.response.status, error.cause?.code, { cause: error });
  }
  if (error instanceof MeilisearchError) return new EngineUnreachableError(error.message, { cause: error });
  return error;
}

/** Runs an engine call, its failure typed as ours. */
export async function engineCall<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw toEngineError(error);
  }
}

// Long enough for 100k documents on a slow disk; polling often keeps small imports snappy.
const WAIT = { timeout: 30 * 60_000, interval: 50 };

/** Waits for a task and turns an engine failure into a PublishError carrying the engine's message. */
export async function settle(task: EnqueuedTaskPromise | Promise<Task>, what: string): Promise<Task> {
  const done = await engineCall('waitTask' in task ? task.waitTask(WAIT) : task);
  if (done.status !== 'succeeded') throw new PublishError(`${what} : le moteur a répondu « ${done.error?.message ?? done.status} »`);
  return done;
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await engineCall(client.getRawIndex(uid));
    return true;
  } catch (error) {
    if (error instanceof EngineResponseError && error.code === 'index_not_found') return false;
    throw error;
  }
}

/** The uids of every index whose name starts with `prefix`. */
export async function indexesStartingWith(client: Meilisearch, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (let offset = 0; ; offset += 1_000) {
    const page = await engineCall(client.getRawIndexes({ offset, limit: 1_000 }));
    found.push(...page.results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix)));
    if (offset + 1_000 >= page.total) return found;
  }
}

/** Deletes indexes (best effort is the caller's choice: this one waits and fails loudly). */
export async function deleteIndexes(client: Meilisearch, uids: string[]): Promise<void> {
  await Promise.all(uids.map((uid) => settle(client.deleteIndex(uid), `Suppression de ${uid}`)));
}
