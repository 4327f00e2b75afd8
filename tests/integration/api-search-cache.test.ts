import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { EngineUnreachableError } from '#server/engine-client/errors.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { SORTS } from '#domain/facet-registry.js';
import { DEFAULT_RATE_LIMITS } from '#server/http/rate-limit.js';
import { visitorSecret } from '#server/http/visitor-cookie.js';
import { fixtureExamples, generatedExamples } from '../fixtures/api/fixture-examples.js';
import { listen, pool } from '../support/listen.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith([...fixtureExamples(), ...generatedExamples(400)]);
});
afterAll(() => t.close());

interface CountingOptions {
  /** How many first engine calls fail as if the engine were down. */
  failFirst?: number;
  /** The cookieless rate budget (`limits`); none when 0. */
  budget?: number;
  searchCacheMaxBytes?: number;
  /**
   * A call the engine has already answered gets that first answer again: the engine's own timing (`processingTimeMs`,
   * 0 or 1 ms from one call to the next) then cannot make two answers, and so their ETags, differ.
   */
  repeatable?: boolean;
}

/** The real app on the real engine, with the search cache set to `ttlMs`, counting the calls that reach the engine. */
function countingApp(ttlMs: number, { failFirst = 0, budget = 0, searchCacheMaxBytes, repeatable = false }: CountingOptions = {}) {
  const counter = { calls: 0 };
  const answered = new Map<string, Promise<unknown>>();
  const engine: EngineClient = {
    url: t.client.url,
    close: () => {},
    request: <T>(...args: Parameters<EngineClient['request']>) => {
      counter.calls++;
      if (counter.calls <= failFirst) return Promise.reject(new EngineUnreachableError('engine down (test)'));
      if (!repeatable) return t.client.request<T>(...args);
      const key = JSON.stringify(args);
      if (!answered.has(key)) answered.set(key, t.client.request<T>(...args));
      // A copy each time, as the engine would send: the app reads its answer in place.
      return answered.get(key)!.then((first) => structuredClone(first) as T);
    },
  };
  return { app: createApp({ search: { engine, index: t.index }, searchCacheMs: ttlMs, searchCacheMaxBytes, rateLimit: budget ? limits(budget) : undefined }), counter };
}

/** A limiter whose cookieless budget is `burst` requests, refilled too slowly to matter during a test. */
const limits = (burst: number) => ({ settings: { ...DEFAULT_RATE_LIMITS, anonymousPerSecond: burst / 10 }, secret: visitorSecret('test') });

const withoutTiming = (body: { processingTimeMs?: number }) => ({ ...body, processingTimeMs: 0 });

describe('GET /api/search › shared answers for identical searches', () => {
  it('answers 20 simultaneous identical searches with one engine call, and the same answer an uncached app gives', async () => {
    const { app, counter } = countingApp(60_000);
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(app).get('/api/search?q=jardins&region=bretagne').expect(200)));
    expect(counter.calls).toBe(1);
    const uncached = await request(t.app).get('/api/search?q=jardins&region=bretagne').expect(200);
    expect(uncached.body.totalHits).toBeGreaterThan(0);
    for (const answer of answers) expect(withoutTiming(answer.body)).toEqual(withoutTiming(uncached.body));
    expect(answers[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it.each([
    ['a kept answer', 60_000],
    ['an answer with the cache off', 0],
  ])('sends %s gzipped to clients that accept it and as text to the others, with the same ETag and 304', async (_what, ttlMs) => {
    const { app, counter } = countingApp(ttlMs, { repeatable: true });
    const zipped = await request(app).get('/api/search?q=jardins').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
    const plain = await request(app).get('/api/search?q=jardins').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.body).toEqual(plain.body);
    expect(plain.body.totalHits).toBeGreaterThan(0);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    await request(app).get('/api/search?q=jardins').set('Accept-Encoding', 'gzip').set('If-None-Match', zipped.headers.etag!).expect(304);
    expect(counter.calls).toBe(ttlMs ? 1 : 3);
  });

  it('treats the same values in another order as the same search, and any other difference as another', async () => {
    const { app, counter } = countingApp(60_000);
    await request(app).get('/api/search?region=bretagne&region=normandie&sdg=4').expect(200);
    await request(app).get('/api/search?sdg=4&region=normandie&region=bretagne').expect(200);
    expect(counter.calls).toBe(1);
    await request(app).get('/api/search?region=bretagne&region=normandie&sdg=4&page=2').expect(200);
    await request(app).get('/api/search?region=bretagne&sdg=4').expect(200);
    expect(counter.calls).toBe(3);
  });

  it('searches again once an answer is older than the cache duration', async () => {
    const { app, counter } = countingApp(150);
    await request(app).get('/api/search?q=cantine').expect(200);
    await request(app).get('/api/search?q=cantine').expect(200);
    expect(counter.calls).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    await request(app).get('/api/search?q=cantine').expect(200);
    expect(counter.calls).toBe(2);
  });

  it('keeps no failure: a search the engine could not answer is tried again by the next request', async () => {
    const { app, counter } = countingApp(60_000, { failFirst: 1 });
    const down = await request(app).get('/api/search?q=cantine').expect(503);
    expect(down.body.error.code).toBe('engine_unavailable');
    const up = await request(app).get('/api/search?q=cantine').expect(200);
    expect(up.body.hits).toEqual(expect.any(Array));
    expect(counter.calls).toBe(2);
  });

  it('does not count shared answers against the limit: a room behind one address typing the same word', async () => {
    const { app, counter } = countingApp(60_000, { budget: 3 });
    for (let i = 0; i < 10; i++) await request(app).get('/api/search?q=cantine').expect(200);
    expect(counter.calls).toBe(1);
    // The budget of 3 holds the one search that reached the engine, and two more distinct ones.
    await request(app).get('/api/search?q=jardins').expect(200);
    await request(app).get('/api/search?q=insertion').expect(200);
    const refused = await request(app).get('/api/search?q=climat').expect(429);
    expect(refused.body.error.code).toBe('rate_limited');
  });

  it('never fails a request because its answer was pushed out of the size-bounded cache while still being computed', async () => {
    // Room for about one answer of 100 hits: every new distinct search evicts the others, in flight or not.
    const { app } = countingApp(60_000, { searchCacheMaxBytes: 60_000 });
    const served = await listen(app);
    const distinct = (i: number) => `/api/search?hitsPerPage=100&page=${1 + (i % 3)}&sort=${SORTS[i % SORTS.length]}&yearMin=${2000 + (i % 24)}&q=${['', 'partenariat', 'jardins'][i % 3]}`;
    const statuses = await pool(1_800, 128, async (i) => (await fetch(served.baseUrl + distinct(i % 600))).status);
    await served.close();
    expect({ failures: statuses.filter((s) => s !== 200).length }).toEqual({ failures: 0 });
  });

  it('asks the engine for every request when the cache is off', async () => {
    const { app, counter } = countingApp(0);
    await Promise.all([request(app).get('/api/search?q=cantine'), request(app).get('/api/search?q=cantine')]);
    expect(counter.calls).toBe(2);
  });
});
