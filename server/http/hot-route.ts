import type { IncomingMessage } from 'node:http';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/** The app setting under which `createApp` leaves its hot route, for the server's door (app-server.ts) to find. */
export const HOT_ROUTE_SETTING = 'hot route';

/**
 * One GET route served through its middlewares called in a row: Express's router would walk every layer before it
 * (headers, compression, log, the /api router and its nested routers) to reach it. For the route every keystroke of
 * every visitor takes (docs/decisions.md §52, §56).
 */
export interface HotRoute {
  /** The app's first layer: serves the route for a request that came in through the app (app.listen, supertest), passes the rest on. */
  readonly layer: RequestHandler;
  /** Whether a request is for this route: GET or HEAD of exactly its path (the query aside). */
  matches(req: IncomingMessage): boolean;
  /**
   * Serves a request the server's door let in before the app (createAppServer): an error goes to `onError` as from any
   * route of the app; a middleware that calls `next()` without answering hands the request to `fallThrough` (the app).
   */
  serve(req: Request, res: Response, fallThrough: () => void): void;
}

export function hotRoute(path: string, handlers: readonly RequestHandler[], onError: ErrorRequestHandler): HotRoute {
  const matches = (req: IncomingMessage): boolean => (req.method === 'GET' || req.method === 'HEAD') && pathOf(req.url ?? '') === path;
  return {
    layer: (req, res, next) => (matches(req) && !handedOn.has(req) ? run(handlers, 0, req, res, next) : next()),
    matches,
    serve: (req, res, fallThrough) =>
      run(handlers, 0, req, res, (error?: unknown) => {
        if (error) return onError(error, req, res, () => lastResort(res));
        // The app's first layer is this route again: it lets the request pass this time.
        handedOn.add(req);
        fallThrough();
      }),
  };
}

/** Requests the door served that the route handed on to the app (rare: its middlewares answer, or fail). */
const handedOn = new WeakSet<IncomingMessage>();

/** The path of a request's URL, its query aside (what Express's req.path is, without parsing the whole URL). */
function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** An error handler that passed its error on: nothing is left to answer it but an empty 500, or a cut connection. */
function lastResort(res: Response): void {
  if (res.headersSent) res.destroy();
  else res.status(500).end();
}

/** Calls handlers[i] with a `next` that calls the one after it; a throw or a rejected promise is passed on, as Express does. */
function run(handlers: readonly RequestHandler[], i: number, req: Request, res: Response, done: NextFunction): void {
  const handler = handlers[i];
  if (!handler) return done();
  const next: NextFunction = (error?: unknown) => (error ? done(error) : run(handlers, i + 1, req, res, done));
  try {
    const returned = handler(req, res, next) as unknown;
    if (returned instanceof Promise) returned.catch((error: unknown) => done(error ?? new Error('rejected')));
  } catch (error) {
    done(error);
  }
}
