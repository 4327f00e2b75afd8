import { Router } from 'express';
import { ChangesQuerySchema } from '#domain/query.js';
import { dataChanges, type SinceVersion } from '../changes/data-changes.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';

/** GET /api/changes: the live data version and what changed in a search's set since a link's version. */
export function changesRoutes(ctx: SearchContext, since: (version: string) => Promise<SinceVersion | null>): Router {
  const router = Router();
  router.get('/changes', async (req, res) => {
    const { since: version, ...filters } = parseQuery(ChangesQuerySchema, req.query as Record<string, unknown>);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await dataChanges(ctx, since, filters, version));
  });
  return router;
}
