import { parse as parseQueryString } from 'node:querystring';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { accessLog } from './http/access-log.js';
import { HOT_ROUTE_SETTING, hotRoute } from './http/hot-route.js';
import { apiNotFound, errorHandler } from './http/error-handler.js';
import { createRateLimiter, type RateLimitSettings } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { spaRoutes } from './http/spa.js';
import type { LiveService } from './live/live-service.js';
import { versionsSince } from './changes/data-changes.js';
import { createBasePackageCache, type BasePackageCache } from './export/base-package.js';
import { DEFAULT_EXPORT_SLOTS, createExportSlots, type ExportSlots } from './export/export-slots.js';
import { adminClient, type EngineTarget } from './publish/engine-admin.js';
import { changesRoutes } from './routes/changes-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { feedRoutes } from './routes/feed-routes.js';
import { liveRoutes, liveStreamRoutes } from './routes/live-routes.js';
import { metaRoutes } from './routes/meta-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import { openApiRoutes } from './routes/openapi-routes.js';
import { searchHandler, searchRoutes } from './routes/search-routes.js';
import { createSearchCache } from './search/search-cache.js';
import { watchDataVersion } from './search/data-version-watcher.js';
import type { AdminService } from './admin/admin-service.js';
import { adminRoutes } from './routes/admin-routes.js';
import { withOutageLog } from './engine-client/outage-log.js';
import type { SearchContext } from './engine-client/multi-search.js';

export interface AppDeps {
  /** Engine client holding the search-only key, and the examples index. */
  search: SearchContext;
  logger?: Logger;
  /** Webinar live sessions (/api/live), shared with the other app processes through the engine; absent = no live mode. */
  live?: LiveService;
  /**
   * The limiter's budgets and the key that signs visitor cookies (the same in every process of a deployment: derive
   * it with `visitorSecret` from the engine key). Absent, or `perSecond: 0`: no limit.
   */
  rateLimit?: { settings: RateLimitSettings; secret: Buffer };
  /** How long identical searches share one answer (ms); 0 or absent = off, every request searches. */
  searchCacheMs?: number;
  /** Bound on the bytes the search cache keeps (default 16 MB). */
  searchCacheMaxBytes?: number;
  /** Express `trust proxy`: off unless the app sits behind a known proxy. */
  trustProxy?: boolean | number | string;
  /** Exports streamed at once (the rest wait a little, then 503); shared with the shutdown, which drains them. */
  exportSlots?: ExportSlots;
  /** The engine with its master key, for what the search key cannot read (the publishing history); never sent out. */
  admin?: EngineTarget;
  /** The site's public address (PUBLIC_URL) for links in exports and feeds; absent: the request's own. */
  publicUrl?: string;
  /** The cache of the whole-base package; absent: one in a fresh folder of the system's temporary directory. */
  basePackage?: BasePackageCache;
  /** The curators' workspace (/api/admin), its state in the engine; absent = no workspace. */
  workspace?: AdminService;
  /** How often the live data version is read to drop shared answers after a publication by any process (ms); absent = never. */
  dataWatchMs?: number;
  /** Built front end to serve (web/dist), if any. */
  webDir?: string;
  now?: () => Date;
}

/** The whole HTTP app, built but not listening (tests listen on port 0); serve it with createAppServer (http/app-server.ts). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  // Node's querystring with no cap on keys: its default silently drops every param after the 1,000th (the 16 KB head limit bounds them).
  app.set('query parser', (text: string) => parseQueryString(text, undefined, undefined, { maxKeys: 0 }));
  // No upgrade-insecure-requests: the app is often reached over plain HTTP on a LAN address (workshops), where it would break assets.
  const headers = securityHeaders({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  const log = deps.logger ? accessLog(deps.logger) : undefined;
  const limiter = deps.rateLimit && deps.rateLimit.settings.perSecond > 0 ? createRateLimiter(deps.rateLimit.settings, deps.rateLimit.secret) : undefined;
  // With a logger, an engine outage is logged once when it starts and once when it ends (withOutageLog).
  const search = deps.logger ? { ...deps.search, engine: withOutageLog(deps.search.engine, deps.logger) } : deps.search;
  const cache = createSearchCache({ ttlMs: deps.searchCacheMs ?? 0, maxBytes: deps.searchCacheMaxBytes });
  // Every process drops its shared answers when any process (or the CLI) publishes (docs/decisions.md §38).
  if (deps.dataWatchMs && deps.searchCacheMs) watchDataVersion(search, deps.dataWatchMs, () => cache.clear());
  const searchRoute = searchHandler(search, cache);

  // Every keystroke's search: the same headers, log line and budget as below, without the walk through the layers.
  // Search answers gzip themselves, once per answer (send-answer.ts), so the compression middleware is not among them.
  // createAppServer's door lets it in before the app itself (docs/decisions.md §56); through app.listen, it is the first layer.
  const hot = hotRoute('/api/search', [headers, ...(log ? [log] : []), ...(limiter ? [limiter.api] : []), searchRoute], errorHandler);
  app.set(HOT_ROUTE_SETTING, hot);
  app.use(hot.layer);
  app.use(headers);
  // Level 1: on a ~40 KB answer it takes half the CPU of the default 6 (≈0.1 vs 0.23 ms) for ~20 % more bytes (7.4 vs 6.2 KB).
  app.use(compression({ level: 1 }));
  if (log) app.use(log);

  const api = express.Router();
  // A participant's event stream is one long request: outside the per-request budget, bounded per address on its own.
  if (deps.live) api.use(liveStreamRoutes(deps.live));
  if (limiter) {
    api.use(limiter.api);
    api.use(['/export', '/stats'], limiter.exports);
  }
  const now = deps.now ?? (() => new Date());
  const basePackage = deps.basePackage ?? createBasePackageCache({ ctx: search, now });
  api.use(searchRoutes(search, searchRoute));
  api.use(metaRoutes(search));
  api.use(exportRoutes(search, now, deps.exportSlots ?? createExportSlots({ max: DEFAULT_EXPORT_SLOTS }), basePackage, deps.publicUrl));
  api.use(feedRoutes(search, deps.publicUrl));
  api.use(changesRoutes(search, versionsSince(deps.admin ? adminClient(deps.admin) : undefined, search.index)));
  api.use(statsRoutes(search, now));
  if (deps.live) api.use(liveRoutes(deps.live));
  api.use(openApiRoutes());
  if (deps.workspace) api.use('/admin', adminRoutes(deps.workspace, () => cache.clear()));
  api.use(apiNotFound);
  app.use('/api', api);

  if (deps.webDir) app.use(spaRoutes(deps.webDir, limiter?.onPage));
  app.use(errorHandler);
  return app;
}
