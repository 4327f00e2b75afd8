import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from '../app.js';
import { rateLimitSettings, trustProxySetting, type Config } from '../config.js';
import type { EngineHandle } from '../engine/embedded.js';
import { createEngineClient, type EngineClient } from '../engine-client/engine-client.js';
import { createBasePackageCache } from '../export/base-package.js';
import { createExportSlots } from '../export/export-slots.js';
import { closeGracefully } from '../http/graceful-close.js';
import { visitorSecret } from '../http/visitor-cookie.js';
import { ensureSearchKey } from '../keys.js';
import { createLiveService } from '../live/live-service.js';
import { adminOptionsFrom, createAdminService } from '../admin/admin-service.js';
import { listen } from './listen.js';

export interface Served {
  server: Server;
  port: number;
  /** Stops accepting, lets searches finish and exports have SHUTDOWN_GRACE_MS, then closes; logs what it did. */
  close(): Promise<void>;
}

/**
 * The app as `npm start` serves it on a connected engine: search-only key, limiter, export slots, live sessions, the
 * whole-base package, graceful close.
 */
export async function serveApp(options: { config: Config; engine: EngineHandle; admin: EngineClient; logger: Logger; webDir?: string }): Promise<Served> {
  const { config, engine, admin, logger } = options;
  const searchKey = config.MEILI_SEARCH_KEY ?? (await ensureSearchKey(admin, config.MEILI_INDEX));
  const search = createEngineClient({ url: engine.url, key: searchKey, timeoutMs: config.ENGINE_TIMEOUT_MS });
  const exportSlots = createExportSlots({ max: config.EXPORT_MAX_CONCURRENT });
  const ctx = { engine: search, index: config.MEILI_INDEX };
  const basePackage = createBasePackageCache({ ctx });
  // The live sessions' own client: the master key writes `${MEILI_INDEX}-live`; it never searches nor leaves the server.
  const liveEngine = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: config.ENGINE_TIMEOUT_MS });
  const live = createLiveService({ engine: liveEngine, index: config.MEILI_INDEX, idleMs: config.LIVE_IDLE_MINUTES * 60_000, streamsPerIp: config.LIVE_STREAMS_PER_IP, logger });
  // The curators' workspace writes its own indexes with the master key (docs/decisions.md §34), never sent out.
  const workspace = createAdminService(adminOptionsFrom(config, { url: engine.url, masterKey: engine.masterKey }, admin, logger));
  void workspace.warmUp().catch((error: unknown) => logger.warn({ err: error }, 'espace des curateurs : index non préparés (ils le seront au premier usage)'));
  const app = createApp({
    search: ctx,
    live,
    workspace,
    dataWatchMs: config.DATA_WATCH_MS,
    admin: { url: engine.url, masterKey: engine.masterKey },
    publicUrl: config.PUBLIC_URL,
    basePackage,
    logger,
    // Signed with a key every process of the deployment holds, so each accepts the others' visitor cookies.
    rateLimit: { settings: rateLimitSettings(config), secret: visitorSecret(engine.masterKey || searchKey) },
    searchCacheMs: config.SEARCH_CACHE_MS,
    exportSlots,
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    webDir: options.webDir,
  });
  const server = await listen(app, config);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info(`prêt : http://localhost:${port}/ (API : /api, documentation : /api/docs)`);
  // The whole-base package is built now rather than by its first visitor (a cache: a failure only means it is built on demand).
  basePackage.current(config.PUBLIC_URL ?? `http://localhost:${port}`).catch((error: unknown) => logger.warn({ err: error }, 'paquet de toute la base non préparé'));
  let closing: Promise<void> | undefined;
  return {
    server,
    port,
    close: () =>
      (closing ??= (async () => {
        logger.info({ exports: exportSlots.active, graceMs: config.SHUTDOWN_GRACE_MS }, 'arrêt : plus de nouvelle connexion, les requêtes en cours se terminent');
        // Live streams never finish by themselves: closed first, their browsers reconnect once a process answers again.
        live.close();
        const report = await closeGracefully(server, { graceMs: config.SHUTDOWN_GRACE_MS, exports: exportSlots });
        search.close();
        liveEngine.close();
        logger.info(report, 'serveur arrêté');
      })()),
  };
}
