import { Router } from 'express';
import { ExportQuerySchema } from '#domain/query.js';
import { streamExport } from '../export/stream-export.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';

/** GET /api/export. */
export function exportRoutes(ctx: SearchContext, now: () => Date): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const query = parseQuery(ExportQuerySchema, req.query as Record<string, unknown>);
    await streamExport(ctx, query, res, now());
  });
  return router;
}
