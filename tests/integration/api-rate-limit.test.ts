import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import { createExportSlots } from '#server/export/export-slots.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '#server/http/rate-limit.js';
import { VISITOR_COOKIE, visitorSecret } from '#server/http/visitor-cookie.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

let t: AppUnderTest;
const webDir = mkdtempSync(join(tmpdir(), 'odd17-web-'));
beforeAll(async () => {
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ODD 17</title>');
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

// Rates low enough that nothing refills during a test: the bursts are what is spent.
const SLOW: RateLimitSettings = { perSecond: 0.5, anonymousPerSecond: 0.3, ipPerSecond: 50, newVisitorsPerMinute: 600, exportPerMinute: 0.1 };
const secret = visitorSecret('a master key');
const limited = (settings: Partial<RateLimitSettings> = {}, extra: { trustProxy?: number } = {}) =>
  createApp({ search: { engine: t.client, index: t.index }, webDir, rateLimit: { settings: { ...SLOW, ...settings }, secret }, ...extra });

/** A browser's first visit: the page, and the visitor cookie it sets. */
async function visit(app: ReturnType<typeof createApp>, headers: Record<string, string> = {}): Promise<string | undefined> {
  const page = await request(app).get('/').set('Accept', 'text/html').set(headers).expect(200);
  const set = ([] as string[]).concat(page.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${VISITOR_COOKIE}=`));
  return set?.split(';')[0];
}

describe('limiter › what it never limits', () => {
  it('serves /api/health, /api/openapi.json and /api/docs whatever the budget left', async () => {
    const app = limited();
    for (let i = 0; i < 3; i++) await request(app).get('/api/taxonomy').expect(200);
    await request(app).get('/api/taxonomy').expect(429);
    for (let i = 0; i < 30; i++) {
      await request(app).get('/api/health').expect(200);
      await request(app).get('/api/openapi.json').expect(200);
    }
    await request(app).get('/api/docs').expect(200);
  });
});

describe('limiter › clients without a cookie (scripts, curl)', () => {
  it('share one bucket per address, and are told when to come back', async () => {
    const app = limited();
    for (let i = 0; i < 3; i++) await request(app).get(`/api/search?q=a${i}`).expect(200);
    const res = await request(app).get('/api/search?q=b').expect(429);
    expect(res.body.error).toMatchObject({ code: 'rate_limited' });
    expect(res.body.error.message).toContain('sans cookie');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, and counts each forwarded client apart behind one', async () => {
    const direct = limited();
    for (let i = 0; i < 3; i++) await request(direct).get('/api/taxonomy').set('X-Forwarded-For', `10.0.0.${i}`).expect(200);
    await request(direct).get('/api/taxonomy').set('X-Forwarded-For', '10.9.9.9').expect(429);
    const behind = limited({}, { trustProxy: 1 });
    for (let i = 0; i < 3; i++) await request(behind).get('/api/taxonomy').set('X-Forwarded-For', '10.1.1.1').expect(200);
    await request(behind).get('/api/taxonomy').set('X-Forwarded-For', '10.1.1.1').expect(429);
    await request(behind).get('/api/taxonomy').set('X-Forwarded-For', '10.2.2.2').expect(200);
  });

  it('treats a forged or foreign cookie as no cookie', async () => {
    const app = limited();
    const forged = `${VISITOR_COOKIE}=v1.${'A'.repeat(22)}.${'B'.repeat(22)}`;
    for (let i = 0; i < 3; i++) await request(app).get('/api/taxonomy').set('Cookie', forged).expect(200);
    await request(app).get('/api/taxonomy').set('Cookie', forged).expect(429);
  });
});

describe('limiter › visitors (signed cookie)', () => {
  it('gives a page load an anonymous HttpOnly, SameSite=Lax cookie for the whole site, Secure behind TLS', async () => {
    const page = await request(limited()).get('/exemples/x').set('Accept', 'text/html').expect(200);
    expect(page.headers['set-cookie']?.[0]).toMatch(new RegExp(`^${VISITOR_COOKIE}=v1\\.[\\w-]{22}\\.[\\w-]{22}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
    const tls = await request(limited({}, { trustProxy: 1 })).get('/').set('Accept', 'text/html').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['set-cookie']?.[0]).toMatch(/; Secure$/);
  });

  it('gives each visitor its own budget: one abusive browser is stopped, its neighbours behind the same address are not', async () => {
    const app = limited();
    const [abuser, neighbour] = [await visit(app), await visit(app)];
    const burst = 12 * SLOW.perSecond;
    for (let i = 0; i < burst; i++) await request(app).get(`/api/search?q=x${i}`).set('Cookie', abuser!).expect(200);
    const stopped = await request(app).get('/api/search?q=y').set('Cookie', abuser!).expect(429);
    expect(stopped.body.error.message).toContain('navigateur');
    await request(app).get('/api/search?q=y').set('Cookie', neighbour!).expect(200);
    // Nor does the abuser's spending touch the cookieless bucket of the address.
    await request(app).get('/api/search?q=z').expect(200);
  });

  it('accepts a cookie issued by another app process of the same deployment (nothing stored)', async () => {
    const cookie = await visit(limited());
    const other = limited();
    for (let i = 0; i < 5; i++) await request(other).get('/api/taxonomy').set('Cookie', cookie!).expect(200);
  });

  it('gives a browser calling the API without a cookie yet one of its own (Sec-Fetch-Site), not scripts', async () => {
    const app = limited();
    const browser = await request(app).get('/api/taxonomy').set('Sec-Fetch-Site', 'same-origin').expect(200);
    expect(browser.headers['set-cookie']?.[0]).toMatch(new RegExp(`^${VISITOR_COOKIE}=`));
    const script = await request(app).get('/api/taxonomy').expect(200);
    expect(script.headers['set-cookie']).toBeUndefined();
  });

  it('mints at most so many cookies per address a minute, so a script cannot give itself budgets', async () => {
    const app = limited({ newVisitorsPerMinute: 2 });
    expect(await visit(app)).toBeDefined();
    expect(await visit(app)).toBeDefined();
    expect(await visit(app)).toBeUndefined();
  });

  it('caps an address whatever its cookies', async () => {
    const app = limited({ ipPerSecond: 2 });
    const cookies = [await visit(app), await visit(app), await visit(app)];
    const statuses = [];
    for (const cookie of cookies) for (let i = 0; i < 2; i++) statuses.push((await request(app).get('/api/taxonomy').set('Cookie', cookie!)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('keeps a stricter budget for exports and statistics', async () => {
    const app = limited({ perSecond: 10 });
    const cookie = await visit(app);
    for (let i = 0; i < 10; i++) await request(app).get('/api/stats').set('Cookie', cookie!).expect(200);
    const res = await request(app).get('/api/export').set('Cookie', cookie!).expect(429);
    expect(res.body.error.message).toContain('exports');
    await request(app).get('/api/search').set('Cookie', cookie!).expect(200);
  });
});

describe('limiter › exports refused for want of a slot', () => {
  it('gives their budget back, so a client retrying on 503 as told is not rate-limited for it', async () => {
    const slots = createExportSlots({ max: 1, waitMs: 50, maxWaiting: 0 });
    const app = createApp({ search: { engine: t.client, index: t.index }, webDir, exportSlots: slots, rateLimit: { settings: { ...SLOW, perSecond: 10 }, secret } });
    const cookie = await visit(app);
    const held = await slots.acquire({ destroy() {} } as never);
    for (let i = 0; i < 15; i++) await request(app).get('/api/export').set('Cookie', cookie!).expect(503);
    held.release();
    await request(app).get('/api/export').set('Cookie', cookie!).expect(200);
  });
});

describe('limiter › defaults', () => {
  it('are what the README says', () => {
    expect(DEFAULT_RATE_LIMITS).toEqual({ perSecond: 5, anonymousPerSecond: 10, ipPerSecond: 500, newVisitorsPerMinute: 600, exportPerMinute: 30 });
  });
});
