import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './http-error.js';
import { createBuckets, type Buckets } from './token-bucket.js';
import { createVisitorCookies, type VisitorCookies } from './visitor-cookie.js';

/** The budgets (see README, docs/decisions.md §18); `perSecond: 0` turns the limiter off. */
export interface RateLimitSettings {
  /** Per visitor (signed cookie): sustained requests per second; the burst is 12 s of it. */
  perSecond: number;
  /** Clients without a cookie (scripts, curl) share one bucket per address; burst 10 s of it. */
  anonymousPerSecond: number;
  /** Ceiling per address whatever the cookies (a whole office in a webinar); burst 2 s of it. */
  ipPerSecond: number;
  /** Cookies given per address per minute (burst: a minute's worth), so a script cannot mint itself budgets. */
  newVisitorsPerMinute: number;
  /** Exports and statistics per visitor (or per cookieless address) per minute; burst 10. */
  exportPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { perSecond: 5, anonymousPerSecond: 10, ipPerSecond: 500, newVisitorsPerMinute: 600, exportPerMinute: 30 };

export interface RateLimiter {
  /** Every /api request but health and docs: the visitor's (or the address's cookieless) bucket, then the address's. */
  api: RequestHandler;
  /** The stricter budget of /api/export and /api/stats. */
  exports: RequestHandler;
  /** On a page load: a browser without a valid cookie gets one (within its address's quota). */
  onPage(req: Request, res: Response): void;
}

// Outside every budget: a health checker behind the office address must never see the app as down.
const FREE_PATHS = new Set(['/health', '/openapi.json', '/docs']);

const refused = (retryAfterSeconds: number, who: string) =>
  new HttpError(429, 'rate_limited', `Trop de requêtes ${who} : patientez quelques secondes (voir l’en-tête Retry-After).`, undefined, { retryAfterSeconds });

/**
 * Per-visitor token buckets (anonymous signed cookie), a shared bucket per address for clients without a cookie, and
 * a ceiling per address. A search answered from the shared cache is given back: it cost the engine nothing.
 * Counters live in this process's memory: behind N app processes each allows its own share (docs/decisions.md §18).
 */
export function createRateLimiter(settings: RateLimitSettings, secret: Buffer): RateLimiter {
  const cookies: VisitorCookies = createVisitorCookies(secret);
  const visitors = createBuckets({ perSecond: settings.perSecond, burst: 12 * settings.perSecond });
  const anonymous = createBuckets({ perSecond: settings.anonymousPerSecond, burst: 10 * settings.anonymousPerSecond });
  const addresses = createBuckets({ perSecond: settings.ipPerSecond, burst: 2 * settings.ipPerSecond });
  const issuance = createBuckets({ perSecond: settings.newVisitorsPerMinute / 60, burst: settings.newVisitorsPerMinute });
  const exportsBudget = createBuckets({ perSecond: settings.exportPerMinute / 60, burst: 10 });

  // req.ip works the address out from the socket and the trusted X-Forwarded-For on each read: read once per request.
  const ip = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'inconnue';
  /** The visitor of a valid cookie, or a new one when the address may still be given cookies. */
  const newVisitor = (req: Request, res: Response, address: string): string | undefined => (issuance.take(address).ok ? cookies.issue(req, res) : undefined);
  const whose = (req: Request, res: Response, address: string): { key: string; bucket: Buckets; who: string } => {
    // Browsers say Sec-Fetch-Site on every request; a browser without a cookie yet (API served apart from the page) gets one.
    const visitor = cookies.read(req) ?? (req.headers['sec-fetch-site'] ? newVisitor(req, res, address) : undefined);
    return visitor ? { key: visitor, bucket: visitors, who: 'depuis ce navigateur' } : { key: address, bucket: anonymous, who: 'depuis cette adresse (sans cookie)' };
  };

  return {
    api(req, res, next) {
      if (FREE_PATHS.has(req.path)) return next();
      const address = ip(req);
      const { key, bucket, who } = whose(req, res, address);
      (res.locals as { visitorKey?: string }).visitorKey = key;
      const own = bucket.take(key);
      if (!own.ok) return next(refused(own.retryAfterSeconds, who));
      const shared = addresses.take(address);
      if (!shared.ok) {
        bucket.give(key);
        return next(refused(shared.retryAfterSeconds, 'depuis cette adresse'));
      }
      res.once('finish', () => {
        if (res.locals.sharedAnswer !== true) return;
        bucket.give(key);
        addresses.give(address);
      });
      next();
    },
    exports(req, res, next) {
      const key = (res.locals as { visitorKey?: string }).visitorKey ?? ip(req);
      const taken = exportsBudget.take(key);
      if (!taken.ok) return next(refused(taken.retryAfterSeconds, 'd’exports ou de statistiques'));
      // An export refused for want of a slot (503 + Retry-After) cost nothing: retrying as told must not spend the budget.
      res.once('finish', () => res.statusCode === 503 && exportsBudget.give(key));
      next();
    },
    onPage(req, res) {
      if (!cookies.read(req)) newVisitor(req, res, ip(req));
    },
  };
}
