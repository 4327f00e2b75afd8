import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import { fromIndexDocument, type IndexDocument } from '#server/engine/documents.js';
import { readDatasetInfo } from '#server/import/publish.js';
import { runImport } from '#server/import/run-import.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const FIXTURES = 'tests/fixtures/import/dialects';
const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });

async function allDocuments(index: string): Promise<IndexDocument[]> {
  const page = await client.index(index).getDocuments<IndexDocument>({ limit: 10_000 });
  return page.results.sort((a, b) => a.id.localeCompare(b.id));
}

describe('runImport into a real engine', () => {
  it('imports every dialect of the fixtures into the documents §3 promises', async () => {
    const index = uniqueIndexName('import');
    const reportDir = mkdtempSync(join(tmpdir(), 'odd17-report-'));
    const report = await runImport({ paths: [FIXTURES], engine, index, dryRun: false, reportDir });
    expect(report.counts).toEqual({ files: 7, rowsRead: 14, imported: 12, rejected: 1, duplicates: 0, merged: 0, conflicts: 1, unmapped: 1, truncated: 0, inferred: 0, masked: 0 });
    // DUP-1 is « Ancienne version » in one file and « Nouvelle version » in the other: another title, a conflict, never merged.
    expect(report.conflicts).toEqual([expect.objectContaining({ id: 'DUP-1', kind: 'title', kept: expect.objectContaining({ file: 'folder/sub/b.csv' }), other: expect.objectContaining({ file: 'folder/a.csv' }) })]);
    expect(report.truncated).toEqual({});
    const docs = await allDocuments(index);
    expect(docs).toHaveLength(12);
    const full = docs.find((d) => d.id === 'EX-001')!;
    expect(fromIndexDocument(full)).toEqual({
      id: 'EX-001', title: 'Jardins partagés & insertion', summary: 'Un jardin pour léquipe !', description: 'Première ligne\nSeconde ligne',
      results: 'Impact fort', lead: { name: 'Association Les Jardins', type: 'association' },
      partners: [{ name: 'Fondation Agir', type: 'fondation' }, { name: 'Ville de Rennes', type: 'collectivite' }],
      actorTypes: ['association', 'entreprise', 'collectivite', 'fondation'], regions: ['bretagne'], departments: ['35'], city: 'Rennes',
      scale: 'local', sdgs: [2, 17], themes: ['alimentation-agriculture'], audiences: [], mode: 'mecenat', year: 2019, status: 'en-cours',
      website: 'https://www.jardins.example.org', updatedAt: '2024-03-15', unmapped: [], source: { file: 'utf8-bom-semicolon.csv', line: 2 },
      firstPublished: report.published!.publishedAt, lastChanged: report.published!.publishedAt,
    });
    expect(full.keywords).toEqual(expect.arrayContaining(['Bretagne', 'Ille-et-Vilaine', 'Mécénat']));
    // Windows-1252, pre-2016 region, département name with code, English headers, duplicates.
    expect(docs.find((d) => d.title === 'Cœur de ville – l’été')).toMatchObject({ regions: ['occitanie'], departments: ['31'], actorTypes: ['collectivite'] });
    expect(docs.find((d) => d.title === 'Mobility, together')).toMatchObject({ sdgs: [9, 17], mode: 'innovation-societale', year: 2020 });
    expect(docs.find((d) => d.id === 'DUP-1')).toMatchObject({ title: 'Nouvelle version', source: { file: 'folder/sub/b.csv', line: 2 } });
    expect(docs.find((d) => d.title === 'Sans identifiant')).toMatchObject({ unmapped: [{ field: 'website', value: 'javascript:alert(1)' }] });
    expect(docs.find((d) => d.title === 'Sans identifiant')?.website).toBeUndefined();

    const facets = await client.index(index).search('', { facets: ['regions', 'sdgs', 'actorTypes'], limit: 0 });
    expect(facets.facetDistribution?.regions).toEqual({
      bretagne: 2, occitanie: 2, 'auvergne-rhone-alpes': 1, 'bourgogne-franche-comte': 1, corse: 1, 'grand-est': 1,
      'hauts-de-france': 1, 'ile-de-france': 1, normandie: 1, 'provence-alpes-cote-d-azur': 1,
    });
    expect(facets.facetDistribution?.sdgs).toEqual({ '9': 3, '17': 2, '2': 1, '4': 1, '11': 1, '12': 1 });

    expect(report.dataset).toEqual(await readDatasetInfo({ ...engine, index }));
    const saved = JSON.parse(readFileSync(report.reportFile!, 'utf8'));
    expect(saved.rejects).toEqual([{ file: 'multiline-trailing.csv', line: 4, reason: 'Titre manquant', cells: ['', 'Bretagne', 'sans titre', '', ''] }]);
    expect(saved.files.find((f: { file: string }) => f.file === 'cp1252-semicolon.csv')).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(report.rejectsFiles.map((r) => r.file)).toEqual(['multiline-trailing.csv']);
    // The source's own header, plus `ligne` and `motif`: re-importable as it is.
    expect(readFileSync(report.rejectsFiles[0]!.path, 'utf8')).toBe('\ufeffligne;motif;Titre;Région;Notes;;\r\n4;Titre manquant;;Bretagne;sans titre;;\r\n');
  });

  it('gives the same ids, values and data version when the same files are imported again', async () => {
    const index = uniqueIndexName('import');
    const first = await runImport({ paths: [FIXTURES], engine, index, dryRun: false });
    const before = await allDocuments(index);
    const second = await runImport({ paths: [FIXTURES], engine, index, dryRun: false });
    expect(await allDocuments(index)).toEqual(before);
    expect(second.dataset?.dataVersion).toBe(first.dataset?.dataVersion);
  });

  it('with --dry-run validates and reports but touches no index', async () => {
    const index = uniqueIndexName('import');
    const report = await runImport({ paths: [FIXTURES], index, dryRun: true });
    expect(report.counts.imported).toBe(12);
    expect(report.dataset).toBeUndefined();
    expect((await client.getRawIndexes({ limit: 1000 })).results.some((i) => i.uid.startsWith(index))).toBe(false);
  });

  it('stops with a clear error and leaves the live index as it was when a file is missing', async () => {
    const index = uniqueIndexName('import');
    await runImport({ paths: [`${FIXTURES}/folder`], engine, index, dryRun: false });
    const before = await readDatasetInfo({ ...engine, index });
    await expect(runImport({ paths: [FIXTURES, 'absent.csv'], engine, index, dryRun: false })).rejects.toThrow('Fichier ou dossier introuvable : absent.csv');
    expect(await readDatasetInfo({ ...engine, index })).toEqual(before);
    expect((await allDocuments(index)).map((d) => d.id)).toEqual(['DUP-1', 'DUP-2']);
    expect(existsSync('absent.csv')).toBe(false);
  });
});
