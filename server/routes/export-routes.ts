import { Router } from 'express';
import { ExportQuerySchema, NoParamsSchema } from '#domain/query.js';
import type { BasePackageCache } from '../export/base-package.js';
import { attachment, streamExport } from '../export/stream-export.js';
import { HttpError } from '../http/http-error.js';
import { originOf } from '../http/origin.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import type { ExportSlots } from '../export/export-slots.js';

/** GET /api/export (at most `slots` at once), and GET|HEAD /api/export/base.zip (the whole base, from the cache; ETag = data version). */
export function exportRoutes(ctx: SearchContext, now: () => Date, slots: ExportSlots, base: BasePackageCache, publicUrl?: string): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const query = parseQuery(ExportQuerySchema, req.query as Record<string, unknown>);
    await streamExport(ctx, query, res, now(), originOf(req, publicUrl), slots);
  });
  // Express answers HEAD with the GET route, body left out: the size without the download.
  router.get('/export/base.zip', async (req, res) => {
    parseQuery(NoParamsSchema, req.query as Record<string, unknown>);
    const file = await base.current(originOf(req, publicUrl));
    if (!file) throw new HttpError(404, 'not_found', 'Aucune donnée n’est encore publiée : la base est vide.');
    const day = (file.publishedAt ?? new Date().toISOString()).slice(0, 10);
    res.setHeader('ETag', `"${file.dataVersion}"`);
    if (file.publishedAt) res.setHeader('Last-Modified', new Date(file.publishedAt).toUTCString());
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Total-Count', String(file.documents));
    res.setHeader('Content-Disposition', attachment(`exemples-odd17-base-${day}-${file.dataVersion}.zip`));
    // send answers 304 to a matching If-None-Match, 412 to a failed If-Match, and serves ranges (416 when unsatisfiable).
    res.sendFile(file.path, { etag: false, lastModified: false, headers: { 'Content-Type': 'application/zip' } }, (error) => {
      if (error && !res.headersSent) res.status((error as { status?: number }).status ?? 500).end();
    });
  });
  return router;
}
