import { Meilisearch, MeilisearchApiError, MeilisearchError, MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
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

/**
 * How a task is polled: every 5 ms for its first 0.1 s (a one-document write or an index swap is done in a few ms on an
 * idle engine, and a publication waits for ten of them in a row), every 20 ms up to 1 s, then every 100 ms for up to
 * 30 minutes (100k documents on a slow disk). A fixed 50 ms made each small write wait 25 ms on average for nothing.
 */
const POLLS = [
  { interval: 5, timeout: 100 },
  { interval: 20, timeout: 1_000 },
  { interval: 100, timeout: 30 * 60_000 },
];

async function waitPolling(task: EnqueuedTaskPromise): Promise<Task> {
  for (let i = 0; ; i++) {
    try {
      return await task.waitTask(POLLS[i]);
    } catch (error) {
      if (!(error instanceof MeilisearchTaskTimeOutError) || i === POLLS.length - 1) throw error;
    }
  }
}

/** Waits for a task and turns an engine failure into a PublishError carrying the engine's message. */
export async function settle(task: EnqueuedTaskPromise | Promise<Task>, what: string): Promise<Task> {
  const done = await engineCall('waitTask' in task ? waitPolling(task) : task);
  if (done.status !== 'succeeded') throw new PublishError(`${what} : le moteur a répondu « ${done.error?.message ?? done.status} »`);
  return done;
}

/** An engine task enqueued, and what it does (for the curator's message if it fails). */
export interface Pending {
  task: EnqueuedTaskPromise;
  what: string;
}

/** Waits for tasks in the order they were enqueued (the engine's own): the first failure stops the caller. */
export async function settleAll(pending: readonly Pending[]): Promise<void> {
  for (const { task, what } of pending) await settle(task, what);
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
