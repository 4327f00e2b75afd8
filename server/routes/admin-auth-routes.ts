import express, { Router } from 'express';
import { z } from 'zod';
import type { AdminService } from '../admin/admin-service.js';
import { requestLogger } from '../http/access-log.js';
import { audit, clearSessionCookie, sameOrigin, sessionOf, setSessionCookie, sessionToken } from '../http/admin-guard.js';
import { HttpError } from '../http/http-error.js';
import { parseQuery } from '../http/parse-query.js';

// POST /api/admin/login, GET /api/admin/session, POST /api/admin/logout.

const LoginSchema = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(200) }).strict();

const minutes = (seconds: number): string => (seconds < 90 ? `${seconds} secondes` : `${Math.ceil(seconds / 60)} minutes`);

/** The login, before the session guard. */
export function loginRoutes(svc: AdminService): Router {
  const router = Router();
  router.post('/login', sameOrigin, express.json({ limit: '8kb' }), async (req, res) => {
    const { name, password } = parseQuery(LoginSchema, (req.body ?? {}) as Record<string, unknown>);
    const ip = req.ip ?? 'inconnue';
    const log = requestLogger(res);
    const wait = await svc.throttle.retryAfter(name, ip);
    if (wait.seconds > 0) {
      log?.warn({ curator: name, ip, by: wait.by }, 'admin: connexion bloquée (trop d’essais)');
      res.setHeader('Retry-After', String(wait.seconds));
      const who = wait.by === 'account' ? 'pour ce compte' : 'depuis cette adresse';
      throw new HttpError(429, 'rate_limited', `Trop d’essais de connexion ${who} : réessayez dans ${minutes(wait.seconds)}.`);
    }
    const curator = await svc.curators.verify(name, password);
    if (!curator) {
      await svc.throttle.failed(name, ip);
      log?.warn({ curator: name, ip }, 'admin: connexion refusée');
      throw new HttpError(401, 'unauthorized', 'Nom ou mot de passe incorrect.');
    }
    if (wait.counted) await svc.throttle.succeeded(name);
    const { token } = await svc.sessions.open(curator);
    setSessionCookie(req, res, token, svc.options.sessionMs);
    log?.info({ curator: curator.name, ip }, 'admin: connexion');
    res.status(204).end();
  });
  return router;
}

/** Behind the guard: who is logged in (and the CSRF token), and the logout. */
export function sessionRoutes(svc: AdminService): Router {
  const router = Router();
  router.get('/session', (_req, res) => {
    const session = sessionOf(res);
    res.json({ name: session.name, csrfToken: session.csrfToken });
  });
  router.post('/logout', async (req, res) => {
    await svc.sessions.close(sessionOf(res));
    audit(res, 'déconnexion');
    clearSessionCookie(req, res);
    res.status(204).end();
  });
  return router;
}

export { sessionToken };
