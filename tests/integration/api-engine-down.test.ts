import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import { freePort, startEmbeddedEngine, type EngineHandle } from '#server/engine/embedded.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { publishExamples } from '#server/import/publish.js';
import { createSearchClient } from '#server/keys.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

// An engine of this file's own, on a fixed port, so it can be stopped and started again under the app.
let dataDir: string;
let port: number;
let engine: EngineHandle;
let client: EngineClient;
let app: ReturnType<typeof createApp>;
let masterKey: string;
const lines: Record<string, any>[] = [];
const raw: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'odd17-down-'));
  port = await freePort();
  engine = await startEmbeddedEngine({ dataDir, port });
  masterKey = engine.masterKey;
  await publishExamples({ url: engine.url, masterKey, index: 'examples', examples: fixtureExamples(), files: ['f.csv'] });
  ({ client } = await createSearchClient({ url: engine.url, masterKey, index: 'examples', timeoutMs: 2_000 }));
  const logger = pino({ level: 'info' }, { write: (line: string) => (raw.push(line), lines.push(JSON.parse(line))) });
  app = createApp({ search: { engine: client, index: 'examples' }, logger });
});
afterAll(async () => {
  client.close();
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('engine down, then back', () => {
  it('answers 503 within 2 s while the engine is down, then recovers by itself', async () => {
    await request(app).get('/api/search').expect(200); // warm keep-alive sockets
    await engine.stop();

    const started = Date.now();
    const health = await request(app).get('/api/health').expect(503);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(health.body).toMatchObject({ status: 'unavailable', engine: 'unavailable' });

    const search = await request(app).get('/api/search?q=climat').expect(503);
    expect(search.body.error.code).toBe('engine_unavailable');
    const text = JSON.stringify(search.body) + JSON.stringify(health.body);
    expect(text).not.toContain(String(port));
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(masterKey);
    expect(text).not.toMatch(/ECONNREFUSED|at .*\.ts/);

    engine = await startEmbeddedEngine({ dataDir, port });
    await request(app).get('/api/health').expect(200);
    const back = await request(app).get('/api/search?q=climat').expect(200);
    expect(back.body.totalHits).toBeGreaterThan(0);
  });
});

describe('engine outage in the logs', () => {
  it('is logged once when it starts (warn) and once when it ends (info), without the engine address or a stack; requests still get 503 quickly', async () => {
    await request(app).get('/api/search').expect(200);
    lines.length = 0;
    raw.length = 0;
    await engine.stop();
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      await request(app).get(`/api/search?q=panne${i}`).expect(503);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    await request(app).get('/api/health').expect(503);
    engine = await startEmbeddedEngine({ dataDir, port });
    await request(app).get('/api/search?q=retour').expect(200);
    await request(app).get('/api/search?q=retour2').expect(200);

    const events = lines.filter((l) => !l.req);
    expect(events.map((l) => [l.level, l.msg])).toEqual([
      [40, expect.stringContaining('injoignable')],
      [30, expect.stringContaining('de nouveau joignable')],
    ]);
    expect(events[1]).toMatchObject({ refused: 21 });
    const access = lines.filter((l) => l.req);
    expect(access.filter((l) => l.res.statusCode === 503)).toHaveLength(20);
    expect(access.every((l) => l.level === 30 && l.err === undefined)).toBe(true);
    const text = raw.join('');
    // The client's own address (127.0.0.1 here too) is in access lines by design; the engine's host:port never.
    expect(text).not.toContain(`:${port}`);
    expect(text).not.toMatch(/\n\s+at |ECONNREFUSED 127/);
  });
});
