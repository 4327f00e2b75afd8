import { Router, type RequestHandler } from 'express';
import { ExampleParamsSchema, SearchQuerySchema } from '#domain/query.js';
import { HttpError } from '../http/http-error.js';
import { parseQuery } from '../http/parse-query.js';
import { sendAnswer } from '../http/send-answer.js';
import { getExample } from '../search/get-example.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import type { SearchCache } from '../search/search-cache.js';
import { searchExamples } from '../search/search-examples.js';

/** GET /api/search, identical searches shared through `cache` (app.ts serves it first, as a hot route). */
export function searchHandler(ctx: SearchContext, cache: SearchCache): RequestHandler {
  return async (req, res) => {
    const query = parseQuery(SearchQuerySchema, req.query as Record<string, unknown>);
    const { answer, shared } = await cache.answer(query, async () => JSON.stringify(await searchExamples(ctx, query)));
    // A shared answer cost the engine nothing: the per-IP limit does not count it (see app.ts).
    res.locals.sharedAnswer = shared;
    sendAnswer(req, res, answer);
  };
}

/** GET /api/examples/:id, and `search` for the spellings of its path the hot route leaves to the router (`/API/Search/`). */
export function searchRoutes(ctx: SearchContext, search: RequestHandler): Router {
  const router = Router();
  router.get('/search', search);
  router.get('/examples/:id', async (req, res) => {
    const { id } = parseQuery(ExampleParamsSchema, { ...req.params });
    const example = await getExample(ctx, id);
    if (!example) throw new HttpError(404, 'not_found', `Aucun exemple n’a l’identifiant « ${id} ».`);
    res.json(example);
  });
  return router;
}
