import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_CODE_ALPHABET } from '#domain/live-code.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { liveIndexName } from '#server/live/live-store.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';
import { liveApps, type LiveApps } from '../fixtures/live/live-apps.js';
import { openSse, type SseConnection } from '#scripts/support/sse-client.js';
import { testEngine } from '../support/engine.js';

let t: LiveApps;
beforeAll(async () => {
  t = await liveApps(2, fixtureExamples(), { live: { pollMs: 100, presenceTickMs: 300, presenceRefreshMs: 1_000, pingMs: 300, retryMs: 500 } });
});
afterAll(() => t.close());

const a = () => t.apps[0]!.base;
const b = () => t.apps[1]!.base;

async function start(base = a()): Promise<{ code: string; presenterToken: string }> {
  const res = await fetch(`${base}/api/live`, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; presenterToken: string };
}

function put(base: string, code: string, token: string | undefined, body: unknown) {
  return fetch(`${base}/api/live/${code}/state`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

const stateOf = (data: string) => JSON.parse(data) as { path: string; seq: number };

/** Takes a stream's states until one shows `path`. */
async function stateWith(stream: SseConnection, path: string, timeoutMs = 10_000) {
  for (;;) {
    const event = await stream.next('state', timeoutMs);
    if (stateOf(event.data).path === path) return event;
  }
}

describe('POST /api/live', () => {
  it('creates a session with a short code and a 256-bit presenter token that the engine keeps only as a hash', async () => {
    const res = await fetch(`${a()}/api/live`, { method: 'POST' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { code, presenterToken } = (await res.json()) as { code: string; presenterToken: string };
    expect(code).toMatch(new RegExp(`^ODD-[${LIVE_CODE_ALPHABET}]{4}$`));
    expect(Buffer.from(presenterToken, 'base64url')).toHaveLength(32);

    const { url, masterKey } = testEngine();
    const engine = createEngineClient({ url, key: masterKey });
    // POST waits up to 10 s for the write; the test files share one engine, whose task queue other files' imports fill.
    const read = () => engine.request<Record<string, unknown>>('GET', `/indexes/${liveIndexName(t.index)}/documents/${code}`).catch(() => undefined);
    await expect.poll(read, { timeout: 50_000, interval: 200 }).toBeDefined();
    const doc = (await read())!;
    engine.close();
    expect(doc.tokenHash).toBe(createHash('sha256').update(presenterToken).digest('hex'));
    expect(JSON.stringify(doc)).not.toContain(presenterToken);
  });
});

describe('PUT /api/live/:code/state', () => {
  it('answers 204 to the presenter, 401 without or with a wrong token, 404 for an unknown code', async () => {
    const { code, presenterToken } = await start();
    expect((await put(a(), code, presenterToken, { path: '/?q=jardins' })).status).toBe(204);
    const missing = await put(a(), code, undefined, { path: '/?q=jardins' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await put(a(), code, 'x'.repeat(43), { path: '/' })).status).toBe(401);
    expect((await put(a(), 'ODD-0000', presenterToken, { path: '/' })).status).toBe(404);
  });

  it('refuses a path that is not one of this site’s screens, naming the param', async () => {
    const { code, presenterToken } = await start();
    for (const path of ['https://evil.example/', '//evil.example/x', '/admin', '/?q=a b', '/exemples/x/../../y', `/?q=${'a'.repeat(2_000)}`, '/#top']) {
      const res = await put(a(), code, presenterToken, { path });
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toContain('« path »');
    }
    expect((await put(a(), code, presenterToken, { path: '/', extra: 1 })).status).toBe(400);
    expect((await put(a(), code, presenterToken, ['/'])).status).toBe(400);
  });
});

describe('GET /api/live/:code/events', () => {
  it('streams the current state on connect and every change, uncompressed, with a retry hint and heartbeats', async () => {
    const { code, presenterToken } = await start();
    expect((await put(a(), code, presenterToken, { path: '/?q=jardins&region=bretagne' })).status).toBe(204);
    const stream = await openSse(`${a()}/api/live/${code}/events`, { 'Accept-Encoding': 'gzip, br' });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['content-encoding']).toBeUndefined();
    expect(stream.headers['x-accel-buffering']).toBe('no');
    expect(stream.headers['cache-control']).toContain('no-transform');

    const first = await stream.next('state');
    expect(stateOf(first.data).path).toBe('/?q=jardins&region=bretagne');
    expect(first.id).toBe(String(stateOf(first.data).seq));
    expect(stream.retry).toBe(500);

    expect((await put(a(), code, presenterToken, { path: '/statistiques?rows=region&cols=sdg' })).status).toBe(204);
    const second = await stream.next('state');
    expect(stateOf(second.data).path).toBe('/statistiques?rows=region&cols=sdg');
    expect(stateOf(second.data).seq).toBeGreaterThan(stateOf(first.data).seq);

    // « Montrer à tous » marks the state; a participant who connects afterwards just follows it.
    expect((await put(a(), code, presenterToken, { path: '/?q=jardins', show: true })).status).toBe(204);
    expect(JSON.parse((await stream.next('state')).data)).toMatchObject({ path: '/?q=jardins', show: true });
    const later = await openSse(`${a()}/api/live/${code}/events`);
    expect(JSON.parse((await later.next('state')).data)).toEqual({ path: '/?q=jardins', seq: expect.any(Number) });
    later.close();
    expect((await put(a(), code, presenterToken, { path: '/', show: 'oui' })).status).toBe(400);

    await expect.poll(() => stream.comments, { timeout: 3_000 }).toBeGreaterThan(0);
    stream.close();
  });

  it('answers 404 for an unknown or malformed code, saying it is unknown', async () => {
    for (const code of ['ODD-ZZZZ', 'nimporte-quoi', 'ODD-12345']) {
      const stream = await openSse(`${a()}/api/live/${code}/events`);
      expect(stream.status, code).toBe(404);
      expect(stream.body).toMatchObject({ error: { code: 'not_found', details: { reason: 'unknown' } } });
    }
  });

  it('accepts a code typed in lower case, with O for zero and I or L for one', async () => {
    const { code } = await start();
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    const stream = await openSse(`${a()}/api/live/${typed}/events`);
    expect(stream.status).toBe(200);
    stream.close();
  });

  it('resends the current state to a follower that reconnects after the server dropped its stream', async () => {
    const { code, presenterToken } = await start();
    await put(a(), code, presenterToken, { path: '/?q=avant' });
    const stream = await openSse(`${a()}/api/live/${code}/events`);
    const before = await stream.next('state');
    t.apps[0]!.live.dropStreams();
    await stream.ended;

    // A change while the follower is away, then the reconnection a browser makes (with the last id it saw).
    await put(a(), code, presenterToken, { path: '/?q=pendant' });
    const again = await openSse(`${a()}/api/live/${code}/events`, { 'Last-Event-ID': stream.lastEventId! });
    const resent = await again.next('state');
    expect(stateOf(resent.data).path).toBe('/?q=pendant');
    expect(stateOf(resent.data).seq).toBeGreaterThan(stateOf(before.data).seq);
    again.close();
  });
});

describe('DELETE /api/live/:code', () => {
  it('ends the session: followers get `end`, then the code answers 404 saying it ended', async () => {
    const { code, presenterToken } = await start();
    const stream = await openSse(`${a()}/api/live/${code}/events`);
    await stream.next('state');
    expect((await fetch(`${a()}/api/live/${code}`, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(`${a()}/api/live/${code}`, { method: 'DELETE', headers: { Authorization: `Bearer ${presenterToken}` } })).status).toBe(204);
    await stream.next('end');
    await stream.ended;

    const late = await openSse(`${a()}/api/live/${code}/events`);
    expect(late.status).toBe(404);
    expect(late.body).toMatchObject({ error: { details: { reason: 'ended' } } });
    expect((await put(a(), code, presenterToken, { path: '/' })).status).toBe(404);
    // The other process reads the end from the engine.
    expect((await openSse(`${b()}/api/live/${code}/events`)).status).toBe(404);
  });
});

describe('live sessions across app processes', () => {
  it('brings a change made on one process to a follower on another, and counts the participants of both', async () => {
    const { code, presenterToken } = await start(a());
    await put(a(), code, presenterToken, { path: '/?q=climat' });
    const there = await openSse(`${b()}/api/live/${code}/events`);
    const here = await openSse(`${a()}/api/live/${code}/events`);
    // b read the state from the engine: the first change of a session is written at once.
    await stateWith(there, '/?q=climat');

    const sent = performance.now();
    await put(a(), code, presenterToken, { path: '/exemples/bzh-edu?q=climat' });
    const arrived = await stateWith(there, '/exemples/bzh-edu?q=climat');
    await stateWith(here, '/exemples/bzh-edu?q=climat');
    // Measured, not asserted: written at most every 2 s while no other process has followers, then within ~0.1 s plus b's poll.
    console.log(`change on a → follower on b: ${(arrived.at - sent).toFixed(0)} ms`);

    const count = async () => ((await (await fetch(`${a()}/api/live/${code}`)).json()) as { participants: number }).participants;
    await expect.poll(count, { timeout: 10_000 }).toBe(2);
    there.close();
    await expect.poll(count, { timeout: 10_000 }).toBe(1);
    here.close();
  });
});

describe('live session limits', () => {
  it('bounds the streams one address holds and the unknown codes it may try', async () => {
    const limited = await liveApps(1, fixtureExamples(), { live: { streamsPerIp: 3, missesPerMinute: 3 } });
    try {
      const base = limited.apps[0]!.base;
      const { code } = await start(base);
      const open = await Promise.all([1, 2, 3].map(() => openSse(`${base}/api/live/${code}/events`)));
      expect(open.map((s) => s.status)).toEqual([200, 200, 200]);
      const fourth = await openSse(`${base}/api/live/${code}/events`);
      expect(fourth.status).toBe(429);
      expect(fourth.headers['retry-after']).toBeDefined();
      open[0]!.close();
      await expect.poll(async () => (await openSse(`${base}/api/live/${code}/events`)).status).toBe(200);

      for (const guess of ['ODD-AAAA', 'ODD-BBBB', 'ODD-CCCC']) expect((await fetch(`${base}/api/live/${guess}`)).status).toBe(404);
      const blocked = await fetch(`${base}/api/live/ODD-DDDD`);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('60');
    } finally {
      await limited.close();
    }
  });

  it('ends a session nobody presented for the idle time, for followers and new joiners alike', async () => {
    const idle = await liveApps(1, fixtureExamples(), { live: { idleMs: 1_500, pollMs: 100 } });
    try {
      const base = idle.apps[0]!.base;
      const { code } = await start(base);
      const stream = await openSse(`${base}/api/live/${code}/events`);
      await stream.next('state');
      await stream.next('end', 5_000);
      const late = await openSse(`${base}/api/live/${code}/events`);
      expect(late.status).toBe(404);
      expect(late.body).toMatchObject({ error: { details: { reason: 'ended' } } });
    } finally {
      await idle.close();
    }
  });
});
