import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * One GET route served by the app's first layer, through its middlewares called in a row: Express's router would walk
 * every layer before it (headers, compression, log, the /api router and its nested routers) to reach it. For the route
 * every keystroke of every visitor takes (docs/decisions.md §52). Other methods and paths, and any error, go on to the
 * app's own layers: an error reaches its error handler as from any route.
 */
export function hotRoute(path: string, handlers: readonly RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== path) return next();
    run(handlers, 0, req, res, next);
  };
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
