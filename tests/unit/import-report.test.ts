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
  file: 'a.csv', kind: 'csv', encoding: 'utf-8', delimiter: ';', headerLine: 1, header: ['Titre'], signature: 'h-x', rows: 3, rejected: 0,
  columns: [{ position: 1, header: 'Titre', field: 'title', how: 'header' }], extraColumns: [], titleColumn: true, problems: [], ...over,
});
const report = (over: Partial<ImportReport>): ImportReport => ({
  dryRun: true, startedAt: '2024-01-01T00:00:00.000Z', durationMs: 1, files: [file({})], skippedFiles: [],
  counts: { files: 1, rowsRead: 3, imported: 3, rejected: 0, duplicates: 0, merged: 0, conflicts: 0, unmapped: 0, truncated: 0, inferred: 0, masked: 0 },
  attention: [], rejects: [], duplicates: [], merges: [], conflicts: [], cellConflicts: [], unmapped: {}, inferred: [], truncated: {}, rejectsFiles: [], ...over,
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
  it('puts what needs a curator’s eyes first before the counts, file by file', () => {
    const text = formatSummary(report({ attention: ['b.csv : aucune colonne « Titre » dans l’en-tête : ses 2 lignes sont rejetées'] })).split('\n');
    const first = text.indexOf('  À vérifier d’abord :');
    expect(text[first + 1]).toBe('    - b.csv : aucune colonne « Titre » dans l’en-tête : ses 2 lignes sont rejetées');
    expect(first).toBeLessThan(text.findIndex((l) => l.startsWith('  Lignes lues')));
  });
  it('says how each file was read: columns by header, by content with the figures, ignored ones', () => {
    const columns: FileReport['columns'] = [
      { position: 1, header: 'Titre', field: 'title', how: 'header' },
      { position: 2, header: 'Tags sourceur', field: 'sdgs', how: 'content', recognised: { values: 149, of: 150 } },
      { position: 3, header: 'Contact', how: 'contact' },
    ];
    const text = formatSummary(report({ files: [file({ columns, extraColumns: ['Contact'] })] })).split('\n');
    expect(text).toContain('      1 colonne lue par son en-tête ; « Tags sourceur » lue comme ODD par son contenu (149/150 valeurs reconnues)');
    expect(text).toContain('      ignorées : Contact (contact)');
  });
  it('counts unmapped values in rows, never more rows than were read', () => {
    const text = formatSummary(report({ counts: { ...report({}).counts, unmapped: 2 }, unmapped: { themes: { rows: 2, values: [{ value: 'a', count: 2, firstLines: [] }, { value: 'b', count: 2, firstLines: [] }] } } }));
    expect(text.split('\n')).toContain('    Thématiques : 2 valeurs sur 2 lignes (« a », « b »)');
  });
});
