import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '#server/http/app-server.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';
import { testEngine } from '../support/engine.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

describe('production habits', () => {
  it('sends security headers and compresses large JSON', async () => {
    const fresh = await appWith(fixtureExamples());
    const res = await request(fresh.app).get('/api/search?hitsPerPage=100').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    fresh.close();
  });

  it('answers a search on its hot route with the headers and body the router gives the same search', async () => {
    // The engine's processing time is in the body, so its length and ETag may differ by a digit between two searches.
    const withoutDate = ({ date: _date, etag: _etag, 'content-length': _length, ...rest }: Record<string, string>) => rest;
    const withoutTime = ({ processingTimeMs: _time, ...rest }: Record<string, unknown>) => rest;
    const hot = await request(t.app).get('/api/search?q=jardins').set('Accept-Encoding', 'gzip').expect(200);
    // A trailing slash is a spelling the hot route leaves to the router.
    const routed = await request(t.app).get('/api/search/?q=jardins').set('Accept-Encoding', 'gzip').expect(200);
    expect(withoutDate(hot.headers)).toEqual(withoutDate(routed.headers));
    expect(withoutTime(hot.body)).toEqual(withoutTime(routed.body));
    expect(hot.headers['content-security-policy']).toContain("default-src 'self'");
    // The server's door (npm start's server) serves the route before the app: the same answer again.
    const door = await request(createAppServer(t.app)).get('/api/search?q=jardins').set('Accept-Encoding', 'gzip').expect(200);
    expect(withoutDate(door.headers)).toEqual(withoutDate(hot.headers));
    expect(withoutTime(door.body)).toEqual(withoutTime(hot.body));
    for (const served of [t.app, createAppServer(t.app)]) {
      const refused = await request(served).get('/api/search?sdg=99').expect(400);
      expect(refused.body.error.code).toBe('invalid_request');
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('logs one line per request with method, URL, client address and status, and no headers', async () => {
    const lines: Record<string, any>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const logged = await appWith(fixtureExamples(), { logger, trustProxy: 1 });
    // Through the app (its first layer) and through the server's door: the same lines.
    for (const served of [logged.app, createAppServer(logged.app)]) {
      await request(served).get('/api/search?q=jardins&region=bretagne').set('X-Forwarded-For', '203.0.113.7').set('Cookie', 'secret=1').expect(200);
      await request(served).get('/api/search?sdg=99').set('X-Forwarded-For', '203.0.113.7').expect(400);
      await request(served).get('/api/taxonomy').set('X-Forwarded-For', '203.0.113.7').expect(200);
    }
    logged.close();
    const access = lines.filter((l) => l.req && l.res);
    const once = [
      ['GET', '/api/search?q=jardins&region=bretagne', 200],
      ['GET', '/api/search?sdg=99', 400],
      ['GET', '/api/taxonomy', 200],
    ];
    expect(access.map((l) => [l.req.method, l.req.url, l.res.statusCode])).toEqual([...once, ...once]);
    expect(access.map((l) => l.req.remoteAddress)).toEqual(Array(6).fill('203.0.113.7'));
    expect(access[0]!.responseTime).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(access)).not.toContain('secret=1');
  });

  it('searches with a key that can only search the examples indexes', async () => {
    const { url } = testEngine();
    const asSearchKey = async (path: string, init: RequestInit = {}) =>
      (await fetch(new URL(path, url), { ...init, headers: { Authorization: `Bearer ${t.searchKey}`, 'Content-Type': 'application/json' } })).status;
    expect(await asSearchKey(`/indexes/${t.index}/search`, { method: 'POST', body: '{}' })).toBe(200);
    expect(await asSearchKey(`/indexes/${t.index}/documents`, { method: 'POST', body: '[]' })).toBe(403);
    expect(await asSearchKey('/keys')).toBe(403);
    expect(await asSearchKey('/indexes/other/search', { method: 'POST', body: '{}' })).toBe(403);
  });

  it('never puts the engine URL or key in a response', async () => {
    const { url, masterKey } = testEngine();
    const bodies = await Promise.all(['/api/search', '/api/health', '/api/taxonomy', '/api/openapi.json', '/api/docs', '/api/search?sdg=99'].map((p) => request(t.app).get(p)));
    for (const res of bodies) {
      expect(res.text).not.toContain(new URL(url).host);
      expect(res.text).not.toContain(masterKey);
      expect(res.text).not.toContain(t.searchKey);
    }
  });
});
