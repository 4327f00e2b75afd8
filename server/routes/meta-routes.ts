import { Router } from 'express';
import { NoParamsSchema } from '#domain/query.js';
import { parseQuery } from '../http/parse-query.js';
import { checkHealth } from '../search/check-health.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import { taxonomyWithCounts } from '../search/taxonomy-with-counts.js';

/** GET /api/taxonomy and GET /api/health. */
export function metaRoutes(ctx: SearchContext): Router {
  const router = Router();
  router.get('/taxonomy', async (req, res) => {
    parseQuery(NoParamsSchema, req.query as Record<string, unknown>);
    res.json(await taxonomyWithCounts(ctx));
  });
  router.get('/health', async (_req, res) => {
    const health = await checkHealth(ctx);
    res.setHeader('Cache-Control', 'no-store');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
