import type { Config } from '../config.js';
import { startEmbeddedEngine, type EngineHandle } from './embedded.js';
import { EngineUnavailableError } from './binary.js';
import { waitForHealth } from './health.js';

/**
 * The engine this process talks to: the server at MEILI_URL when set (never assumed local),
 * else the embedded one started from the bundled binary.
 */
export async function connectEngine(config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_DATA_DIR'>): Promise<EngineHandle> {
  if (config.MEILI_URL) {
    try {
      await waitForHealth(config.MEILI_URL, 10_000);
    } catch (error) {
      throw new EngineUnavailableError('Le moteur indiqué par MEILI_URL ne répond pas sur /health.', { cause: error });
    }
    return { url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY ?? '', owned: false, stop: async () => {} };
  }
  return startEmbeddedEngine({ dataDir: config.MEILI_DATA_DIR });
}

/** Stops the engine on Ctrl-C and termination, then exits; returns a function that does the same. */
export function stopOnSignals(handle: EngineHandle, beforeStop: () => Promise<void> = async () => {}): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      await beforeStop().catch(() => {});
      await handle.stop();
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  return shutdown;
}
