import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, rateLimitSettings } from '#server/config.js';
import { visitorSecret } from '#server/http/visitor-cookie.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';
import { liveApps, type LiveApps } from '../fixtures/live/live-apps.js';
import { openSse, type SseConnection } from '#scripts/support/sse-client.js';

// A webinar behind one office address: 200 participants follow from 127.0.0.1, with the limits npm start applies by default.
const FOLLOWERS = 200;
const defaults = loadConfig({});
let t: LiveApps;
beforeAll(async () => {
  t = await liveApps(1, fixtureExamples(), {
    app: { rateLimit: { settings: rateLimitSettings(defaults), secret: visitorSecret('live-rate-limit-test') }, searchCacheMs: defaults.SEARCH_CACHE_MS },
    live: { streamsPerIp: defaults.LIVE_STREAMS_PER_IP, retryMs: 500 },
  });
});
afterAll(() => t.close());

describe('live mode › 200 participants behind one address', () => {
  it('lets every one of them follow and fetch each state’s results, through reconnections, without a 429', async () => {
    const base = t.apps[0]!.base;
    const { code, presenterToken } = (await (await fetch(`${base}/api/live`, { method: 'POST' })).json()) as { code: string; presenterToken: string };
    const statuses = new Map<number, number>();
    // Each participant is a browser: it says Sec-Fetch-Site, is given its visitor cookie on its first call and sends it back.
    const jars: string[] = Array.from({ length: FOLLOWERS }, () => '');
    const browserFetch = async (i: number, url: string) => {
      const res = await fetch(url, { headers: { 'Sec-Fetch-Site': 'same-origin', ...(jars[i] ? { Cookie: jars[i]! } : {}) } });
      const set = res.headers.get('set-cookie');
      if (set) jars[i] = set.split(';')[0]!;
      return res;
    };
    const searchesFor = async (path: string) => {
      const qs = path.slice(path.indexOf('?') + 1);
      const answers = await Promise.all(Array.from({ length: FOLLOWERS }, (_, i) => browserFetch(i, `${base}/api/search?${qs}`)));
      for (const res of answers) {
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        await res.arrayBuffer();
      }
    };
    const connectAll = () => Promise.all(Array.from({ length: FOLLOWERS }, () => openSse(`${base}/api/live/${code}/events`)));
    const put = (path: string) => fetch(`${base}/api/live/${code}/state`, { method: 'PUT', headers: { Authorization: `Bearer ${presenterToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) });
    const received = (streams: SseConnection[], path: string) => streams.filter((s) => s.events.some((e) => e.event === 'state' && (JSON.parse(e.data) as { path: string }).path === path)).length;

    let streams = await connectAll();
    expect(streams.map((s) => s.status).filter((s) => s !== 200)).toEqual([]);
    // Three changes as a presenter makes them; after each, every participant fetches its results.
    for (const [round, path] of ['/?q=jardins', '/?q=jardins&region=bretagne', '/?q=tutorat&region=bretagne&sdg=4'].entries()) {
      expect((await put(path)).status).toBe(204);
      await expect.poll(() => received(streams, path), { timeout: 10_000 }).toBe(FOLLOWERS);
      await searchesFor(path);
      if (round === 1) {
        // The server drops every stream (a restart): all 200 reconnect at once and are let in.
        t.apps[0]!.live.dropStreams();
        await Promise.all(streams.map((s) => s.ended));
        streams = await connectAll();
        expect(streams.map((s) => s.status).filter((s) => s !== 200)).toEqual([]);
      }
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 3 * FOLLOWERS });
    // What the address spent of its budget: the 400 streams nothing, the shared answers nothing, so a burst of the
    // address's own (cookieless) budget still goes through right after.
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => fetch(`${base}/api/search?q=apres${i}`).then((r) => r.status)));
    expect(burst.filter((status) => status !== 200)).toEqual([]);
    for (const s of streams) s.close();
  });
});
