import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { accessLog, requestLogger } from '#server/http/access-log.js';
import { createAppServer } from '#server/http/app-server.js';
import { HOT_ROUTE_SETTING, hotRoute } from '#server/http/hot-route.js';
import { securityHeaders } from '#server/http/security-headers.js';

const OPTIONS = { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } };

/** The headers of a bare answer from an app with `middleware` in front, Date and connection headers aside. */
async function headersWith(middleware: express.RequestHandler) {
  const app = express().disable('x-powered-by').use(middleware).get('/', (_req, res) => res.send('ok'));
  const { headers } = await request(app).get('/').expect(200);
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = headers;
  return rest;
}

describe('security headers worked out once', () => {
  it('are exactly the headers helmet itself sets on a response', async () => {
    const ours = await headersWith(securityHeaders(OPTIONS));
    expect(ours['content-security-policy']).toContain("default-src 'self'");
    expect(ours['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(ours).toEqual(await headersWith(helmet(OPTIONS)));
  });
});

describe('access log', () => {
  it('gives a route a logger whose lines carry the access line’s request id, and logs an aborted request as such', async () => {
    const lines: Record<string, any>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const app = express()
      .use(accessLog(logger))
      .get('/audit', (_req, res) => {
        requestLogger(res)!.info({ action: 'test' }, 'audited');
        res.send('ok');
      })
      .get('/slow', (_req, res) => void setTimeout(() => res.headersSent || res.send('late'), 300));
    await request(app).get('/audit').expect(200);
    await request(app).get('/api/health').expect(404);
    await expect(request(app).get('/slow').timeout(50)).rejects.toThrow(/Timeout/);
    await expect.poll(() => lines.find((l) => l.req?.url === '/slow')?.msg).toBe('request aborted');
    const audit = lines.find((l) => l.msg === 'audited')!;
    const access = lines.find((l) => l.msg === 'request completed')!;
    expect(audit.reqId).toBe(access.req.id);
    expect(access).toMatchObject({ level: 30, req: { method: 'GET', url: '/audit' }, res: { statusCode: 200 } });
    expect(lines.filter((l) => l.req?.url === '/api/health')).toEqual([]);
    const unlogged = express().get('/', (_req, res) => res.send(String(requestLogger(res))));
    expect((await request(unlogged).get('/')).text).toBe('undefined');
  });
});

describe('hot route and the server’s door', () => {
  const tag = (name: string): express.RequestHandler => (_req, res, next) => void (res.append('X-Seen', name), next());
  const onError: express.ErrorRequestHandler = (error, _req, res, _next) => void res.status(418).json({ error: String((error as Error).message) });
  /** An app that serves /hot first through `tag a`, `tag b` and the handler, and the same chain again the usual way. */
  function appWith(handler: express.RequestHandler) {
    const chain = [tag('a'), tag('b'), handler];
    const hot = hotRoute('/hot', chain, onError);
    return express()
      .disable('x-powered-by')
      .set(HOT_ROUTE_SETTING, hot)
      .use(hot.layer)
      .use(tag('layer'))
      .get(['/hot', '/other'], ...chain)
      .use(onError);
  }
  /** The app as app.listen serves it, and as createAppServer does (its door before the app). */
  const servedBoth = (app: express.Express) => [request(app), request(createAppServer(app))] as const;

  it('runs its middlewares in order and answers as the same chain behind the app’s layers would, without those layers', async () => {
    for (const served of servedBoth(appWith((req, res) => void res.json({ q: req.query.q })))) {
      const hot = await served.get('/hot?q=jardins').expect(200);
      expect(hot.headers['x-seen']).toBe('a, b');
      expect(hot.body).toEqual({ q: 'jardins' });
      // Another path, method or spelling goes on to the app's layers.
      expect((await served.get('/other?q=x').expect(200)).headers['x-seen']).toBe('layer, a, b');
      expect((await served.get('/HOT?q=x').expect(200)).headers['x-seen']).toBe('layer, a, b');
      expect((await served.head('/hot').expect(200)).headers['x-seen']).toBe('a, b');
      await served.post('/hot').expect(404);
    }
  });

  it('hands a thrown error and a rejected promise to the app’s error handler', async () => {
    const thrown = appWith(() => {
      throw new Error('sync');
    });
    const rejected = appWith(async () => {
      await Promise.resolve();
      throw new Error('async');
    });
    for (const served of servedBoth(thrown)) expect((await served.get('/hot').expect(418)).body).toEqual({ error: 'sync' });
    for (const served of servedBoth(rejected)) expect((await served.get('/hot').expect(418)).body).toEqual({ error: 'async' });
  });

  it('lets the door’s request find what Express and its router set, and hands on a request the route does not answer', async () => {
    const seen: unknown[] = [];
    const app = appWith((req, res) => {
      seen.push({ path: req.path, query: req.query, originalUrl: req.originalUrl, baseUrl: req.baseUrl, params: req.params, ip: req.ip, locals: typeof res.locals });
      // Born with the app's prototypes through the door; given them by Express through app.listen.
      seen.push([Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response, req.res === res, res.req === req]);
      res.json('ok');
    });
    for (const served of servedBoth(app)) await served.get('/hot?a=1&a=2').expect(200);
    expect(seen[0]).toEqual({ path: '/hot', query: { a: ['1', '2'] }, originalUrl: '/hot?a=1&a=2', baseUrl: '', params: {}, ip: expect.stringMatching(/127\.0\.0\.1$/), locals: 'object' });
    expect(seen[2]).toEqual(seen[0]);
    expect(seen[1]).toEqual([true, true, true, true]);
    expect(seen[3]).toEqual([true, true, true, true]);
    // Born so: the server's objects have the app's prototypes before anything of the app has run.
    const server = createAppServer(app);
    const born: boolean[] = [];
    server.prependListener('request', (req, res) => born.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response));
    await request(server).get('/other').expect(200);
    expect(born).toEqual([true, true]);
    // A middleware of the route that calls next() without answering: the app's own layers take the request.
    const handingOn = hotRoute('/hot', [tag('a'), (_req, _res, next) => next()], onError);
    const behind = express().set(HOT_ROUTE_SETTING, handingOn).use(handingOn.layer).use(tag('layer')).get('/hot', (_req, res) => void res.json('app'));
    for (const served of servedBoth(behind)) {
      const answer = await served.get('/hot').expect(200);
      expect([answer.headers['x-seen'], answer.body]).toEqual(['a, layer', 'app']);
    }
    // An error handler that passes its error on: an empty 500 rather than a request left hanging.
    const passing = hotRoute('/hot', [() => { throw new Error('x'); }], (error, _req, _res, next) => next(error));
    const app2 = express().set(HOT_ROUTE_SETTING, passing);
    await request(createAppServer(app2)).get('/hot').expect(500);
  });
});
