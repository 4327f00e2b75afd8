import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { testEngine, uniqueIndexName } from '../support/engine.js';
import { WEB_DIST, buildWebForTests, startWebApp, type WebApp } from '#scripts/support/web-app.js';
import { webFixtures } from '#scripts/support/web-fixtures.js';

// Conditional and range headers on the built front end (RFC 9110 §13, §14): their own 4xx, never a 500 or a stack.
let app: WebApp;
const logged: Record<string, any>[] = [];
let paths: string[];

beforeAll(async () => {
  buildWebForTests();
  const { url, masterKey } = testEngine();
  const logger = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  app = await startWebApp({ url, masterKey, index: uniqueIndexName('static'), examples: webFixtures(), logger });
  const asset = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
  paths = ['/', '/exemples/bzh-edu', `/assets/${asset}`];
});
afterAll(() => app?.close());

const get = (path: string, headers: Record<string, string>) => fetch(app.baseUrl + path, { headers: { Accept: 'text/html', ...headers } });

describe('conditional and range requests on /, /exemples/:id and /assets/*', () => {
  it('answers a range past the end with 416, the size in Content-Range, and a JSON error', async () => {
    for (const path of paths) {
      const res = await get(path, { Range: 'bytes=99999999-' });
      expect([path, res.status]).toEqual([path, 416]);
      expect(res.headers.get('content-range')).toMatch(/^bytes \*\/\d+$/);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await res.json()).error.code).toBe('range_not_satisfiable');
    }
  });

  it('answers a reversed range (bytes=5-2) with 416 too, as RFC 9110 §14.2 allows for an invalid range', async () => {
    for (const path of paths) expect([path, (await get(path, { Range: 'bytes=5-2' })).status]).toEqual([path, 416]);
  });

  it('serves a satisfiable range as 206', async () => {
    for (const path of paths) {
      const res = await get(path, { Range: 'bytes=0-9' });
      expect([path, res.status, (await res.arrayBuffer()).byteLength]).toEqual([path, 206, 10]);
    }
  });

  it('answers If-Match with no matching tag, and If-Unmodified-Since in the past, with 412', async () => {
    for (const path of paths) {
      for (const headers of [{ 'If-Match': '"nope"' }, { 'If-Unmodified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' }] as Record<string, string>[]) {
        const res = await get(path, headers);
        expect([path, headers, res.status]).toEqual([path, headers, 412]);
        expect((await res.json()).error.code).toBe('precondition_failed');
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    }
  });

  it('ignores a malformed If-Unmodified-Since (RFC 9110 §13.1.4) and an If-Range that does not match (full 200)', async () => {
    for (const path of paths) {
      expect((await get(path, { 'If-Unmodified-Since': 'pas une date' })).status).toBe(200);
      expect((await get(path, { Range: 'bytes=0-9', 'If-Range': '"autre"' })).status).toBe(200);
    }
  });

  it('logged no error and no stack for any of them', () => {
    expect(logged.filter((l) => l.level >= 50 || l.err)).toEqual([]);
    expect(logged.filter((l) => l.res?.statusCode >= 500)).toEqual([]);
  });
});
