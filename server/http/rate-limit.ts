import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './http-error.js';

/**
 * A per-IP budget per minute; 0 turns it off. The client IP is req.ip, which honours X-Forwarded-For only under
 * `trust proxy`. A request for which `uncounted(res)` holds once answered is given back to the budget.
 */
export function perIpLimit(perMinute: number, uncounted?: (res: Response) => boolean): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    ...(uncounted ? { skipSuccessfulRequests: true, requestWasSuccessful: (_req: Request, res: Response) => uncounted(res) } : {}),
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Without a trusted proxy the header is simply ignored; no need to warn about it on every start.
    validate: { xForwardedForHeader: false },
    handler: (_req, _res, next) => {
      next(new HttpError(429, 'rate_limited', 'Trop de requêtes depuis cette adresse : patientez quelques secondes (voir l’en-tête Retry-After).'));
    },
  });
}
