import type { Example } from '#domain/example.js';
import { headerSignature, profileFor, valueMapOf, type ImportMapping } from '#domain/import-mapping.js';
import type { CellConflict, FileReport, Reject } from '#domain/import-report.js';
import { cellReadsAs, cellsOf, facetOfField, idColumnVerdict, planColumns, type ColumnPlan } from '#domain/normalise/column-plan.js';
import type { Cut } from '#domain/normalise/cut.js';
import { matchHeader } from '#domain/normalise/headers.js';
import { masked } from '#domain/normalise/personal-data.js';
import { rowToExample, type Inference } from '#domain/normalise/row.js';
import { fileProblems, raggedCheck } from './file-problems.js';
import type { InputFile } from './files.js';
import { restoreNeutralised } from '../csv/spreadsheet-csv.js';
import { openSource, type SourceRecord } from './file-source.js';

export type FileEvent =
  | { kind: 'example'; example: Example; cuts: Cut[]; inferred: Inference[]; masked: number; idFrom: 'column' | 'derived' }
  | { kind: 'reject'; reject: Reject }
  | { kind: 'cell-conflict'; conflict: CellConflict }
  | { kind: 'progress'; rows: number };

export interface ReadOptions {
  mapping?: ImportMapping;
  /** The sheet of a workbook to read (`--sheet`). */
  sheet?: string;
}

/** Why every row of a file whose header names no title is rejected (data-format.md §4: no title, no example). */
export const NO_TITLE_COLUMN = 'Colonne Titre absente';
/** Rows read before the columns are planned: content recognition and the ID column's verdict are decided on them. */
const LOOKAHEAD = 2_000;
/** Rows of each file whose documents are checked against the Example schema (see RowOptions.validate). */
const VALIDATED_ROWS = 500;
/** The header is looked for among the first rows (a banner or a date may stand above it). */
const HEADER_SEARCH = 10;

const mapsTitle = (row: readonly string[]): boolean => row.some((cell) => matchHeader(cell)?.field === 'title');

/** The header row among the first records: the first that names a title column, else the first. */
function headerIndex(records: SourceRecord[]): number {
  const found = records.slice(0, HEADER_SEARCH).findIndex((r) => !r.unreadable && mapsTitle(r.cells));
  return Math.max(found, 0);
}

/** A header cell covered by a header merged across (a workbook) reads as that header. */
const headerOf = (record: SourceRecord): string[] => record.cells.map((cell, i) => (cell.trim() === '' && record.under?.[i] !== undefined ? record.cells[record.under[i]!]! : cell));

/**
 * Reads one export into examples, rejects and conflicts, a batch of rows at a time; `report` gets the file's report, filled as it goes. A header
 * without a title column does not stop the run: each row of that file is rejected (the caller decides whether a run
 * where no file has one is fatal).
 */
export async function* readExportFile(file: InputFile, report: (r: FileReport) => void, options: ReadOptions = {}): AsyncGenerator<FileEvent[]> {
  const source = await openSource(file, { ...(options.sheet ? { sheet: options.sheet } : {}), isTable: mapsTitle });
  const stats: FileReport = {
    file: file.name, kind: source.kind, ...(source.sheet ? { sheet: source.sheet, sheets: source.sheets } : {}),
    ...(source.encoding ? { encoding: source.encoding } : {}), ...(source.delimiter ? { delimiter: source.delimiter } : {}),
    headerLine: 1, header: [], signature: headerSignature([]), rows: 0, rejected: 0, columns: [], extraColumns: [], titleColumn: false, problems: [],
  };
  report(stats);
  const iterator = source.records[Symbol.asyncIterator]();
  const ahead: SourceRecord[] = [];
  while (ahead.length < LOOKAHEAD + HEADER_SEARCH) {
    const next = await iterator.next();
    if (next.done) break;
    ahead.push(...next.value);
  }
  if (ahead.length === 0) return void stats.problems.push('Fichier vide');
  const at = headerIndex(ahead);
  // Headers are printed in reports: masked like every text that came from a file.
  const header = headerOf(ahead[at]!).map(masked);
  const preamble = ahead.slice(0, at);
  const body = ahead.slice(at + 1);
  const profile = profileFor(options.mapping, { name: file.name, signature: headerSignature(header) });
  const plan = planColumns(header, body.map((r) => r.cells), profile);
  const idColumn = idColumnVerdict(plan, body.map((r) => r.cells));
  Object.assign(stats, {
    headerLine: ahead[at]!.line, header, signature: headerSignature(header), columns: plan.columns,
    extraColumns: plan.columns.filter((c) => !c.field && c.how !== 'rejects-file' && c.header).map((c) => c.header),
    titleColumn: plan.byField.has('title'), ...(profile ? { profile: profile.name ?? 'sans nom' } : {}), ...(idColumn ? { idColumn } : {}),
  });
  const ragged = raggedCheck(header, source.kind);
  const counting = contentCounters(plan);
  const values = valueMapOf(profile);

  async function* batches(): AsyncGenerator<SourceRecord[]> {
    yield body;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const titleAt = plan.byField.get('title')?.[0];
  const checked = { deriveIds: idColumn ? !idColumn.used : false, ...(values ? { values } : {}) };
  const trusted = { ...checked, validate: false };
  for await (const batch of batches()) {
    const events: FileEvent[] = [];
    for (const record of batch) {
      stats.rows++;
      const source = { file: file.name, line: record.line };
      const broken = record.unreadable ?? ragged.reason(record.cells);
      // Counted before a missing title rejects the row: the figures say how the column reads, whatever the row's fate.
      if (!broken) counting(record.cells);
      const rejected = broken ?? (stats.titleColumn ? undefined : NO_TITLE_COLUMN);
      if (rejected) {
        stats.rejected++;
        events.push({ kind: 'reject', reject: { ...source, reason: rejected, cells: record.cells.map(masked) } });
        continue;
      }
      // A CSV export's formula guard (a leading ' before = + - @) is taken off, so export → import is a round trip.
      const { cells, conflicts } = cellsOf(plan, record.cells.map(restoreNeutralised), record.links);
      for (const c of conflicts) events.push({ kind: 'cell-conflict', conflict: { ...source, field: c.field, values: c.values.map(masked) } });
      const titleLink = titleAt === undefined ? undefined : record.links?.[titleAt];
      const rowOptions = stats.rows <= VALIDATED_ROWS ? checked : trusted;
      const result = rowToExample(cells, source, titleLink ? { ...rowOptions, titleLink } : rowOptions);
      if (result.ok) events.push({ kind: 'example', example: result.example, cuts: result.cuts, inferred: result.inferred, masked: result.masked, idFrom: result.idFrom });
      else {
        stats.rejected++;
        events.push({ kind: 'reject', reject: { ...source, reason: result.reason, cells: record.cells.map(masked) } });
      }
    }
    events.push({ kind: 'progress', rows: stats.rows });
    yield events;
  }
  const raggedRows = ragged.summary(stats.rows);
  if (raggedRows) stats.ragged = raggedRows;
  stats.problems = fileProblems({ stats, preamble, ragged: raggedRows, delimiter: source.delimiter, idColumn });
}

/** Counts, over every row, the values of each column read by its content that are recognised, for the report's figures. */
function contentCounters(plan: ColumnPlan): (cells: string[]) => void {
  const counted = plan.columns.filter((c) => c.how === 'content' && c.field).map((c) => ({ column: c, facet: facetOfField(c.field!)! }));
  for (const { column } of counted) column.recognised = { values: 0, of: 0 };
  return (cells) => {
    for (const { column, facet } of counted) {
      const cell = cells[column.position - 1] ?? '';
      if (!cell.trim()) continue;
      column.recognised!.of++;
      if (cellReadsAs(facet, cell)) column.recognised!.values++;
    }
  };
}
