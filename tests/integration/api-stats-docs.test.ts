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
  it('cross-tabulates two facets over the filtered set, in display order', async () => {
    const res = await request(t.app).get('/api/stats?rows=region&cols=sdg&sdg=4&sdg=17').expect(200);
    expect(res.body.rows).toEqual(['bretagne', 'normandie', 'occitanie', 'national']);
    expect(res.body.cols).toEqual([4, 8, 13, 17]);
    expect(res.body.total).toBe(4);
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
    expect(res.body.counts[0]).toEqual([0, 1]);
    expect(res.body.total).toBe(6);
  });

  it('downloads the table as a French CSV', async () => {
    const res = await request(t.app).get('/api/stats?rows=mode&cols=scale&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('stats-odd17-mode-par-scale-2026-11-23.csv');
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Mode de partenariat \\ Échelle;Locale;Régionale;Nationale');
    expect(lines[1]).toBe('Mécénat;1;1;0');
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
    expect(Object.keys(res.body.paths).sort()).toEqual(['/api/examples/{id}', '/api/export', '/api/health', '/api/live', '/api/live/{code}', '/api/live/{code}/events', '/api/live/{code}/state', '/api/search', '/api/stats', '/api/taxonomy']);
    expect(Object.keys(res.body.paths['/api/live/{code}']).sort()).toEqual(['delete', 'get']);
    expect(res.body.paths['/api/live/{code}/state'].put.requestBody.content['application/json'].schema.properties.path.type).toBe('string');
    const params = res.body.paths['/api/search'].get.parameters;
    const region = params.find((p: { name: string }) => p.name === 'region');
    expect(region.schema.items.enum).toContain('bretagne');
    expect(region.explode).toBe(true);
    expect(params.find((p: { name: string }) => p.name === 'hitsPerPage').schema).toMatchObject({ maximum: 100, default: 20 });
    expect(res.body.components.schemas.Example.properties.sdgs).toBeDefined();
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
