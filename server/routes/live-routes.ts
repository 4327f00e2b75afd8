import express, { Router, type Request, type RequestHandler } from 'express';
import { LiveCodeSchema, LiveStateBodySchema } from '#domain/live.js';
import { parseQuery } from '../http/parse-query.js';
import { eventStream } from '../live/event-stream.js';
import { sessionGone, wrongToken } from '../live/live-errors.js';
import type { LiveService } from '../live/live-service.js';

/** The code in the path, in its one written form; a malformed one is just an unknown session. */
function codeOf(req: Request): string {
  const parsed = LiveCodeSchema.safeParse(req.params.code);
  if (!parsed.success) throw sessionGone(String(req.params.code).slice(0, 20), undefined);
  return parsed.data;
}

function bearerToken(req: Request): string {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.get('authorization') ?? '');
  if (!match) throw wrongToken();
  return match[1]!;
}

// A presenter token must never sit in a cache, nor a participant count go stale in one.
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * GET /api/live/:code/events: one long request per participant, so it is mounted before the per-request rate limit
 * (reconnections would spend an office's budget); it has its own bound on streams per address.
 */
export function liveStreamRoutes(live: LiveService): Router {
  const router = Router();
  router.get('/live/:code/events', async (req, res) => {
    await live.follow(codeOf(req), eventStream(req, res));
  });
  return router;
}

/** POST /api/live, GET /api/live/:code (participants), PUT /api/live/:code/state, DELETE /api/live/:code. */
export function liveRoutes(live: LiveService): Router {
  const router = Router();
  const json = express.json({ limit: '8kb' });
  router.use('/live', noStore);
  router.post('/live', async (_req, res) => {
    res.status(201).json(await live.create());
  });
  router.get('/live/:code', async (req, res) => {
    const code = codeOf(req);
    res.json({ code, participants: await live.participants(code, req.ip ?? 'unknown') });
  });
  router.put('/live/:code/state', json, async (req, res) => {
    const code = codeOf(req);
    const token = bearerToken(req);
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
    const { path, show } = parseQuery(LiveStateBodySchema, body);
    await live.setState(code, token, path, show);
    res.status(204).end();
  });
  router.delete('/live/:code', async (req, res) => {
    const code = codeOf(req);
    await live.end(code, bearerToken(req));
    res.status(204).end();
  });
  return router;
}
