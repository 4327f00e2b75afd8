import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { spaRoutes } from '#server/http/spa.js';

// The built app is served for every page path; a path that is no page still gets the app (it shows its own « page
// introuvable ») but with a real 404, so links checkers, crawlers and logs see it.
const dir = mkdtempSync(join(tmpdir(), 'odd17-spa-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
const app = express().use(spaRoutes(dir));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('web pages', () => {
  it.each(['/', '/statistiques', '/accessibilite', '/exemples/ex-001', '/direct/ODD-4821', '/admin', '/admin/imports/3'])('serves the app with 200 at %s', async (path) => {
    const res = await request(app).get(path).set('Accept', 'text/html').expect(200);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/nope', '/exemples', '/exemples/ex-001/plus', '/statistiques/', `/exemples/${encodeURIComponent('<script>')}`, '/exemples/%E0%A4%A'])('serves the app with 404 at %s', async (path) => {
    const res = await request(app).get(path).set('Accept', 'text/html').expect(404);
    expect(res.text).toContain('<div id="root">');
  });

  it('never answers a 404 page with 304, even to a conditional request', async () => {
    const first = await request(app).get('/nope').set('Accept', 'text/html').expect(404);
    await request(app).get('/nope').set('Accept', 'text/html').set('If-None-Match', first.headers.etag ?? '"x"').expect(404);
  });
});
