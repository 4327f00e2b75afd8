import { Router } from 'express';
import { ExportQuerySchema } from '#domain/query.js';
import { streamExport } from '../export/stream-export.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import type { ExportSlots } from '../export/export-slots.js';

/** GET /api/export, at most `slots` at once. */
export function exportRoutes(ctx: SearchContext, now: () => Date, slots: ExportSlots): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const query = parseQuery(ExportQuerySchema, req.query as Record<string, unknown>);
    await streamExport(ctx, query, res, now(), slots);
  });
  return router;
}
