import type { EngineClient } from './engine-client.js';
import { EngineClientError, EngineResponseError } from './errors.js';

interface TaskBody {
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message?: string; code?: string } | null;
}

/** The task was accepted but not done in time (e.g. queued behind an import): it will still be carried out. */
export class TaskPendingError extends EngineClientError {
  override name = 'TaskPendingError';
}

/**
 * Waits for an engine task (a write is done once its task succeeded; then every reader sees it). Polls fast first:
 * a small write takes ~0.1 s here, but the task queue is shared, so behind an import it may take minutes.
 */
export async function waitForTask(engine: EngineClient, taskUid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const task = await engine.request<TaskBody>('GET', `/tasks/${taskUid}`);
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' || task.status === 'canceled') throw new EngineResponseError(`engine task ${taskUid} ${task.status}: ${task.error?.message ?? ''}`, 200, task.error?.code);
    if (Date.now() + delay > deadline) throw new TaskPendingError(`engine task ${taskUid} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, delay));
  }
}
