import { stringify } from 'csv-stringify/sync';

// The one CSV writer for files people open in a spreadsheet: exports, stats, rejects (data-format.md §5).

export const BOM = '\uFEFF';

/** A spreadsheet would run a cell starting with these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text prefixed with `'` when a spreadsheet would take it for a formula; numbers stay numbers. */
export function neutralise(value: string | number | undefined): string | number {
  if (value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell read back from one of our CSV files: the `'` that `neutralise` put before a formula character goes, so export → import is a round trip. */
export function restoreNeutralised(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * Rows as CSV with CRLF record ends. `quote_record_delimiter`: with an explicit record delimiter,
 * csv-stringify 6.9 leaves a lone "\n" inside a cell unquoted, which would split the row in two.
 */
export function toSpreadsheetCsv(rows: readonly (readonly (string | number)[])[], separator: ';' | ',' = ';'): string {
  return stringify(rows as (string | number)[][], { delimiter: separator, record_delimiter: 'windows', quote_record_delimiter: true });
}
