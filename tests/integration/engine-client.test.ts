import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { EngineResponseError, EngineUnreachableError } from '#server/engine-client/errors.js';
import { adminClient, engineCall, indexExists } from '#server/publish/engine-admin.js';
import { MeilisearchTaskTimeOutError } from 'meilisearch';

// The engine client against stand-in engines that misbehave in the ways a real one does: closing a kept-alive
// connection under a call (a restart), answering an error, never answering; and the publishers' meilisearch-js client,
// which sends through the same transport.

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A stand-in engine whose nth request (from 1) is handled by `handle`; its URL. */
async function engine(handle: (n: number, res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void): Promise<string> {
  let n = 0;
  server = createServer((req, res) => {
    req.resume();
    req.once('end', () => handle(++n, res, req));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server!.once('listening', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('engine client', () => {
  it('retries once on a fresh connection when the engine drops a kept-alive one under a call', async () => {
    const url = await engine((n, res, req) => (n === 2 ? req.socket.destroy() : json(res, 200, { n, auth: req.headers.authorization, path: req.url })));
    const client = createEngineClient({ url: `${url}/meili/`, key: 'k' });
    expect(await client.request('GET', '/health')).toEqual({ n: 1, auth: 'Bearer k', path: '/meili/health' });
    expect(await client.request('POST', '/multi-search', { queries: [] })).toMatchObject({ n: 3 });
    client.close();
  });

  it('fails as unreachable when the engine drops every connection', async () => {
    const url = await engine((_n, _res, req) => req.socket.destroy());
    const client = createEngineClient({ url, key: 'k' });
    await expect(client.request('GET', '/health')).rejects.toBeInstanceOf(EngineUnreachableError);
    client.close();
  });

  it('turns an error answer into EngineResponseError with the engine’s code, and a silent engine into a timeout', async () => {
    const url = await engine((n, res) => (n === 1 ? json(res, 404, { code: 'index_not_found', message: 'Index `x` not found.' }) : undefined));
    const client = createEngineClient({ url, key: 'k', timeoutMs: 300 });
    const failed = await client.request('GET', '/indexes/x').catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(EngineResponseError);
    expect(failed).toMatchObject({ status: 404, code: 'index_not_found' });
    const started = Date.now();
    await expect(client.request('GET', '/indexes/y')).rejects.toThrow(/within 300 ms/);
    expect(Date.now() - started).toBeLessThan(3_000);
    client.close();
  });
});

describe('the publishers’ engine client (meilisearch-js over the engine client’s transport)', () => {
  it('sends meilisearch-js’s requests as they are (path prefix, query string, key, body) and types the engine’s errors', async () => {
    const seen: { method?: string; path?: string; auth?: string; body?: string }[] = [];
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.once('end', () => {
        seen.push({ method: req.method, path: req.url, auth: req.headers.authorization, body: body || undefined });
        if (req.url === '/meili/indexes/absent') return json(res, 404, { code: 'index_not_found', message: 'Index `absent` not found.' });
        if (req.method === 'POST') return json(res, 202, { taskUid: 7, indexUid: 'built', status: 'enqueued', type: 'indexCreation', enqueuedAt: new Date().toISOString() });
        json(res, 200, { results: [{ id: 'a' }], offset: 0, limit: 2, total: 1 });
      });
    });
    server.listen(0, '127.0.0.1');
    await new Promise((r) => server!.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/meili/`;
    const client = adminClient({ url, masterKey: 'master' });

    expect(await indexExists(client, 'absent')).toBe(false);
    expect(await engineCall(client.createIndex('built', { primaryKey: 'id' }))).toMatchObject({ taskUid: 7 });
    expect((await engineCall(client.getRawIndexes({ offset: 0, limit: 2 }))).results).toEqual([{ id: 'a' }]);

    expect(seen.map((s) => [s.method, s.path, s.auth])).toEqual([
      ['GET', '/meili/indexes/absent', 'Bearer master'],
      ['POST', '/meili/indexes', 'Bearer master'],
      ['GET', '/meili/indexes?offset=0&limit=2', 'Bearer master'],
    ]);
    expect(JSON.parse(seen[1]!.body!)).toEqual({ uid: 'built', primaryKey: 'id' });
    expect(seen[0]!.body).toBeUndefined();
  });

  it('fails a call the engine never answers after its deadline, as unreachable, instead of waiting for ever', async () => {
    const url = await engine(() => undefined);
    const client = adminClient({ url, masterKey: 'master', callTimeoutMs: 300 });
    const started = Date.now();
    const failed = await engineCall(client.createIndex('built')).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(EngineUnreachableError);
    expect((failed as Error).message).toMatch(/within 30\d ms/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('keeps meilisearch-js’s task wait timing out as its own error (the polling steps of settle rely on it)', async () => {
    const url = await engine((_n, res) => json(res, 200, { uid: 3, status: 'processing', type: 'documentAdditionOrUpdate' }));
    const client = adminClient({ url, masterKey: 'master' });
    await expect(client.tasks.waitForTask(3, { timeout: 150, interval: 20 })).rejects.toBeInstanceOf(MeilisearchTaskTimeOutError);
  });
});
