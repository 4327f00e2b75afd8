import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples, generatedExamples } from '../fixtures/api/fixture-examples.js';

let small: AppUnderTest;
let large: AppUnderTest;
const LARGE = 2_345;

beforeAll(async () => {
  [small, large] = await Promise.all([appWith(fixtureExamples()), appWith(generatedExamples(LARGE))]);
});
afterAll(() => {
  small.close();
  large.close();
});

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('GET /api/export › CSV', () => {
  it('starts with a BOM, uses ; and French headers, joins lists with " | " and renders labels', async () => {
    const res = await request(small.app).get('/api/export?region=bretagne&sort=year:desc').buffer(true).parse(binary).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(text.slice(1), { delimiter: ';' });
    expect(rows[0]).toContain('Titre');
    expect(rows[0]).toContain('Types d’acteurs');
    expect(rows).toHaveLength(3);
    const edu = rows[1]!;
    expect(edu[0]).toBe('bzh-edu');
    expect(edu[rows[0]!.indexOf('ODD')]).toBe('ODD 4 - Éducation de qualité | ODD 17 - Partenariats pour la réalisation des objectifs');
    expect(edu[rows[0]!.indexOf('Types d’acteurs')]).toBe('Associations | Entreprises');
    expect(edu[rows[0]!.indexOf('Partenaires')]).toBe('Banque Ouest (Entreprises)');
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('exemples-odd17-bretagne-2026-11-23-2-exemples.csv');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const res = await request(small.app).get('/api/export?sep=comma').buffer(true).parse(binary).expect(200);
    const rows: string[][] = parse((res.body as Buffer).toString('utf8').slice(1), { delimiter: ',' });
    const row = rows.find((r) => r[0] === 'idf-sante')!;
    const col = (name: string) => row[rows[0]!.indexOf(name)];
    expect(col('Résumé')).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(col('Description')).toBe("'+44 % de participants en un an");
    expect(col('Résultats / Impact')).toBe("'@SUM(A1:A2)");
    expect(col('Commune')).toBe("'-Paris");
  });

  it('uses English headers and labels on request', async () => {
    const res = await request(small.app).get('/api/export?lang=en&region=normandie').buffer(true).parse(binary).expect(200);
    const rows: string[][] = parse((res.body as Buffer).toString('utf8').slice(1), { delimiter: ';' });
    expect(rows[0]).toContain('title');
    expect(rows[1]![rows[0]!.indexOf('SDG')]).toBe('SDG 4 - Quality education | SDG 8 - Decent work and economic growth');
  });

  it('exports every match past the engine’s 1,000 cap, in search order, each once', async () => {
    const res = await request(large.app).get('/api/export').buffer(true).parse(binary).expect(200);
    const rows: string[][] = parse((res.body as Buffer).toString('utf8').slice(1), { delimiter: ';' });
    const ids = rows.slice(1).map((r) => r[0]);
    expect(res.headers['x-total-count']).toBe(String(LARGE));
    expect(ids).toHaveLength(LARGE);
    expect(new Set(ids).size).toBe(LARGE);
    expect(ids.slice(0, 2)).toEqual(['gen-00001', 'gen-00002']);
  });
});

describe('GET /api/export › JSON, NDJSON, XLSX', () => {
  it('JSON carries every example, then meta (query, filters, sort, total, time, data version) ending with count', async () => {
    const res = await request(large.app).get('/api/export?format=json&sdg=3&sort=year:asc').buffer(true).parse(binary).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    const body = JSON.parse(text);
    const expected = generatedExamples(LARGE).filter((e) => e.sdgs.includes(3)).length;
    expect(Object.keys(body)).toEqual(['examples', 'meta']);
    expect(body.meta).toMatchObject({ query: '', filters: { sdg: [3] }, sort: 'year:asc', total: expected, exportedAt: '2026-11-23T10:00:00.000Z', count: expected });
    expect(body.meta.dataVersion).toEqual(expect.any(String));
    expect(body.meta.description.slice(0, 3)).toEqual(['ODD : ODD 3 – Bonne santé et bien-être', 'Tri : Plus anciens', `Total : ${expected} exemples`.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')]);
    expect(text.trimEnd().endsWith(`"count":${expected}}}`)).toBe(true);
    expect(body.examples).toHaveLength(expected);
    expect(body.examples[0]).not.toHaveProperty('keywords');
    expect(res.headers['content-disposition']).toContain(`exemples-odd17-odd3-2026-11-23-${expected}-exemples.json`);
  });

  it('NDJSON is one example per line, then a last line {"end":true,"count":N}', async () => {
    const res = await request(large.app).get('/api/export?format=ndjson').buffer(true).parse(binary).expect(200);
    const lines = (res.body as Buffer).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(LARGE + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'gen-00001' });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ end: true, count: LARGE });
  });

  it('an empty set still ends as a whole file says', async () => {
    const json = await request(small.app).get('/api/export?format=json&q=zzzzzz').expect(200);
    expect(json.body).toMatchObject({ examples: [], meta: { total: 0, count: 0 } });
    const ndjson = await request(small.app).get('/api/export?format=ndjson&q=zzzzzz').buffer(true).parse(binary).expect(200);
    expect((ndjson.body as Buffer).toString('utf8')).toBe('{"end":true,"count":0}\n');
    expect(ndjson.headers['content-disposition']).toContain('-0-exemples.ndjson');
  });

  it('XLSX has a sheet of examples and a sheet of metadata in words', async () => {
    const res = await request(small.app).get('/api/export?format=xlsx&q=tutorat').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    const [examples, meta] = workbook.worksheets;
    expect(examples!.getRow(1).getCell(2).value).toBe('Titre');
    expect(examples!.getRow(2).getCell(1).value).toBe('bzh-edu');
    expect(examples!.rowCount).toBe(2);
    const metaRows = new Map<string, unknown>();
    meta!.eachRow((row) => metaRows.set(String(row.getCell(1).value), row.getCell(2).value));
    // Words a person reads, not raw JSON: « Recherche : « tutorat » », not {"q":"tutorat"}.
    expect(meta!.name).toBe('Métadonnées');
    expect(metaRows.get('Recherche')).toBe('« tutorat »');
    expect(metaRows.get('Total')).toBe('1 exemple');
    expect(metaRows.get('Tri')).toBe('Pertinence');
    expect(metaRows.get('Lien')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?q=tutorat&v=[0-9a-f]{12}$/);
    expect(res.headers['content-disposition']).toContain('exemples-odd17-tutorat-2026-11-23-1-exemple.xlsx');
  });

  it('rejects an unknown format with a 400 naming it', async () => {
    const res = await request(small.app).get('/api/export?format=pdf').expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'format', value: 'pdf' });
  });
});
