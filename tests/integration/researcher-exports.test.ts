import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frictionlessProblems } from '../support/frictionless.js';
import { zipEntries } from '../support/zip-entries.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';

// A researcher's selection, exported in every format: each file, opened as its readers would open it, holds the same
// examples and describes the same set in the same words.
let t: AppUnderTest;
const SITE = 'https://odd17.example.org';
const SELECTION = 'region=bretagne&region=normandie&theme=education&sort=title:asc';
const IDS = ['nor-edu', 'bzh-edu'];

beforeAll(async () => {
  t = await appWith(fixtureExamples(), { publicUrl: SITE });
});
afterAll(() => t.close());

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const download = async (query: string) => (await request(t.app).get(`/api/export?${query}`).buffer(true).parse(binary).expect(200)).body as Buffer;
const csvRows = (bytes: Buffer | string, delimiter = ';') => parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter }) as string[][];

async function xlsxSheets(bytes: Buffer): Promise<{ ids: string[]; lines: string[]; citation: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const [examples, meta] = workbook.worksheets;
  const ids: string[] = [];
  examples!.eachRow((row, n) => void (n > 1 && ids.push(String(row.getCell(1).value))));
  const rows: [string, string][] = [];
  meta!.eachRow((row, n) => void (n > 1 && rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')])));
  const end = rows.findIndex(([label]) => label === 'Citer');
  return { ids, lines: rows.slice(0, end).map(([label, value]) => `${label} : ${value}`), citation: rows.find(([l]) => l === 'Citer')![1] };
}

describe('a researcher’s selection in every format', () => {
  it('holds the same examples and says what the set is in the same French words', async () => {
    const csv = csvRows(await download(SELECTION));
    const json = JSON.parse((await download(`${SELECTION}&format=json`)).toString('utf8'));
    const xlsx = await xlsxSheets(await download(`${SELECTION}&format=xlsx`));
    const zip = await zipEntries(await download(`${SELECTION}&format=datapackage`));

    // The same examples, in the order of the search.
    expect(csv.slice(1).map((r) => r[0])).toEqual(IDS);
    expect(json.examples.map((e: { id: string }) => e.id)).toEqual(IDS);
    expect(xlsx.ids).toEqual(IDS);
    expect(csvRows(zip.get('exemples.csv')!).slice(1).map((r) => r[0])).toEqual(IDS);
    expect(JSON.parse(zip.get('exemples.json')!.toString('utf8')).examples.map((e: { id: string }) => e.id)).toEqual(IDS);

    // The same description, in words a person reads.
    const lines: string[] = json.meta.description;
    const dataVersion: string = json.meta.dataVersion;
    expect(lines).toEqual([
      'Région : Bretagne, Normandie',
      'Thématique : Éducation',
      'Tri : Titre (A → Z)',
      'Total : 2 exemples',
      'Exporté le : 23 novembre 2026 à 11:00 (heure de Paris)',
      `Version des données : ${dataVersion}`,
      `Lien : ${SITE}/?region=bretagne&region=normandie&theme=education&sort=title%3Aasc&v=${dataVersion}`,
    ]);
    expect(JSON.stringify(json.meta.description)).not.toMatch(/\{|bretagne"/);
    expect(xlsx.lines).toEqual(lines);
    const readme = zip.get('README.md')!.toString('utf8');
    for (const line of lines) expect(readme).toContain(`- ${line}\n`);
    const descriptor = JSON.parse(zip.get('datapackage.json')!.toString('utf8'));
    expect(descriptor.description.split('\n')).toEqual(lines);

    // How to cite it: publisher, title, the selection, data version, date and the link, the same everywhere.
    expect(json.meta.citation).toBe(`Mouvement « ODD 17 en pratiques », ODD 17 en pratiques — exemples de partenariats (sélection : Région : Bretagne, Normandie ; Thématique : Éducation), version des données ${dataVersion}, consulté le 23 novembre 2026. ${json.meta.link}`);
    expect(xlsx.citation).toBe(json.meta.citation);
    expect(readme).toContain(`> ${json.meta.citation}`);
    expect(descriptor.citation).toBe(json.meta.citation);
    expect(readme).toMatch(/Licence Ouverte/);
    expect(zip.get('LICENCE.md')!.toString('utf8')).toContain('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
  });

  it('writes a data package valid against the Frictionless profiles, with a Table Schema for every column and its row count', async () => {
    const bytes = await request(t.app).get(`/api/export?${SELECTION}&format=datapackage`).buffer(true).parse(binary).expect(200);
    expect(bytes.headers['content-type']).toBe('application/zip');
    expect(bytes.headers['content-disposition']).toMatch(/exemples-odd17-bretagne-normandie-education-2026-11-23-\d+-exemples?\.zip/);
    expect(bytes.headers['x-total-count']).toBe('2');
    const zip = await zipEntries(bytes.body as Buffer);
    expect([...zip.keys()].sort()).toEqual(['LICENCE.md', 'README.md', 'datapackage.json', 'exemples.csv', 'exemples.json']);
    expect(await frictionlessProblems(zip)).toEqual([]);
    const descriptor = JSON.parse(zip.get('datapackage.json')!.toString('utf8'));
    const [table, json] = descriptor.resources;
    const header = csvRows(zip.get('exemples.csv')!)[0]!;
    expect(table.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(table.schema.fields.find((f: { name: string }) => f.name === 'Année de lancement').type).toBe('integer');
    expect(table.stats.rows).toBe(2);
    expect(table.bytes).toBe(zip.get('exemples.csv')!.length);
    expect(json.bytes).toBe(zip.get('exemples.json')!.length);
  });

  it('catches a broken descriptor (the validation can fail)', async () => {
    const zip = await zipEntries(await download(`${SELECTION}&format=datapackage`));
    const descriptor = JSON.parse(zip.get('datapackage.json')!.toString('utf8'));
    descriptor.resources[0].schema.fields[0].type = 'identifier';
    descriptor.name = 'Pas Un Nom';
    zip.set('datapackage.json', Buffer.from(JSON.stringify(descriptor)));
    const problems = await frictionlessProblems(zip);
    expect(problems.join('\n')).toMatch(/name/);
    expect(problems.length).toBeGreaterThan(1);
  });

  it('writes the English package with English headers, labels and words', async () => {
    const zip = await zipEntries(await download(`${SELECTION}&format=datapackage&lang=en&sep=comma`));
    expect(await frictionlessProblems(zip)).toEqual([]);
    const meta = JSON.parse(zip.get('exemples.json')!.toString('utf8')).meta;
    expect(meta.description.slice(0, 4)).toEqual(['Region: Brittany, Normandy', 'Theme: Education', 'Sort: Title (A → Z)', 'Total: 2 examples']);
    expect(csvRows(zip.get('exemples.csv')!, ',')[0]).toContain('title');
    expect(zip.get('README.md')!.toString('utf8')).toContain('How to cite this data set');
  });
});
