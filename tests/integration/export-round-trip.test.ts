import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { adminClient } from '#server/publish/engine-admin.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { createApp } from '#server/app.js';
import { fromIndexDocument, type IndexDocument } from '#server/engine/documents.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { createSearchClient } from '#server/keys.js';
import { appWith } from '../fixtures/api/app-under-test.js';
import { fixtureExamples, makeExample } from '../fixtures/api/fixture-examples.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// Export → import is a round trip: the formula guard (data-format.md §5) must not change the data it protects.
const engine = testEngine();
const meili = adminClient({ url: engine.url, masterKey: engine.masterKey });
const dir = mkdtempSync(join(tmpdir(), 'odd17-roundtrip-'));
const sampleIndex = uniqueIndexName('sample');
let client: EngineClient;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  await runImport({ paths: ['data'], engine, index: sampleIndex, dryRun: false });
  ({ client } = await createSearchClient({ ...engine, index: sampleIndex }));
  app = createApp({ search: { engine: client, index: sampleIndex } });
}, 120_000);
afterAll(() => client.close());

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Every document of an index as the API shows it, without what an export does not carry (where it was read). */
/** The documents' content: where each came from and when it was published differ between two imports by design. */
async function documents(index: string): Promise<Omit<Example, 'source' | 'unmapped' | 'firstPublished' | 'lastChanged'>[]> {
  const { results } = await meili.index(index).getDocuments<IndexDocument>({ limit: 10_000 });
  return results.map((d) => {
    const { source: _source, unmapped: _unmapped, firstPublished: _first, lastChanged: _last, ...rest } = fromIndexDocument(d);
    return rest;
  }).sort((a, b) => a.id.localeCompare(b.id));
}

type Doc = Awaited<ReturnType<typeof documents>>[number];

/** What differs between two sets, field by field (empty when they are the same), so a failure says where. */
function differences(before: Doc[], after: Doc[]): { id: string; field: string; before: unknown; after: unknown }[] {
  const byId = new Map(after.map((d) => [d.id, d]));
  const out: { id: string; field: string; before: unknown; after: unknown }[] = [];
  for (const doc of before) {
    const other = byId.get(doc.id) as Record<string, unknown> | undefined;
    if (!other) out.push({ id: doc.id, field: '(absent)', before: doc.title, after: undefined });
    else for (const field of new Set([...Object.keys(doc), ...Object.keys(other)])) {
      const a = JSON.stringify((doc as Record<string, unknown>)[field]);
      const b = JSON.stringify(other[field]);
      if (a !== b) out.push({ id: doc.id, field, before: (doc as Record<string, unknown>)[field], after: other[field] });
    }
  }
  if (after.length !== before.length) out.push({ id: '(count)', field: '', before: before.length, after: after.length });
  return out;
}

async function reimport(file: string): Promise<string> {
  const index = uniqueIndexName('back');
  const report = await runImport({ paths: [file], engine, index, dryRun: false });
  expect(report.counts.rejected).toBe(0);
  return index;
}

describe('export → import round trip of formula payloads', () => {
  it('CSV: an id starting with - and cells starting with = + @ come back as they were', async () => {
    const examples = [...fixtureExamples(), makeExample({ id: '-fx03', title: '=1+1 titre', summary: '@résumé', city: '+Ville', regions: ['bretagne'] })];
    const t = await appWith(examples);
    const res = await request(t.app).get('/api/export').buffer(true).parse(binary).expect(200);
    t.close();
    const file = join(dir, 'payloads.csv');
    writeFileSync(file, res.body as Buffer);
    const back = await documents(await reimport(file));
    expect(back.find((d) => d.id === '-fx03')).toMatchObject({ title: '=1+1 titre', summary: '@résumé', city: '+Ville' });
    expect(back.find((d) => d.id === 'idf-sante')).toMatchObject({ summary: '=HYPERLINK("http://evil.example","clic")', description: '+44 % de participants en un an', results: '@SUM(A1:A2)', city: '-Paris' });
  });
});

describe('export → import round trip of the sample', () => {
  it('CSV: the same documents (ids, titles, every field), formula-like cells included', async () => {
    const res = await request(app).get('/api/export').buffer(true).parse(binary).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toMatch(/;"?'\+\d+ % de participants/);
    const file = join(dir, 'export.csv');
    writeFileSync(file, res.body as Buffer);
    const original = await documents(sampleIndex);
    expect(original.length).toBeGreaterThan(1_000);
    expect(differences(original, await documents(await reimport(file))).slice(0, 10)).toEqual([]);
  });

  it('XLSX: cells hold the typed text as is (no visible quote), and the sheet re-imported gives the same documents', async () => {
    const res = await request(app).get('/api/export?format=xlsx').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    const rows: (string | number)[][] = [];
    sheet.eachRow((row) => rows.push((row.values as (string | number | undefined)[]).slice(1).map((v) => v ?? '')));
    expect(rows.flat().some((v) => typeof v === 'string' && /^\+\d+ % de participants/.test(v))).toBe(true);
    expect(rows.flat().filter((v) => typeof v === 'string' && /^'[=+\-@]/.test(v))).toEqual([]);
    // The importer reads CSV (issue 11 adds .xlsx): the sheet is written out cell for cell.
    const file = join(dir, 'export-xlsx.csv');
    writeFileSync(file, stringify(rows, { delimiter: ';' }));
    expect(differences(await documents(sampleIndex), await documents(await reimport(file))).slice(0, 10)).toEqual([]);
  });
});
