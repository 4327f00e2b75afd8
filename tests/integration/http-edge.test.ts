import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { accessLog, requestLogger } from '#server/http/access-log.js';
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
