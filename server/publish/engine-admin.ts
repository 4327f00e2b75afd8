import { Meilisearch, MeilisearchError, MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { createEngineTransport, type EngineTransport } from '../engine-client/engine-client.js';
import { EngineClientError, EngineResponseError, EngineUnreachableError } from '../engine-client/errors.js';

// The one place the server's writers use meilisearch-js: its requests go through the engine client's transport, its
// errors become the engine client's typed errors, failed tasks a PublishError carrying the engine's words (for the
// curator, not the public).

export interface EngineTarget {
  url: string;
  masterKey: string;
  /** The least deadline of each call, in ms (default 30 s; more for large bodies, see `deadlineMs`). */
  callTimeoutMs?: number;
}

/** A publish (or rollback) that could not complete; the live index is left as it was. */
export class PublishError extends Error {
  override name = 'PublishError';
}

/**
 * Every call's deadline: 30 s, plus 1 s per MB it sends (a batch of 10,000 documents is ~30 MB). meilisearch-js has no
 * deadline of its own: on CI three publications never finished, the last with the engine idle and its queue empty, so a
 * request sent by its built-in fetch was never answered or its answer never read. The engine client's node:http
 * transport has a deadline per call, retries once on a kept-alive socket the engine closed, and skips fetch's cost per POST.
 */
const deadlineMs = (least: number, payload: string | undefined): number => least + (payload ? Math.ceil(Buffer.byteLength(payload) / 1_000) : 0);

// One transport per engine and key, shared by every admin client of the process (their idle sockets do not keep it alive).
const transports = new Map<string, EngineTransport>();

function transportFor(target: EngineTarget): EngineTransport {
  const key = `${target.url} ${target.masterKey} ${target.callTimeoutMs ?? ''}`;
  let transport = transports.get(key);
  if (!transport) transports.set(key, (transport = createEngineTransport({ url: target.url, key: target.masterKey })));
  return transport;
}

/** meilisearch-js's `httpClient`: its request, sent by the transport (which throws our typed errors on an error status). */
function viaTransport(target: EngineTarget): (input: string | URL | Request, init?: RequestInit) => Promise<unknown> {
  const transport = transportFor(target);
  const prefix = new URL(target.url).pathname.replace(/\/$/, '');
  const least = target.callTimeoutMs ?? 30_000;
  return (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const payload = typeof init.body === 'string' ? init.body : undefined;
    if (init.body != null && payload === undefined) throw new TypeError('engine-admin: only string bodies are sent');
    const contentType = new Headers(init.headers).get('Content-Type') ?? undefined;
    const method = (init.method ?? 'GET') as Parameters<EngineTransport['send']>[0];
    return transport.send(method, url.pathname.slice(prefix.length) + url.search, payload, { contentType, signal: init.signal ?? undefined, timeoutMs: deadlineMs(least, payload) });
  };
}

export const adminClient = (target: EngineTarget): Meilisearch => new Meilisearch({ host: target.url, apiKey: target.masterKey, httpClient: viaTransport(target) });

/** meilisearch-js's errors as ours: the transport's own (wrapped by meilisearch-js), or its own without an answer. */
export function toEngineError(error: unknown): unknown {
  if (error instanceof MeilisearchError && error.cause instanceof EngineClientError) return error.cause;
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
