import { pino, type Logger } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { createExportSlots } from '#server/export/export-slots.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

/** The real engine behind a gate: engine calls wait until `open()`, so an export can be held in flight. */
function gatedApp(slots: ReturnType<typeof createExportSlots>, logger?: Logger) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const engine: EngineClient = { url: t.client.url, close: () => {}, request: async (...args) => (await gate, t.client.request(...args)) };
  return { app: createApp({ search: { engine, index: t.index }, exportSlots: slots, logger }), open };
}

describe('GET /api/export › a bound on exports at once', () => {
  it('answers 503 busy with Retry-After once every slot is taken and none frees up in time', async () => {
    const lines: { level: number; res?: { statusCode: number } }[] = [];
    const { app, open } = gatedApp(createExportSlots({ max: 1, waitMs: 150 }), pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l)) }));
    const first = request(app).get('/api/export?format=ndjson').then((r) => r);
    await new Promise((r) => setTimeout(r, 50));
    const refused = await request(app).get('/api/export?format=csv').expect(503);
    expect(refused.body.error.code).toBe('busy');
    expect(refused.body.error.message).toContain('Retry-After');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // An expected answer: its access line at info, no error line.
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.find((l) => l.res?.statusCode === 503)).toMatchObject({ level: 30 });
    open();
    expect((await first).status).toBe(200);
    await request(app).get('/api/export?format=csv').expect(200);
  });

  it('lets a request wait for a slot that frees up within the wait', async () => {
    const { app, open } = gatedApp(createExportSlots({ max: 1, waitMs: 5_000 }));
    const first = request(app).get('/api/export?format=json').then((r) => r);
    const second = request(app).get('/api/export?format=json').then((r) => r);
    await new Promise((r) => setTimeout(r, 100));
    open();
    const [a, b] = await Promise.all([first, second]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.meta.count).toBe(fixtureExamples().length);
  });

  it('refuses at once when too many already wait', async () => {
    const { app, open } = gatedApp(createExportSlots({ max: 1, waitMs: 5_000, maxWaiting: 1 }));
    const held = [request(app).get('/api/export').then((r) => r), request(app).get('/api/export').then((r) => r)];
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await request(app).get('/api/export').expect(503);
    expect(Date.now() - started).toBeLessThan(1_000);
    open();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
  });
});
