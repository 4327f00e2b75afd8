import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { createApp } from '#server/app.js';
import { loadConfig, trustProxySetting, type Config } from '#server/config.js';
import { connectEngine, stopOnSignals } from '#server/engine/connect.js';
import type { EngineHandle } from '#server/engine/embedded.js';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { adminOptionsFrom, createAdminService } from '#server/admin/admin-service.js';
import { createBasePackageCache } from '#server/export/base-package.js';
import { ensureSearchKey } from '#server/keys.js';
import { datasetState } from '#server/search/dataset-info.js';
import { createLogger } from '#server/start/logger.js';
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

/** Listens, resolving once the port is bound; a taken port is said plainly. */
function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise((resolveServer, reject) => {
    const server: Server = app.listen(config.PORT, config.HOST, (error?: Error) => {
      if (!error) return resolveServer(server);
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      reject(busy ? new Error(`le port ${config.PORT} est déjà utilisé : arrêtez l’autre service ou choisissez PORT=…`) : error);
    });
    server.headersTimeout = 30_000;
    server.requestTimeout = 10 * 60_000; // a 100k-row export may take a while to stream
    server.keepAliveTimeout = 65_000;
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const engine = await connectEngine(config);
  const admin = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 30_000 });
  let server: Server | undefined;
  let search: EngineClient | undefined;
  const shutdown = stopOnSignals(engine, async () => {
    // Stop accepting, let in-flight requests finish (exports included, up to 10 s), then the engine stops.
    if (server) {
      const closed = new Promise<void>((r) => server!.close(() => r()));
      server.closeIdleConnections();
      const force = setTimeout(() => server!.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(force);
    }
    search?.close();
    admin.close();
    logger.info('serveur arrêté');
  });
  try {
    const searchKey = config.MEILI_SEARCH_KEY ?? (await ensureSearchKey(admin, config.MEILI_INDEX));
    search = createEngineClient({ url: engine.url, key: searchKey, timeoutMs: config.ENGINE_TIMEOUT_MS });
    await importSampleIfEmpty(engine, admin, config, logger);
    const ctx = { engine: search, index: config.MEILI_INDEX };
    const basePackage = createBasePackageCache({ ctx });
    const workspace = createAdminService(adminOptionsFrom(config, { url: engine.url, masterKey: engine.masterKey }, admin, logger));
    void workspace.warmUp().catch((error: unknown) => logger.warn({ err: error }, 'espace des curateurs : index non préparés (ils le seront au premier usage)'));
    const app = createApp({
      search: ctx,
      admin: { url: engine.url, masterKey: engine.masterKey },
      workspace,
      dataWatchMs: config.DATA_WATCH_MS,
      publicUrl: config.PUBLIC_URL,
      basePackage,
      logger,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      exportRateLimitPerMinute: config.RATE_LIMIT_EXPORT_PER_MINUTE,
      searchCacheMs: config.SEARCH_CACHE_MS,
      trustProxy: trustProxySetting(config.TRUST_PROXY),
      webDir: ensureWebBuild(root, logger),
    });
    server = await listen(app, config);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info(`prêt : http://localhost:${port}/ (API : /api, documentation : /api/docs)`);
    // The whole-base package is built now rather than by its first visitor (a cache: a failure only means it is built on demand).
    basePackage.current(config.PUBLIC_URL ?? `http://localhost:${port}`).catch((error: unknown) => logger.warn({ err: error }, 'paquet de toute la base non préparé'));
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(startupMessage(error));
  process.exit(1);
});
