import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedEngine } from '#server/engine/embedded.js';

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
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
