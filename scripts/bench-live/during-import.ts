import { join } from 'node:path';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { liveIndexName } from '#server/live/live-store.js';
import { openSse } from '../support/sse-client.js';
import { generateSampleFiles } from '../sample/generate.js';

export interface DuringImport {
  rows: number;
  importSeconds: number;
  /** ms from a change to this process's follower having it / to the engine's copy having it (what other processes read). */
  local: number[];
  shared: number[];
  /** Changes whose copy was still not in the engine when the import ended. */
  unseen: number;
}

/**
 * The engine's task queue is one for every index: while an import of `rows` examples is being indexed, the presenter
 * changes the screen every 3 s (writes of the live copy are then never throttled). Local fan-out is timed, and how late
 * the engine's copy is — the delay a follower on another app process sees, before its own poll interval.
 */
export async function duringImport(options: { base: string; code: string; token: string; engine: { url: string; masterKey: string }; reader: EngineClient; index: string; dir: string; rows: number }): Promise<DuringImport> {
  await generateSampleFiles({ outDir: join(options.dir, 'generated'), rows: options.rows });
  const follower = await openSse(`${options.base}/api/live/${options.code}/events`);
  await follower.next('state');
  const started = performance.now();
  let done = false;
  const importing = runImport({ paths: [join(options.dir, 'generated')], engine: options.engine, index: `${options.index}_bulk`, dryRun: false }).finally(() => (done = true));
  const local: number[] = [];
  const shared: number[] = [];
  const pending = new Set<number>();
  for (let step = 0; !done; step++) {
    await new Promise((r) => setTimeout(r, 3_000));
    const path = `/?q=import${step}`;
    const at = performance.now();
    await fetch(`${options.base}/api/live/${options.code}/state`, { method: 'PUT', headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) });
    const event = await follower.next('state', 10_000);
    local.push(event.at - at);
    const { seq } = JSON.parse(event.data) as { seq: number };
    pending.add(step);
    // Read the engine's copy until it holds this change or a later one (every 50 ms, bounded by the import's end + 60 s).
    void (async () => {
      while (pending.has(step)) {
        const doc = await options.reader.request<{ seq: number }>('GET', `/indexes/${liveIndexName(options.index)}/documents/${options.code}`);
        if (doc.seq >= seq) {
          shared.push(performance.now() - at);
          pending.delete(step);
        } else await new Promise((r) => setTimeout(r, 50));
      }
    })();
  }
  await importing;
  const importSeconds = (performance.now() - started) / 1000;
  const deadline = performance.now() + 60_000;
  while (pending.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const unseen = pending.size;
  pending.clear();
  follower.close();
  return { rows: options.rows, importSeconds, local, shared, unseen };
}
