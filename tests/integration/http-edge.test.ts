import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { accessLog, requestLogger } from '#server/http/access-log.js';
import { hotRoute } from '#server/http/hot-route.js';
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

describe('hot route', () => {
  const tag = (name: string): express.RequestHandler => (_req, res, next) => void (res.append('X-Seen', name), next());
  /** An app that serves /hot first through `tag a`, `tag b` and the handler, and the same chain again the usual way. */
  function appWith(handler: express.RequestHandler) {
    const chain = [tag('a'), tag('b'), handler];
    return express()
      .disable('x-powered-by')
      .use(hotRoute('/hot', chain))
      .use(tag('layer'))
      .get(['/hot', '/other'], ...chain)
      .use(((error, _req, res, _next) => void res.status(418).json({ error: String((error as Error).message) })) as express.ErrorRequestHandler);
  }

  it('runs its middlewares in order and answers as the same chain behind the app’s layers would, without those layers', async () => {
    const app = appWith((req, res) => void res.json({ q: req.query.q }));
    const hot = await request(app).get('/hot?q=jardins').expect(200);
    expect(hot.headers['x-seen']).toBe('a, b');
    expect(hot.body).toEqual({ q: 'jardins' });
    // Another path, method or spelling goes on to the app's layers.
    expect((await request(app).get('/other?q=x').expect(200)).headers['x-seen']).toBe('layer, a, b');
    expect((await request(app).get('/HOT?q=x').expect(200)).headers['x-seen']).toBe('layer, a, b');
    expect((await request(app).head('/hot').expect(200)).headers['x-seen']).toBe('a, b');
    await request(app).post('/hot').expect(404);
  });

  it('hands a thrown error and a rejected promise to the app’s error handler', async () => {
    const thrown = appWith(() => {
      throw new Error('sync');
    });
    expect((await request(thrown).get('/hot').expect(418)).body).toEqual({ error: 'sync' });
    const rejected = appWith(async () => {
      await Promise.resolve();
      throw new Error('async');
    });
    expect((await request(rejected).get('/hot').expect(418)).body).toEqual({ error: 'async' });
  });
});
