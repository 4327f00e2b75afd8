import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { Session, Sessions } from '../admin/auth/sessions.js';
import { csrfMatches } from '../admin/auth/sessions.js';
import { requestLogger } from './access-log.js';
import { HttpError } from './http-error.js';

// Every /api/admin route but login: a session cookie (401 without), and for every method but GET the session's CSRF
// token in X-CSRF-Token (403 without). The cookie is HttpOnly, SameSite=Strict, limited to /api/admin, Secure over TLS.

export const SESSION_COOKIE = 'odd17_admin';
const COOKIE_PATH = '/api/admin';

export const sessionToken = (req: Request): string | undefined => parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: COOKIE_PATH, maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: COOKIE_PATH });
}

/** The curator's session of this request (set by requireSession). */
export const sessionOf = (res: Response): Session => res.locals.session as Session;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireSession(sessions: Sessions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const session = await sessions.read(sessionToken(req));
    if (!session) return next(new HttpError(401, 'unauthorized', 'Connectez-vous pour accéder à l’espace des curateurs (session absente ou expirée).'));
    if (!SAFE.has(req.method) && !csrfMatches(session, req.get('x-csrf-token'))) {
      return next(new HttpError(403, 'forbidden', 'Jeton anti-falsification (X-CSRF-Token) absent ou faux : rechargez la page et recommencez.'));
    }
    res.locals.session = session;
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

/** A login posted from another site is refused (the browser says where a request comes from). */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return next(new HttpError(403, 'forbidden', 'Connexion refusée : la demande ne vient pas de cette application.'));
  next();
};

/** Logs an admin action with the curator's name (the request's logger, when there is one). */
export function audit(res: Response, action: string, details: Record<string, unknown> = {}): void {
  requestLogger(res)?.info({ curator: sessionOf(res)?.name, action, ...details }, `admin: ${action}`);
}
