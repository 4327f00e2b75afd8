import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

let t: AppUnderTest;
beforeAll(async () => {
  t = await appWith(fixtureExamples());
});
afterAll(() => t.close());

describe('GET /api/stats', () => {
  it('cross-tabulates two facets over the filtered set, every value in display order, with totals', async () => {
    const res = await request(t.app).get('/api/stats?rows=region&cols=sdg&sdg=4&sdg=17').expect(200);
    // Every region and every SDG, zeros kept (Martinique and Mayotte are rows of zeros, not missing rows).
    expect(res.body.rows).toHaveLength(19);
    expect(res.body.rows).toEqual(expect.arrayContaining(['bretagne', 'normandie', 'martinique', 'mayotte', 'national']));
    expect(res.body.cols).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(res.body.total).toBe(4);
    const row = (r: string) => res.body.rows.indexOf(r);
    expect(res.body.counts[row('mayotte')]).toEqual(Array(17).fill(0));
    // Totals count examples: bzh-edu has SDGs 4 and 17 yet counts once in Bretagne's total.
    expect(res.body.rowTotals[row('bretagne')]).toBe(1);
    expect(res.body.colTotals[16]).toBe(3);
    expect(res.body.colTotals[3]).toBe(2);
    const cell = (r: string, c: number) => res.body.counts[res.body.rows.indexOf(r)][res.body.cols.indexOf(c)];
    expect(cell('bretagne', 4)).toBe(1);
    expect(cell('bretagne', 17)).toBe(1);
    expect(cell('normandie', 17)).toBe(0);
    expect(cell('national', 13)).toBe(1);
  });

  it('takes year as a dimension, ascending', async () => {
    const res = await request(t.app).get('/api/stats?rows=year&cols=status').expect(200);
    expect(res.body.rows).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(res.body.cols).toEqual(['en-cours', 'termine']);
    expect(res.body.rowTotals).toEqual([1, 1, 1, 1, 1, 1]);
    expect(res.body.counts[0]).toEqual([0, 1]);
    expect(res.body.total).toBe(6);
  });

  it('downloads the table as a French CSV with totals, and in English when the page is', async () => {
    const res = await request(t.app).get('/api/stats?rows=mode&cols=scale&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('stats-odd17-mode-par-scale-2026-11-23.csv');
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Mode de partenariat \\ Échelle;Locale;Départementale;Régionale;Nationale;Internationale;Total');
    expect(lines[1]).toBe('Mécénat;1;0;1;0;0;2');
    expect(lines.at(-1)).toBe('Total;2;0;2;1;0;6');
    const en = await request(t.app).get('/api/stats?rows=mode&cols=scale&format=csv&lang=en&measure=rowShare').expect(200);
    const enLines = en.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(enLines[0]).toBe('Partnership mode \\ Scale (% of the row),Local,Departmental,Regional,National,International,Total');
    expect(enLines[1]).toBe('Corporate philanthropy,50.0,0.0,50.0,0.0,0.0,100.0');
  });

  it('answers 400 for an unknown dimension', async () => {
    const res = await request(t.app).get('/api/stats?rows=department').expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'rows', value: 'department' });
  });
});

describe('GET /api/openapi.json and /api/docs', () => {
  it('documents every endpoint with the parameters the validators accept', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths).sort()).toEqual(['/api/changes', '/api/examples/{id}', '/api/export', '/api/export/base.zip', '/api/feed', '/api/health', '/api/live', '/api/live/{code}', '/api/live/{code}/events', '/api/live/{code}/state', '/api/search', '/api/stats', '/api/taxonomy']);
    expect(Object.keys(res.body.paths['/api/live/{code}']).sort()).toEqual(['delete', 'get']);
    expect(res.body.paths['/api/live/{code}/state'].put.requestBody.content['application/json'].schema.properties.path.type).toBe('string');
    const params = res.body.paths['/api/search'].get.parameters;
    const region = params.find((p: { name: string }) => p.name === 'region');
    expect(region.schema.items.enum).toContain('bretagne');
    expect(region.explode).toBe(true);
    expect(params.find((p: { name: string }) => p.name === 'hitsPerPage').schema).toMatchObject({ maximum: 100, default: 20 });
    expect(res.body.components.schemas.Example.properties.sdgs).toBeDefined();
  });

  it('describes every parameter of every endpoint', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    const params = Object.entries(res.body.paths as Record<string, Record<string, { parameters?: { name: string; description?: string }[] }>>).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) => (op.parameters ?? []).map((p) => ({ where: `${method} ${path} ${p.name}`, description: p.description }))),
    );
    expect(params.length).toBeGreaterThan(40);
    for (const p of params) expect(p.description, p.where).toMatch(/\S{3,}/);
  });

  it('renders a self-contained documentation page', async () => {
    const res = await request(t.app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('/api/search');
    expect(res.text).toContain('hitsPerPage');
    expect(res.text).toContain('<span class="verb">PUT</span> <code>/api/live/{code}/state</code>');
    expect(res.text).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });
});
