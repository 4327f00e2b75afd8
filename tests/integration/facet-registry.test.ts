import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACETS, STATS_DIMENSIONS, valueLabel, type AnyFacet } from '#domain/facet-registry.js';
import { createApp } from '#server/app.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { createSearchClient } from '#server/keys.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// Walks every registry entry through every place a facet must reach, so a facet that one place forgot fails here:
// the import of a row, /api/taxonomy, search counts and filters, export headers and cells (CSV, XLSX), stats, OpenAPI.

/** The value each facet's row carries: its second term, spelled as an export writes its French label. */
const termOf = (facet: AnyFacet) => facet.terms[1]!;
const titleOf = (facet: AnyFacet) => `Registre ${facet.param}`;

let app: Express;
let client: EngineClient;
let dir: string;

beforeAll(async () => {
  const { url, masterKey } = testEngine();
  const index = uniqueIndexName('registry');
  dir = mkdtempSync(join(tmpdir(), 'odd17-registry-'));
  // One column per facet, headed by its first French header; one row per facet, filling only its own column.
  const header = ['Titre', ...FACETS.map((f) => f.headers.fr[0]!)];
  const rows = FACETS.map((facet) => [titleOf(facet), ...FACETS.map((f) => (f === facet ? termOf(f).label : ''))]);
  writeFileSync(join(dir, 'registre.csv'), [header, ...rows].map((r) => r.join(';')).join('\n'));
  const report = await runImport({ paths: [dir], engine: { url, masterKey }, index, dryRun: false });
  expect(report.counts).toMatchObject({ imported: FACETS.length, rejected: 0, unmapped: 0 });
  ({ client } = await createSearchClient({ url, masterKey, index }));
  app = createApp({ search: { engine: client, index } });
});
afterAll(() => {
  client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const exampleOf = async (facet: AnyFacet) => {
  const res = await request(app).get('/api/search').query({ q: `"${titleOf(facet)}"`, hitsPerPage: 1 }).expect(200);
  return res.body.hits[0];
};

describe.each(FACETS.map((f) => [f.param, f] as const))('facet %s, from the registry alone', (_param, facet) => {
  const id = termOf(facet).id;

  it('is read from its column on import and stored in its field', async () => {
    const example = await exampleOf(facet);
    expect(example.title).toBe(titleOf(facet));
    expect(example[facet.field]).toEqual(facet.multi ? [id] : id);
  });

  it('is listed by /api/taxonomy with its labels and a count', async () => {
    const res = await request(app).get('/api/taxonomy').expect(200);
    const term = res.body[facet.param].find((t: { id: unknown }) => t.id === id);
    expect(term).toMatchObject({ label: termOf(facet).label, labelEn: termOf(facet).labelEn });
    expect(term.count).toBeGreaterThanOrEqual(1);
  });

  it('filters a search by its param and, when counted, is counted in its facets', async () => {
    const res = await request(app).get('/api/search').query({ [facet.param]: String(id) }).expect(200);
    expect(res.body.hits.map((h: { title: string }) => h.title)).toContain(titleOf(facet));
    if (facet.counted) expect(res.body.facets[facet.param][String(id)]).toBeGreaterThanOrEqual(1);
    else expect(res.body.facets).not.toHaveProperty(facet.param);
  });

  it('heads its export column in CSV and XLSX, and fills it with its label', async () => {
    const csv = await request(app).get('/api/export').query({ [facet.param]: String(id), lang: 'fr' }).expect(200);
    const [head, ...body] = parse(csv.text.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    const column = head!.indexOf(facet.headers.fr[0]!);
    expect(column).toBeGreaterThanOrEqual(0);
    const row = body.find((r) => r.includes(titleOf(facet)))!;
    expect(row[column]).toBe(valueLabel(facet, id, 'fr', 'export'));

    const xlsx = await request(app).get('/api/export').query({ [facet.param]: String(id), format: 'xlsx', lang: 'en' }).buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Parameters<typeof workbook.xlsx.load>[0]);
    const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain(facet.headers.en[0]);
  });

  it(facet.crossTab ? 'is offered as a statistics axis and counted there' : 'is not offered as a statistics axis', async () => {
    expect(STATS_DIMENSIONS.includes(facet.param as never)).toBe(facet.crossTab);
    const res = await request(app).get('/api/stats').query({ rows: facet.param, cols: 'year' });
    if (!facet.crossTab) return void expect(res.status).toBe(400);
    expect(res.status).toBe(200);
    expect(res.body.rows).toContain(id);
  });

  it('is documented in the OpenAPI document: param with a description and its values, response facets', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    for (const path of ['/api/search', '/api/export', '/api/stats']) {
      const param = doc.paths[path].get.parameters.find((p: { name: string }) => p.name === facet.param);
      expect(param.description, `${path} ${facet.param}`).toBe(facet.about);
      const values = param.schema.items.enum ?? [];
      if (typeof id === 'string') expect(values).toContain(id);
    }
    expect(Object.keys(doc.components.schemas.Taxonomy.properties)).toContain(facet.param);
    expect(Object.keys(doc.components.schemas.SearchResponse.properties.facets.properties).includes(facet.param)).toBe(facet.counted);
  });
});
