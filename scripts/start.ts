import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '#server/config.js';
import { connectEngine, stopOnSignals } from '#server/engine/connect.js';
import type { EngineHandle } from '#server/engine/embedded.js';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { datasetState } from '#server/search/dataset-info.js';
import { createLogger } from '#server/start/logger.js';
import { serveApp, type Served } from '#server/start/serve.js';
import { startupMessage } from '#server/start/startup-error.js';
import { ensureWebBuild } from '#server/start/web-build.js';

// `npm start`: engine (embedded by default) → search key → sample data if empty → web build if stale → listen.
const root = resolve(import.meta.dirname, '..');

/** Loads the sample exports of data/ into an empty or missing index, so a fresh `npm start` has something to search. */
async function importSampleIfEmpty(engine: EngineHandle, admin: EngineClient, config: Config, logger: Logger): Promise<void> {
  if ((await datasetState({ engine: admin, index: config.MEILI_INDEX })).documents > 0) return;
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return logger.warn('index vide et pas de dossier data/ à importer');
  logger.info('index vide : import des exemples de data/…');
  const report = await runImport({ paths: [dataDir], engine: { url: engine.url, masterKey: engine.masterKey }, index: config.MEILI_INDEX, dryRun: false, keepVersions: config.KEEP_VERSIONS });
  logger.info(report.counts, 'exemples importés');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const engine = await connectEngine(config);
  const admin = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 30_000 });
  let served: Served | undefined;
  // On a signal: the graceful close (docs/decisions.md §19), then the engine stops.
  const shutdown = stopOnSignals(engine, async () => {
    await served?.close();
    admin.close();
  });
  try {
    await importSampleIfEmpty(engine, admin, config, logger);
    served = await serveApp({ config, engine, admin, logger, webDir: ensureWebBuild(root, logger) });
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(startupMessage(error));
  process.exit(1);
});
