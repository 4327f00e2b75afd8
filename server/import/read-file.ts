import { rowToExample, type RowCells } from '#domain/normalise/row.js';
import type { Cut } from '#domain/normalise/cut.js';
import { mapHeader, type ColumnField } from '#domain/normalise/headers.js';
import type { Example } from '#domain/example.js';
import { applyValueMapping, EMPTY_MAPPING, type ColumnMapping } from '#domain/mapping.js';
import { detectDelimiter } from './delimiter.js';
import { detectEncoding, readHead, readText } from './encoding.js';
import type { InputFile } from './files.js';
import { restoreNeutralised } from '../csv/spreadsheet-csv.js';
import { readCsv } from './read-csv.js';
import type { ColumnReport, FileReport, Reject } from './report.js';

export type FileEvent = { kind: 'example'; example: Example; cuts: Cut[] } | { kind: 'reject'; reject: Reject } | { kind: 'progress'; rows: number };

/** Which field each column fills (the curator's mapping first, then the header's name); unknown or repeated headers are extras. */
function mapColumns(headers: string[], mapping: ColumnMapping): { fields: (ColumnField | undefined)[]; extra: string[]; columns: ColumnReport[] } {
  const taken = new Set<ColumnField>();
  const extra: string[] = [];
  const columns: ColumnReport[] = [];
  const fields = headers.map((raw) => {
    const header = raw.trim();
    const mapped = Object.hasOwn(mapping.columns, header);
    const field = mapped ? (mapping.columns[header] ?? undefined) : mapHeader(header);
    if (field && !taken.has(field)) {
      taken.add(field);
      columns.push({ header, field, how: mapped ? 'mapping' : 'header' });
      return field;
    }
    if (header) {
      extra.push(header);
      columns.push({ header, field: null, how: mapped ? 'mapping' : field ? 'repeated' : 'unknown' });
    }
    return undefined;
  });
  return { fields, extra, columns };
}

/** Why every row of a file whose header names no title is rejected (data-format.md §4: no title, no example). */
export const NO_TITLE_COLUMN = 'Colonne Titre absente';

/**
 * Reads one CSV export into examples and rejects; `report` is filled as it goes. A header without a
 * title column does not stop the run: each row of that file is rejected (the caller decides whether
 * a run where no file has one is fatal).
 */
export async function* readExportFile(file: InputFile, report: (r: FileReport) => void, mapping: ColumnMapping = EMPTY_MAPPING): AsyncGenerator<FileEvent> {
  const encoding = await detectEncoding(file.path);
  const delimiter = detectDelimiter(await readHead(file.path, encoding));
  const stats: FileReport = { file: file.name, encoding, delimiter, rows: 0, rejected: 0, extraColumns: [], columns: [], header: [], titleColumn: false };
  report(stats);
  let fields: (ColumnField | undefined)[] | undefined;
  for await (const record of readCsv(readText(file.path, encoding), delimiter)) {
    if (!fields) {
      const mapped = mapColumns(record.cells, mapping);
      fields = mapped.fields;
      stats.extraColumns = mapped.extra;
      stats.columns = mapped.columns;
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
    if (result.ok) yield { kind: 'example', example: applyValueMapping(result.example, mapping.values), cuts: result.cuts };
    else {
      stats.rejected++;
      yield { kind: 'reject', reject: { ...source, reason: result.reason, cells: record.cells } };
    }
  }
  yield { kind: 'progress', rows: stats.rows };
}
