import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { EngineResponseError, EngineUnreachableError } from '#server/engine-client/errors.js';

// The engine client against stand-in engines that misbehave in the ways a real one does: closing a kept-alive
// connection under a call (a restart), answering an error, never answering.

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
