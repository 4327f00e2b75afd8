import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import type { EngineHandle } from '../server/engine/embedded.js';
import { createApp } from '../server/app.js';
import { loadConfig, trustProxySetting } from '../server/config.js';
import { connectEngine, stopOnSignals } from '../server/engine/connect.js';
import { createEngineClient } from '../server/engine-client/engine-client.js';
import { ensureSearchKey } from '../server/keys.js';
import { datasetState } from '../server/search/dataset-info.js';
import { runImport } from '../server/import/run-import.js';

// `npm start`: engine (embedded by default) → search key → sample data if empty → web build if stale → listen.
const root = resolve(import.meta.dirname, '..');
const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });

/** Newest modification time under a folder (0 when absent). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the front end when web/dist is missing or older than its sources; API only while the web folder does not exist. */
function ensureWebBuild(): string | undefined {
  const web = join(root, 'web');
  const dist = join(web, 'dist');
  if (!existsSync(join(web, 'index.html'))) {
    logger.warn('web/index.html absent : seule l’API est servie');
    return undefined;
  }
  const sources = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')));
  if (!existsSync(join(dist, 'index.html')) || newest(dist) < sources) {
    logger.info('construction du front (vite build)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
    // A broken front end must not take the API down: serve the previous build if any, else the API alone.
    if (build.status !== 0) logger.error('la construction du front a échoué (npm run build) : API servie, front précédent s’il existe');
  }
  return existsSync(join(dist, 'index.html')) ? dist : undefined;
}

/** Loads the sample exports of data/ into an empty or missing index, so a fresh `npm start` has something to search. */
async function importSampleIfEmpty(options: { engine: EngineHandle; index: string }): Promise<void> {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) {
    logger.warn('index vide et pas de dossier data/ à importer');
    return;
  }
  logger.info('index vide : import des exemples de data/…');
  const report = await runImport({ paths: [dataDir], engine: { url: options.engine.url, masterKey: options.engine.masterKey }, index: options.index, dryRun: false });
  logger.info(report.counts, 'import des exemples terminé');
}

const engine = await connectEngine(config);
const admin = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 30_000 });
let server: Server | undefined;
const shutdown = stopOnSignals(engine, async () => {
  // Stop accepting, let in-flight requests finish (exports included, up to 10 s), then the engine stops.
  if (!server) return;
  const closed = new Promise<void>((r) => server!.close(() => r()));
  server.closeIdleConnections();
  const force = setTimeout(() => server!.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
  search.close();
  admin.close();
  logger.info('serveur arrêté');
});

const searchKey = config.MEILI_SEARCH_KEY ?? (await ensureSearchKey(admin, config.MEILI_INDEX));
const search = createEngineClient({ url: engine.url, key: searchKey, timeoutMs: config.ENGINE_TIMEOUT_MS });
try {
  const state = await datasetState({ engine: admin, index: config.MEILI_INDEX });
  if (state.documents === 0) await importSampleIfEmpty({ engine, index: config.MEILI_INDEX });
  const webDir = ensureWebBuild();
  const app = createApp({
    search: { engine: search, index: config.MEILI_INDEX },
    logger,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    exportRateLimitPerMinute: config.RATE_LIMIT_EXPORT_PER_MINUTE,
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    webDir,
  });
  server = app.listen(config.PORT, config.HOST, (error?: Error) => {
    if (error) {
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      logger.fatal(busy ? `le port ${config.PORT} est déjà utilisé : arrêtez l’autre service ou choisissez PORT=…` : `écoute impossible : ${error.message}`);
      void shutdown().finally(() => process.exit(1));
      return;
    }
    const address = server!.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info(`prêt : http://localhost:${port}/ (API : /api, documentation : /api/docs)`);
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 10 * 60_000; // a 100k-row export may take a while to stream
  server.keepAliveTimeout = 65_000;
} catch (error) {
  logger.fatal({ err: error }, 'démarrage impossible');
  await shutdown();
  process.exit(1);
}
