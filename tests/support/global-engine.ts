import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { embeddedEnginePid } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: { url: string; masterKey: string };
  }
}

/** One throwaway real engine for the whole run, on a free port, in a temporary folder. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'odd17-test-engine-'));
  const engine = await startEmbeddedEngine({ dataDir });
  project.provide('engine', { url: engine.url, masterKey: engine.masterKey });
  return async () => {
    await reportEngine(project.name, engine.url, engine.masterKey, dataDir);
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * One line on the engine at the end of the run: its tasks, its peak memory, and each task that waited or ran longer than
 * 30 s (a quiet run has none: the longest, a sample of 1,260 examples indexed under load, takes ~7 s), so a slow or
 * stuck engine shows in the run's output.
 */
async function reportEngine(name: string, url: string, masterKey: string, dataDir: string): Promise<void> {
  const slow: string[] = [];
  let count = 0;
  const client = createEngineClient({ url, key: masterKey, timeoutMs: 10_000 });
  try {
    for (let from: number | null | undefined; from !== null; ) {
      type Task = { uid: number; type: string; indexUid: string | null; enqueuedAt: string; startedAt: string | null; finishedAt: string | null };
      const page = await client.request<{ results: Task[]; next: number | null }>('GET', `/tasks?limit=1000${from === undefined ? '' : `&from=${from}`}`);
      for (const t of page.results) {
        const end = (at: string | null) => (at ? Date.parse(at) : Date.now());
        const wait = end(t.startedAt) - Date.parse(t.enqueuedAt);
        const ran = t.startedAt ? end(t.finishedAt) - Date.parse(t.startedAt) : 0;
        if (wait > 30_000 || ran > 30_000) slow.push(`task ${t.uid} ${t.type} on ${t.indexUid}: waited ${Math.round(wait / 1_000)} s, ran ${Math.round(ran / 1_000)} s`);
      }
      count += page.results.length;
      from = page.next;
    }
  } catch (error) {
    slow.push(`(the task list could not be read: ${(error as Error).message})`);
  } finally {
    client.close();
  }
  const line = `[${name}] test engine: ${count} tasks, peak memory ${peakMemory(dataDir)}, ${slow.length} slower than 30 s`;
  console.log([line, ...slow].join('\n  '));
}

/** The engine process's peak resident memory (Linux). */
function peakMemory(dataDir: string): string {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${embeddedEnginePid(dataDir)}/status`, 'utf8'))?.[1]);
    return `${Math.round(kb / 1024)} MiB`;
  } catch {
    return 'unknown';
  }
}
