import { createServer, type Server, type Socket } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';

// An "engine" that accepts connections and never answers: only timeouts can save the request.
let silent: Server;
const sockets: Socket[] = [];
let client: EngineClient;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const address = silent.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The client's own deadline far above health's 1.5 s: a health answer well before it proves health's deadline did it.
  client = createEngineClient({ url: `http://127.0.0.1:${port}`, key: 'unused', timeoutMs: 20_000 });
  app = createApp({ search: { engine: client, index: 'examples' } });
});
afterAll(async () => {
  client.close();
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => silent.close(() => r()));
});

describe('engine that never answers', () => {
  it('health says 503 on its own deadline (1.5 s), not the engine client’s, without the engine address', async () => {
    const started = Date.now();
    const res = await request(app).get('/api/health').expect(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.body).toMatchObject({ status: 'unavailable', engine: 'unavailable' });
    expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
  });

  it('search ends with 503 engine_unavailable once the engine call times out, instead of hanging', async () => {
    const res = await request(app).get('/api/search?q=climat').timeout(40_000).expect(503);
    expect(res.body.error.code).toBe('engine_unavailable');
  });
});
