import { describe, expect, it } from 'vitest';
import type { FileReport, ImportReport } from '#server/import/report.js';
import { formatSummary } from '#server/import/summary.js';
import { TruncationTally } from '#server/import/truncated.js';

const at = (line: number) => ({ file: 'a.csv', line });

describe('TruncationTally', () => {
  it('counts a row once per field with its longest text, and keeps the first five lines', () => {
    const tally = new TruncationTally();
    tally.add(at(2), [
      { field: 'partners.name', length: 301, limit: 300 },
      { field: 'partners.name', length: 450, limit: 300 },
      { field: 'title', length: 320, limit: 300 },
    ]);
    for (let line = 3; line <= 9; line++) tally.add(at(line), [{ field: 'title', length: 300 + line, limit: 300 }]);
    tally.add(at(10), []);
    expect(tally.rows).toBe(8);
    expect(tally.toJSON()).toEqual({
      title: { limit: 300, rows: 8, longest: 320, firstLines: [320, 303, 304, 305, 306].map((length, i) => ({ ...at(i + 2), length })) },
      'partners.name': { limit: 300, rows: 1, longest: 450, firstLines: [{ ...at(2), length: 450 }] },
    });
    expect(Object.keys(tally.toJSON())).toEqual(['title', 'partners.name']);
  });
});

const file = (over: Partial<FileReport>): FileReport => ({
  file: 'a.csv', encoding: 'utf-8', delimiter: ';', rows: 3, rejected: 0, extraColumns: [], columns: [{ header: 'Titre', field: 'title', how: 'header' }], header: ['Titre'], titleColumn: true, ...over,
});
const report = (over: Partial<ImportReport>): ImportReport => ({
  dryRun: true, startedAt: '2024-01-01T00:00:00.000Z', durationMs: 1, files: [file({})],
  counts: { files: 1, rowsRead: 3, imported: 3, rejected: 0, duplicates: 0, unmappedValues: 0, truncated: 0 },
  rejects: [], duplicates: [], unmapped: {}, truncated: {}, ...over,
});

describe('formatSummary', () => {
  it('says in one line which texts were cut, on how many rows, and to what limit', () => {
    const text = formatSummary(report({
      truncated: {
        title: { limit: 300, rows: 1, longest: 365, firstLines: [{ ...at(2), length: 365 }] },
        description: { limit: 20_000, rows: 3, longest: 26_000, firstLines: [] },
      },
    }));
    expect(text.split('\n')).toContain('  Textes raccourcis : Titre 1 ligne (limite 300 caractères) ; Description 3 lignes (limite 20\u202f000 caractères)');
  });
  it('says "aucun" when no text was cut', () => {
    expect(formatSummary(report({})).split('\n')).toContain('  Textes raccourcis : aucun');
  });
  it('names a file without a title column, its rejected rows and the header it has', () => {
    const text = formatSummary(report({ files: [file({}), file({ file: 'b.csv', rows: 2, rejected: 2, header: ['ID', 'Région'], titleColumn: false })] }));
    expect(text.split('\n')).toContain('  Colonne Titre absente dans b.csv : 2 lignes rejetées (en-tête : ID, Région)');
    expect(text).not.toContain('dans a.csv');
  });
});
