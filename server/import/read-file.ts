import { rowToExample, type RowCells } from '#domain/normalise/row.js';
import type { Cut } from '#domain/normalise/cut.js';
import { mapHeader, type ColumnField } from '#domain/normalise/headers.js';
import type { Example } from '#domain/example.js';
import { detectDelimiter } from './delimiter.js';
import { detectEncoding, readHead, readText } from './encoding.js';
import type { InputFile } from './files.js';
import { restoreNeutralised } from '../csv/spreadsheet-csv.js';
import { readCsv } from './read-csv.js';
import type { FileReport, Reject } from './report.js';

export type FileEvent = { kind: 'example'; example: Example; cuts: Cut[] } | { kind: 'reject'; reject: Reject } | { kind: 'progress'; rows: number };

/** Which field each column fills; unknown or repeated headers are extras. */
function mapColumns(headers: string[]): { fields: (ColumnField | undefined)[]; extra: string[] } {
  const taken = new Set<ColumnField>();
  const extra: string[] = [];
  const fields = headers.map((header) => {
    const field = mapHeader(header);
    if (field && !taken.has(field)) {
      taken.add(field);
      return field;
    }
    if (header.trim()) extra.push(header.trim());
    return undefined;
  });
  return { fields, extra };
}

/** Why every row of a file whose header names no title is rejected (data-format.md §4: no title, no example). */
export const NO_TITLE_COLUMN = 'Colonne Titre absente';

/**
 * Reads one CSV export into examples and rejects; `report` is filled as it goes. A header without a
 * title column does not stop the run: each row of that file is rejected (the caller decides whether
 * a run where no file has one is fatal).
 */
export async function* readExportFile(file: InputFile, report: (r: FileReport) => void): AsyncGenerator<FileEvent> {
  const encoding = await detectEncoding(file.path);
  const delimiter = detectDelimiter(await readHead(file.path, encoding));
  const stats: FileReport = { file: file.name, encoding, delimiter, rows: 0, rejected: 0, extraColumns: [], header: [], titleColumn: false };
  report(stats);
  let fields: (ColumnField | undefined)[] | undefined;
  for await (const record of readCsv(readText(file.path, encoding), delimiter)) {
    if (!fields) {
      const mapped = mapColumns(record.cells);
      fields = mapped.fields;
      stats.extraColumns = mapped.extra;
      stats.header = record.cells;
      stats.titleColumn = fields.includes('title');
      continue;
    }
    stats.rows++;
    if (stats.rows % 1_000 === 0) yield { kind: 'progress', rows: stats.rows };
    const source = { file: file.name, line: record.line };
    const rejected = record.kind === 'unreadable' ? record.reason : stats.titleColumn ? undefined : NO_TITLE_COLUMN;
    if (rejected) {
      stats.rejected++;
      yield { kind: 'reject', reject: { ...source, reason: rejected, cells: record.cells } };
      continue;
    }
    const cells: RowCells = {};
    record.cells.forEach((cell, i) => {
      const field = fields![i];
      // Our own exports prefix formula-like cells with `'` (data-format.md §5): read back, the value is the one exported.
      if (field) cells[field] = restoreNeutralised(cell);
    });
    const result = rowToExample(cells, source);
    if (result.ok) yield { kind: 'example', example: result.example, cuts: result.cuts };
    else {
      stats.rejected++;
      yield { kind: 'reject', reject: { ...source, reason: result.reason, cells: record.cells } };
    }
  }
  yield { kind: 'progress', rows: stats.rows };
}
