import { Router } from 'express';
import { ChangesQuerySchema } from '#domain/query.js';
import { dataChanges } from '../changes/data-changes.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';

/** GET /api/changes: the live data version and what changed in a search's set since a link's version. */
export function changesRoutes(ctx: SearchContext, dateOf: (version: string) => Promise<string | null>): Router {
  const router = Router();
  router.get('/changes', async (req, res) => {
    const { since, ...filters } = parseQuery(ChangesQuerySchema, req.query as Record<string, unknown>);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await dataChanges(ctx, dateOf, filters, since));
  });
  return router;
}
