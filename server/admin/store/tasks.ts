import type { EngineClient } from '../../engine-client/engine-client.js';
import { EngineResponseError } from '../../engine-client/errors.js';

// Engine writes are tasks: waiting for one is what lets any other app process read the write right after (see
// docs/decisions.md §35). The queue is global, so a wait may sit behind a large import's indexing.

export interface EnqueuedTask {
  taskUid: number;
}

interface TaskState {
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { code?: string; message?: string } | null;
}

/** A write the engine refused; `code` is the engine's (e.g. `index_already_exists`). */
export class EngineTaskError extends Error {
  override name = 'EngineTaskError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a task (polling fast at first, then every 50 ms); a failed task throws EngineTaskError. */
export async function waitForTask(engine: EngineClient, task: EnqueuedTask, timeoutMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 2; ; delay = Math.min(50, delay * 2)) {
    const state = await engine.request<TaskState>('GET', `/tasks/${task.taskUid}`);
    if (state.status === 'succeeded') return;
    if (state.status === 'failed' || state.status === 'canceled') throw new EngineTaskError(state.error?.message ?? state.status, state.error?.code ?? undefined);
    if (Date.now() > deadline) throw new EngineTaskError(`task ${task.taskUid} not done within ${timeoutMs} ms`, 'timeout');
    await sleep(delay);
  }
}

/** Enqueues a write and waits for it. */
export async function write(engine: EngineClient, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<void> {
  await waitForTask(engine, await engine.request<EnqueuedTask>(method, path, body));
}

/** True for an engine answer saying the index (or document) is not there. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof EngineResponseError && (error.code === 'index_not_found' || error.code === 'document_not_found');
