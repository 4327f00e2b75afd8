import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import type { IndexDocument } from '#server/engine/documents.js';
import { readDatasetInfo } from '#server/import/publish.js';
import { runImport } from '#server/import/run-import.js';
import { formatSummary } from '#server/import/summary.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const LONG = 'tests/fixtures/import/long-texts/textes-longs.csv';
const NO_TITLE = 'tests/fixtures/import/no-title';
const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const reportDir = () => mkdtempSync(join(tmpdir(), 'odd17-edge-'));
const lines = (text: string) => text.split('\n');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, ...env },
  });

async function documents(index: string): Promise<IndexDocument[]> {
  return (await client.index(index).getDocuments<IndexDocument>({ limit: 100 })).results.sort((a, b) => a.id.localeCompare(b.id));
}

describe('import of over-long texts', () => {
  const original = (id: string, column: number) => {
    const row = readFileSync(LONG, 'utf8').split(/\n(?=[A-Z]+-\d;)/).find((r) => r.startsWith(`${id};`))!;
    return row.split(';')[column]!.replace(/^"|"$/g, '');
  };

  it('imports the rows with texts cut after a whole word, and the JSON report lists every cut by field', async () => {
    const index = uniqueIndexName('long');
    const report = await runImport({ paths: [LONG], engine, index, dryRun: false, reportDir: reportDir() });
    expect(report.counts).toMatchObject({ rowsRead: 3, imported: 3, rejected: 0, unmapped: 0, truncated: 2 });
    const docs = await documents(index);
    const long1 = docs.find((d) => d.id === 'LONG-1')!;
    expect(long1.title.length).toBeLessThanOrEqual(300);
    expect(long1.title).toMatch(/…$/);
    // The kept part is a prefix of the original that ends where a word ends.
    const title = original('LONG-1', 1);
    const kept = long1.title.slice(0, -1);
    expect(title.startsWith(kept) && title[kept.length] === ' ').toBe(true);
    expect(long1.description.length).toBeLessThanOrEqual(20_000);
    expect(long1.description.length).toBeGreaterThan(19_900);
    expect(long1.unmapped).toEqual([]);
    expect(docs.find((d) => d.id === 'COURT-1')).toMatchObject({ title: 'Un titre court', description: 'Une description courte.' });

    const expected = {
      title: { limit: 300, rows: 1, longest: 365, firstLines: [{ file: 'textes-longs.csv', line: 2, length: 365 }] },
      description: {
        limit: 20_000, rows: 2, longest: 26_164,
        firstLines: [{ file: 'textes-longs.csv', line: 2, length: 21_144 }, { file: 'textes-longs.csv', line: 24, length: 26_164 }],
      },
    };
    expect(report.truncated).toEqual(expected);
    const saved = JSON.parse(readFileSync(report.reportFile!, 'utf8'));
    expect(saved.truncated).toEqual(expected);
    expect(saved.counts.truncated).toBe(2);
    expect(lines(formatSummary(report))).toContain('  Textes raccourcis : Titre 1 ligne (limite 300 caractères) ; Description 2 lignes (limite 20\u202f000 caractères)');
  });

  it('prints the cut texts in the CLI summary', () => {
    const out = cli([LONG, '--dry-run', '--report-dir', reportDir()]);
    expect(out.status).toBe(0);
    expect(lines(out.stdout)).toContain('  Textes raccourcis : Titre 1 ligne (limite 300 caractères) ; Description 2 lignes (limite 20\u202f000 caractères)');
  });
});

describe('import of a file without a title column', () => {
  it('rejects every row of that file with the reason, imports the other files, and names the file in the summary', async () => {
    const index = uniqueIndexName('notitle');
    const report = await runImport({ paths: [NO_TITLE], engine, index, dryRun: false, reportDir: reportDir() });
    expect(report.counts).toMatchObject({ files: 2, rowsRead: 3, imported: 1, rejected: 2 });
    expect((await documents(index)).map((d) => d.id)).toEqual(['AVEC-1']);
    expect(report.rejects).toEqual([
      { file: 'sans-titre.csv', line: 2, reason: 'Colonne Titre absente', cells: ['SANS-1', 'Bretagne', '17'] },
      { file: 'sans-titre.csv', line: 3, reason: 'Colonne Titre absente', cells: ['SANS-2', 'Corse', '4'] },
    ]);
    expect(report.files.find((f) => f.file === 'sans-titre.csv')).toMatchObject({ rows: 2, rejected: 2, titleColumn: false, header: ['ID', 'Région', 'ODD'] });
    expect(readFileSync(report.rejectsFiles[0]!.path, 'utf8')).toBe('\ufeffligne;motif;ID;Région;ODD\r\n2;Colonne Titre absente;SANS-1;Bretagne;17\r\n3;Colonne Titre absente;SANS-2;Corse;4\r\n');
    const summary = lines(formatSummary(report));
    expect(summary).toContain('  Lignes rejetées : 2 (Colonne Titre absente : 2)');
    expect(summary).toContain('    - sans-titre.csv : aucune colonne « Titre » dans l’en-tête : ses 2 lignes sont rejetées');
  });

  it('stops with a clear error and leaves the live index as it was when no file given has a title column', async () => {
    const index = uniqueIndexName('notitle');
    await runImport({ paths: [`${NO_TITLE}/avec-titre.csv`], engine, index, dryRun: false });
    const before = await readDatasetInfo({ ...engine, index });
    const message = 'Rien à importer : aucun fichier n’a de colonne « Titre » (ou « Title ») dans son en-tête — sans-titre.csv (en-tête : ID | Région | ODD)';
    await expect(runImport({ paths: [`${NO_TITLE}/sans-titre.csv`], engine, index, dryRun: false })).rejects.toThrow(message);
    await expect(runImport({ paths: [`${NO_TITLE}/sans-titre.csv`], index, dryRun: true })).rejects.toThrow(message);
    expect(await readDatasetInfo({ ...engine, index })).toEqual(before);
    expect((await documents(index)).map((d) => d.id)).toEqual(['AVEC-1']);
    const leftovers = (await client.getRawIndexes({ limit: 1000 })).results.filter((i) => i.uid.startsWith(`${index}__build_`));
    expect(leftovers).toEqual([]);

    const out = cli([`${NO_TITLE}/sans-titre.csv`, '--report-dir', reportDir()], { MEILI_INDEX: index });
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')[0]).toBe(`Échec de l’import : ${message}`);
    expect(out.stderr.trim().split('\n')[1]).toMatch(/^Rapport : .*\.json$/);
  });

  it('refuses to empty the live index when every row of the files is rejected, but still reports them in a dry run', async () => {
    const index = uniqueIndexName('allrejected');
    await runImport({ paths: [`${NO_TITLE}/avec-titre.csv`], engine, index, dryRun: false });
    const before = await readDatasetInfo({ ...engine, index });
    const bad = 'tests/fixtures/import/all-rejected/titres-vides.csv';
    await expect(runImport({ paths: [bad], engine, index, dryRun: false })).rejects.toThrow(
      'Rien à importer : aucune ligne valide (2 rejetée(s)) ; les données en ligne restent inchangées',
    );
    expect(await readDatasetInfo({ ...engine, index })).toEqual(before);
    expect((await documents(index)).map((d) => d.id)).toEqual(['AVEC-1']);
    const dry = await runImport({ paths: [bad], index, dryRun: true });
    expect(dry.counts).toMatchObject({ rowsRead: 2, imported: 0, rejected: 2 });
  });
});
