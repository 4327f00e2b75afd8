import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples, generatedExamples, makeExample } from '../fixtures/api/fixture-examples.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

describe('GET /api/search', () => {
  it('returns every example, paginated, with exact totals and no search-only keywords', async () => {
    const res = await request(t.app).get('/api/search?hitsPerPage=2&page=2').expect(200);
    expect(res.body).toMatchObject({ totalHits: 6, page: 2, hitsPerPage: 2, totalPages: 3 });
    expect(res.body.hits).toHaveLength(2);
    expect(res.body.hits[0]).not.toHaveProperty('keywords');
    expect(res.body.hits[0]).not.toHaveProperty('_formatted');
  });

  it('ORs values of one param and ANDs different params', async () => {
    const both = await request(t.app).get('/api/search?region=bretagne&region=normandie').expect(200);
    expect(both.body.totalHits).toBe(3);
    const anded = await request(t.app).get('/api/search?region=bretagne&region=normandie&sdg=4').expect(200);
    expect(anded.body.hits.map((h: { id: string }) => h.id).sort()).toEqual(['bzh-edu', 'nor-edu']);
  });

  it('computes facet counts disjunctively: a facet ignores its own filter but not the others', async () => {
    const res = await request(t.app).get('/api/search?region=bretagne&theme=education').expect(200);
    expect(res.body.totalHits).toBe(1);
    // region counts ignore region=bretagne, keep theme=education: bretagne 1 (bzh-edu), normandie 1 (nor-edu).
    expect(res.body.facets.region).toEqual({ bretagne: 1, normandie: 1 });
    // theme counts ignore theme=education, keep region=bretagne: both Brittany examples' themes.
    expect(res.body.facets.theme).toEqual({ education: 1, 'alimentation-agriculture': 1, environnement: 1 });
    // an inactive facet is counted over the full filtered set.
    expect(res.body.facets.sdg).toEqual({ '4': 1, '17': 1 });
    expect(Object.keys(res.body.facets).sort()).toEqual(['actorType', 'audience', 'mode', 'region', 'scale', 'sdg', 'status', 'theme']);
  });

  it('filters by year range, inclusive', async () => {
    const res = await request(t.app).get('/api/search?yearMin=2021&yearMax=2022').expect(200);
    expect(res.body.hits.map((h: { id: string }) => h.id).sort()).toEqual(['bzh-edu', 'nor-edu']);
  });

  it('sorts by year', async () => {
    const res = await request(t.app).get('/api/search?sort=year:desc').expect(200);
    expect(res.body.hits.map((h: { year: number }) => h.year)).toEqual([2023, 2022, 2021, 2020, 2019, 2018]);
  });

  it('breaks ties by id, for sorts and for equal relevance, page after page', async () => {
    // 60 generated examples over 24 years: every year is shared by two or three examples.
    const tied = await appWith(generatedExamples(60));
    try {
      for (const sort of ['year:desc', 'year:asc']) {
        const pages = await Promise.all([1, 2, 3].map((page) => request(tied.app).get(`/api/search?sort=${sort}&hitsPerPage=20&page=${page}`).expect(200)));
        const hits: { id: string; year: number }[] = pages.flatMap((p) => p.body.hits);
        expect(hits).toHaveLength(60);
        const ties = hits.filter((h, i) => i > 0 && hits[i - 1]!.year === h.year);
        expect(ties.length).toBeGreaterThan(20);
        const expected = [...hits].sort((a, b) => (sort === 'year:desc' ? b.year - a.year : a.year - b.year) || a.id.localeCompare(b.id));
        expect(hits.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      }
      const all = await request(tied.app).get('/api/search?hitsPerPage=60').expect(200);
      const ids = all.body.hits.map((h: { id: string }) => h.id);
      expect(ids).toEqual([...ids].sort());
    } finally {
      tied.close();
    }
  });

  it('highlights matches with <mark> and escapes every other <, > and &', async () => {
    const res = await request(t.app).get('/api/search?q=collegiens').expect(200);
    const hit = res.body.hits.find((h: { id: string }) => h.id === 'bzh-edu');
    expect(hit.highlight.summary).toBe('Des étudiants accompagnent des <mark>collégiens</mark> &lt;b&gt;chaque semaine&lt;/b&gt; &amp; plus.');
    expect(hit.summary).toContain('<b>chaque semaine</b>');
  });
});

describe('GET /api/search › highlight edge cases', () => {
  let odd: AppUnderTest;
  beforeAll(async () => {
    odd = await appWith([
      // The engine's private-use sentinels (U+E000/U+E001) typed into the data itself, next to markup and accents.
      makeExample({ id: 'sentinel', title: 'Réseau \uE001solidaire\uE000 <i>été</i>', summary: 'Café & \uE000crèche\uE001 solidaire > tout' }),
      makeExample({ id: 'plain', title: 'École & école <ouverte>', summary: 'Rien à signaler.' }),
    ]);
  });
  afterAll(() => odd.close());

  it('shows a text holding the sentinel characters escaped and unmarked, never with misplaced or broken marks', async () => {
    const res = await request(odd.app).get('/api/search?q=solidaire').expect(200);
    const { highlight } = res.body.hits[0];
    expect(highlight.title).toBe('Réseau \uE001solidaire\uE000 &lt;i&gt;été&lt;/i&gt;');
    expect(highlight.summary).toBe('Café &amp; \uE000crèche\uE001 solidaire &gt; tout');
  });

  it('still marks a text without sentinels in the same answer set', async () => {
    const res = await request(odd.app).get('/api/search?q=ecole').expect(200);
    expect(res.body.hits[0].highlight.title).toBe('<mark>École</mark> &amp; <mark>école</mark> &lt;ouverte&gt;');
  });
});

describe('GET /api/search › validation', () => {
  it.each([
    ['region=atlantide', 'region', 'atlantide'],
    ['sdg=18', 'sdg', '18'],
    ['sdg=abc', 'sdg', 'abc'],
    ['yearMin=20x0', 'yearMin', '20x0'],
    ['hitsPerPage=101', 'hitsPerPage', '101'],
    ['page=0', 'page', '0'],
    ['sort=prix', 'sort', 'prix'],
    ['colour=blue', 'colour', 'blue'],
  ])('answers 400 naming the param and the value for %s', async (qs, param, value) => {
    const res = await request(t.app).get(`/api/search?${qs}`).expect(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details[0]).toMatchObject({ param, value });
    expect(res.body.error.details[0].expected).toEqual(expect.any(String));
    expect(res.body.error.message).toContain(param);
  });

  it.each(['search', 'export', 'stats'])('refuses a reversed year range on /api/%s, naming yearMax and both years', async (endpoint) => {
    const res = await request(t.app).get(`/api/${endpoint}?yearMin=2020&yearMax=2010`).expect(400);
    expect(res.body.error.details).toEqual([{ param: 'yearMax', value: '2010', expected: 'une année égale ou postérieure à yearMin (2020)' }]);
    expect(res.body.error.message).toBe('Paramètre « yearMax » : valeur « 2010 » refusée, attendu une année égale ou postérieure à yearMin (2020).');
    await request(t.app).get(`/api/${endpoint}?yearMin=2015&yearMax=2015`).expect(200);
  });

  it('gives hits as the list shows them: every field of the example but its long texts (api.md ListExample)', async () => {
    const res = await request(t.app).get('/api/search?hitsPerPage=100').expect(200);
    const byId = new Map(fixtureExamples().map((e) => [e.id, e]));
    expect(res.body.hits).toHaveLength(byId.size);
    expect(fixtureExamples().some((e) => e.description && e.results)).toBe(true);
    for (const { highlight, ...hit } of res.body.hits as Record<string, unknown>[]) {
      // The published example (the fixture with its publication dates), as its own page fetches it.
      const whole = (await request(t.app).get(`/api/examples/${hit.id as string}`).expect(200)).body as Record<string, unknown>;
      expect(whole).toMatchObject(byId.get(hit.id as string)!);
      const { description: _d, results: _r, ...listed } = whole;
      expect(hit).toEqual(listed);
      expect(highlight).toMatchObject({ title: expect.any(String), summary: expect.any(String) });
    }
  });

  it('refuses a query longer than 500 characters', async () => {
    const res = await request(t.app).get(`/api/search?q=${'a'.repeat(501)}`).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'q', expected: 'au plus 500 caractères' });
  });
});

describe('GET /api/examples/:id', () => {
  it('returns the example as published, field by field, without index-only fields', async () => {
    for (const source of fixtureExamples()) {
      const res = await request(t.app).get(`/api/examples/${source.id}`).expect(200);
      const { firstPublished, lastChanged, ...content } = res.body;
      expect(content).toEqual(source);
      // Dated at publishing: first published once, so unchanged since.
      expect(firstPublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(lastChanged).toBe(firstPublished);
      expect(res.body).not.toHaveProperty('keywords');
      expect(res.body).not.toHaveProperty('contentHash');
    }
  });

  it('answers 404 not_found for an unknown id', async () => {
    const res = await request(t.app).get('/api/examples/nope').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('answers 400 for an id that cannot exist, without reaching the engine filter', async () => {
    const res = await request(t.app).get(`/api/examples/${encodeURIComponent('a" OR id != "x')}`).expect(400);
    expect(res.body.error.details[0].param).toBe('id');
  });
});

describe('GET /api/taxonomy', () => {
  it('lists every facet in display order with counts', async () => {
    const res = await request(t.app).get('/api/taxonomy').expect(200);
    expect(res.body.region[0]).toEqual({ id: 'auvergne-rhone-alpes', label: 'Auvergne-Rhône-Alpes', labelEn: 'Auvergne-Rhône-Alpes', count: 0 });
    expect(res.body.region.find((r: { id: string }) => r.id === 'bretagne').count).toBe(2);
    expect(res.body.sdg).toHaveLength(17);
    expect(res.body.sdg[16]).toMatchObject({ id: 17, color: '#19486A', count: 3 });
    expect(Object.keys(res.body).sort()).toEqual(['actorType', 'audience', 'department', 'mode', 'region', 'scale', 'sdg', 'status', 'theme']);
  });
});

describe('GET /api/health', () => {
  it('reports the engine available with the document count and data version', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', engine: 'available', documents: 6 });
    expect(res.body.dataVersion).toEqual(expect.any(String));
  });
});

describe('unknown API routes', () => {
  it('answer a JSON 404', async () => {
    const res = await request(t.app).get('/api/nothing-here').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
