import { describe, expect, it } from 'vitest';
import type { FileReport } from '#domain/import-report.js';
import { expandPaths } from '#server/import/files.js';
import { readExportFile } from '#server/import/read-file.js';

// A file whose header names no title has every row rejected; the columns it read by their content still report how
// they read (the curator confirms them in the mapping editor before naming the title): figures over the file's rows, not 0/0.
describe('a column read by its content in a file without a title column', () => {
  it('counts its recognised values over every row, although each row is rejected', async () => {
    const [file] = (await expandPaths(['tests/fixtures/admin/messy/laureats-fondation.csv'])).files;
    let report: FileReport | undefined;
    let rejects = 0;
    for await (const events of readExportFile(file!, (r) => (report = r))) rejects += events.filter((e) => e.kind === 'reject').length;
    expect(rejects).toBe(4);
    const byHeader = Object.fromEntries(report!.columns.filter((c) => c.how === 'content').map((c) => [c.header, [c.field, c.recognised]]));
    expect(byHeader).toEqual({ Territoire: ['regions', { values: 4, of: 4 }], Objectifs: ['sdgs', { values: 4, of: 4 }] });
  });
});
