// A streamed sheet row's cells as text (exceljs values: strings, numbers, dates, rich text, formulas, hyperlinks, errors).

export interface XlsxCell {
  text: string;
  /** The cell's hyperlink (a link on the cell, or a HYPERLINK formula). */
  link?: string;
}

/** The part of exceljs's streamed Row the reader uses. */
export interface SheetRow {
  number: number;
  hasValues: boolean;
  values: unknown[];
}

const HYPERLINK = /^\s*HYPERLINK\(\s*"([^"]+)"/i;

/** A cell value as the text an export would have written: dates as ISO dates (read as dates by the import), numbers plainly. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown; hyperlink?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return valueText(v.result);
    if ('text' in v) return valueText(v.text);
    if ('error' in v) return '';
  }
  return String(value);
}

/** The row's cells (index 0 = column A), with links from the sheet's hyperlinks (`linkAt`) or HYPERLINK formulas. */
export function sheetCells(row: SheetRow, linkAt: ((column: number) => string | undefined) | undefined): XlsxCell[] {
  const cells: XlsxCell[] = [];
  const values = row.values;
  for (let column = 1; column < values.length; column++) {
    const value = values[column];
    const formula = (value as { formula?: string } | null)?.formula;
    const link = linkAt?.(column) ?? (formula ? HYPERLINK.exec(formula)?.[1] : undefined) ?? (value as { hyperlink?: string } | null)?.hyperlink;
    cells[column - 1] = link ? { text: valueText(value), link } : { text: valueText(value) };
  }
  for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '' };
  return cells;
}

/** Column number of a column's letters (A = 1, AA = 27). */
export const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
