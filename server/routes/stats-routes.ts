import { Router } from 'express';
import { StatsQuerySchema } from '#domain/query.js';
import { exportSlug } from '../export/file-name.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import { crossTable } from '../stats/cross-table.js';
import { crossTableCsv } from '../stats/stats-csv.js';

/** GET /api/stats. */
export function statsRoutes(ctx: SearchContext, now: () => Date): Router {
  const router = Router();
  router.get('/stats', async (req, res) => {
    const { rows, cols, format, measure, lang, ...filters } = parseQuery(StatsQuerySchema, req.query as Record<string, unknown>);
    const table = await crossTable(ctx, filters, rows, cols);
    if (format === 'json') return void res.json(table);
    const slug = exportSlug(filters);
    const name = `stats-odd17-${rows}-par-${cols}${measure === 'count' ? '' : `-${measure}`}${slug ? `-${slug}` : ''}-${now().toISOString().slice(0, 10)}.csv`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(crossTableCsv(table, rows, cols, measure, lang));
  });
  return router;
}
