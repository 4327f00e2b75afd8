import { IncomingMessage, ServerResponse, createServer, type Server } from 'node:http';
import type { Express, Request, Response } from 'express';
import { HOT_ROUTE_SETTING, type HotRoute } from './hot-route.js';

/**
 * The app's HTTP server (docs/decisions.md §56). Two things `app.listen` does not do, for the search every keystroke
 * sends:
 * - requests and responses are born with the app's own prototypes (app.request, app.response): Express otherwise
 *   swaps the prototype of both objects on every request, which costs the swap and leaves V8 with objects of a shape
 *   it has to learn again in everything that touches them after;
 * - a request for the app's hot route (hot-route.ts) goes straight to it, set up as Express's app and router would
 *   set it up, without entering the app at all. Everything else is the app's, unchanged.
 */
export function createAppServer(app: Express): Server {
  const hot = app.get(HOT_ROUTE_SETTING) as HotRoute | undefined;
  const options = { IncomingMessage: bornAs(IncomingMessage, app.request), ServerResponse: bornAs(ServerResponse, app.response) };
  return createServer(options, (req, res) => {
    if (!hot?.matches(req)) return app(req, res);
    const request = req as Request;
    const response = res as unknown as Response;
    enter(app, request, response);
    hot.serve(request, response, () => app(req, res));
  });
}

/**
 * A constructor of `base`'s objects whose prototype is `prototype` (which must have base.prototype in its chain). Node's
 * IncomingMessage and ServerResponse are function constructors, so it calls `base` on the object `new` made (were they
 * ever classes, this would throw on the first request, in every test). Not `Reflect.construct(base, args, Born)`:
 * V8 does not inline it, and the proxy's CPU per search was no lower than with Express's swap (benchmarks.md).
 */
function bornAs<T extends typeof IncomingMessage | typeof ServerResponse>(base: T, prototype: object): T {
  if (!Object.prototype.isPrototypeOf.call(base.prototype, prototype)) throw new TypeError(`${base.name} n’est pas dans la chaîne du prototype donné`);
  const init = base as unknown as (this: unknown, first: unknown, second: unknown) => void;
  function Born(this: unknown, first: unknown, second: unknown): void {
    init.call(this, first, second);
  }
  Born.prototype = prototype;
  return Born as unknown as T;
}

/** What app.handle and the router's handle set on a request before its first layer (express 5, router 2). */
function enter(app: Express, req: Request, res: Response): void {
  if (app.enabled('x-powered-by')) res.setHeader('X-Powered-By', 'Express');
  req.res = res;
  res.req = req;
  res.locals ??= Object.create(null) as Response['locals'];
  req.baseUrl = '';
  req.originalUrl ??= req.url;
  req.params = {};
}
