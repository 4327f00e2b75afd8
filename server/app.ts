import compression from 'compression';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { apiNotFound, errorHandler } from './http/error-handler.js';
import { perIpLimit } from './http/rate-limit.js';
import { spaRoutes } from './http/spa.js';
import { versionsSince } from './changes/data-changes.js';
import { createBasePackageCache, type BasePackageCache } from './export/base-package.js';
import { adminClient, type EngineTarget } from './publish/engine-admin.js';
import { changesRoutes } from './routes/changes-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { feedRoutes } from './routes/feed-routes.js';
import { metaRoutes } from './routes/meta-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import { openApiRoutes } from './routes/openapi-routes.js';
import { searchRoutes } from './routes/search-routes.js';
import { createSearchCache } from './search/search-cache.js';
import { watchDataVersion } from './search/data-version-watcher.js';
import type { AdminService } from './admin/admin-service.js';
import { adminRoutes } from './routes/admin-routes.js';
import type { SearchContext } from './engine-client/multi-search.js';

export interface AppDeps {
  /** Engine client holding the search-only key, and the examples index. */
  search: SearchContext;
  logger?: Logger;
  /** Per-IP requests per minute on /api (0 = off), and the stricter budget of export and stats. */
  rateLimitPerMinute?: number;
  exportRateLimitPerMinute?: number;
  /** How long identical searches share one answer (ms); 0 or absent = off, every request searches. */
  searchCacheMs?: number;
  /** Express `trust proxy`: off unless the app sits behind a known proxy. */
  trustProxy?: boolean | number | string;
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

/**
 * One access-log line says who asked what and how it ended: method, URL, client address (`req.ip`, so the real client
 * behind a trusted proxy), status. pino-http's defaults also copy every request and response header, cookies
 * included, into every line.
 */
const accessLogSerializers = {
  req: (req: Request) => ({ id: req.id, method: req.method, url: req.originalUrl, remoteAddress: req.ip }),
  res: (res: Response) => ({ statusCode: res.statusCode }),
};

/** The whole HTTP app, built but not listening (tests listen on port 0). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('query parser', 'simple');
  // No upgrade-insecure-requests: the app is often reached over plain HTTP on a LAN address (workshops), where it would break assets.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // Level 1: on a ~40 KB search answer it takes half the CPU of the default 6 (≈0.1 vs 0.23 ms) for ~20 % more bytes (7.4 vs 6.2 KB).
  app.use(compression({ level: 1 }));
  if (deps.logger) app.use(pinoHttp({ logger: deps.logger, quietReqLogger: true, autoLogging: { ignore: (req) => req.url === '/api/health' }, wrapSerializers: false, serializers: accessLogSerializers }));

  const api = express.Router();
  // Searches answered from the cache of identical searches are not counted: 200 webinar participants behind one office
  // address typing the same words cost one engine call per word, not a budget each.
  api.use(perIpLimit(deps.rateLimitPerMinute ?? 6_000, (res) => res.locals.sharedAnswer === true));
  api.use(['/export', '/stats'], perIpLimit(deps.exportRateLimitPerMinute ?? 120));
  const cache = createSearchCache({ ttlMs: deps.searchCacheMs ?? 0 });
  if (deps.dataWatchMs && deps.searchCacheMs) watchDataVersion(deps.search, deps.dataWatchMs, () => cache.clear());
  api.use(searchRoutes(deps.search, cache));
  api.use(metaRoutes(deps.search));
  const now = deps.now ?? (() => new Date());
  const basePackage = deps.basePackage ?? createBasePackageCache({ ctx: deps.search, now });
  api.use(exportRoutes(deps.search, now, basePackage, deps.publicUrl));
  api.use(feedRoutes(deps.search, deps.publicUrl));
  api.use(changesRoutes(deps.search, versionsSince(deps.admin ? adminClient(deps.admin) : undefined, deps.search.index)));
  api.use(statsRoutes(deps.search, now));
  api.use(openApiRoutes());
  if (deps.workspace) api.use('/admin', adminRoutes(deps.workspace, () => cache.clear()));
  api.use(apiNotFound);
  app.use('/api', api);

  if (deps.webDir) app.use(spaRoutes(deps.webDir));
  app.use(errorHandler);
  return app;
}
