import { Router } from 'express';
import { FeedQuerySchema } from '#domain/query.js';
import { buildFeed } from '../feed/build-feed.js';
import { newestExamples } from '../feed/newest-examples.js';
import { originOf } from '../http/origin.js';
import { parseQuery } from '../http/parse-query.js';
import type { SearchContext } from '../engine-client/multi-search.js';

/** GET /api/feed: the Atom feed of a search. */
export function feedRoutes(ctx: SearchContext, publicUrl?: string): Router {
  const router = Router();
  router.get('/feed', async (req, res) => {
    const { lang, ...filters } = parseQuery(FeedQuerySchema, req.query as Record<string, unknown>);
    const origin = originOf(req, publicUrl);
    const { examples, publishedAt } = await newestExamples(ctx, filters);
    const self = `${origin}/api/feed${req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : ''}`;
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/atom+xml; charset=utf-8').send(buildFeed({ filters, lang, examples, origin, self, publishedAt }));
  });
  return router;
}
