import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

const bytes = (res: request.Response) => Buffer.byteLength(res.text);

describe('400 answers stay small whatever the request', () => {
  it('answers a 15 KB URL with a 400 of a few hundred bytes, the value cut', async () => {
    const res = await request(t.app).get(`/api/search?q=${'a'.repeat(8_000)}&region=${'x'.repeat(7_000)}`).expect(400);
    expect(bytes(res)).toBeLessThan(2_000);
    const q = res.body.error.details.find((d: { param: string }) => d.param === 'q');
    expect(q.value).toHaveLength(101);
    expect(q.value.endsWith('…')).toBe(true);
    expect(res.body.error.message).toContain('q');
  });

  // Node refuses request heads over 16 KB (431) by itself: 1,200 values is about as many as a URL can hold.
  it('lists at most ten problems for /api/stats with 1,200 bad values, and says how many more there were', async () => {
    const qs = Array.from({ length: 1_200 }, (_, i) => `region=${i}`).join('&');
    const res = await request(t.app).get(`/api/stats?${qs}`).expect(400);
    expect(res.body.error.details).toHaveLength(10);
    expect(res.body.error.details[0]).toMatchObject({ param: 'region', value: '0' });
    expect(res.body.error.message).toContain('et 1 190 autres problèmes');
    expect(bytes(res)).toBeLessThan(4_000);
  });

  it('names a value repeated many times once', async () => {
    const qs = Array.from({ length: 300 }, () => 'sdg=99').join('&');
    const res = await request(t.app).get(`/api/search?${qs}&theme=rien`).expect(400);
    expect(res.body.error.details.map((d: { param: string; value: unknown }) => [d.param, d.value])).toEqual([
      ['sdg', '99'],
      ['theme', 'rien'],
    ]);
  });

  it('cuts unknown parameter names too', async () => {
    const qs = Array.from({ length: 40 }, (_, i) => `${'p'.repeat(300)}${i}=1`).join('&');
    const res = await request(t.app).get(`/api/search?${qs}`).expect(400);
    expect(res.body.error.details).toHaveLength(10);
    expect(res.body.error.details[0].param).toHaveLength(101);
    expect(bytes(res)).toBeLessThan(8_000);
  });
});
