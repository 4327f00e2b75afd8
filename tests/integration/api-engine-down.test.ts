import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
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

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'odd17-down-'));
  port = await freePort();
  engine = await startEmbeddedEngine({ dataDir, port });
  masterKey = engine.masterKey;
  await publishExamples({ url: engine.url, masterKey, index: 'examples', examples: fixtureExamples(), files: ['f.csv'] });
  ({ client } = await createSearchClient({ url: engine.url, masterKey, index: 'examples', timeoutMs: 2_000 }));
  app = createApp({ search: { engine: client, index: 'examples' } });
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
