import type { CrossTable } from './api-types.js';

// What a cross-table's cells can show, computed once for the statistics page and its CSV (one formula, two places).

/** Counts; the share of the row, of the column or of the whole selection; the representation index. */
export const MEASURES = ['count', 'rowShare', 'colShare', 'share', 'index'] as const;
export type Measure = (typeof MEASURES)[number];

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/**
 * The representation index of a cell: the share of the row's examples that fall in the column, against the share of
 * the whole selection that does (2 = twice as frequent in that row as in the selection; null when a total is zero).
 */
export function representationIndex(table: CrossTable, i: number, j: number): number | null {
  const inRow = ratio(table.counts[i]?.[j] ?? 0, table.rowTotals[i] ?? 0);
  const overall = ratio(table.colTotals[j] ?? 0, table.total);
  return inRow === null || overall === null || overall === 0 ? null : inRow / overall;
}

/** A cell under a measure (shares as fractions, 0–1). */
export function cellValue(table: CrossTable, i: number, j: number, measure: Measure): number | null {
  const n = table.counts[i]?.[j] ?? 0;
  switch (measure) {
    case 'count': return n;
    case 'rowShare': return ratio(n, table.rowTotals[i] ?? 0);
    case 'colShare': return ratio(n, table.colTotals[j] ?? 0);
    case 'share': return ratio(n, table.total);
    case 'index': return representationIndex(table, i, j);
  }
}

/** The totals column (examples of row i) under a measure: what the row is of the selection. */
export function rowTotalValue(table: CrossTable, i: number, measure: Measure): number | null {
  const n = table.rowTotals[i] ?? 0;
  if (measure === 'count') return n;
  if (measure === 'rowShare') return n > 0 ? 1 : null;
  if (measure === 'index') return null;
  return ratio(n, table.total);
}

/** The totals row (examples of column j) under a measure; its share of the selection is the index's reference. */
export function colTotalValue(table: CrossTable, j: number, measure: Measure): number | null {
  const n = table.colTotals[j] ?? 0;
  if (measure === 'count') return n;
  if (measure === 'colShare') return n > 0 ? 1 : null;
  if (measure === 'index') return null;
  return ratio(n, table.total);
}

/** The cell of the table most over-represented among cells with at least `minCount` examples (what the page says in words). */
export function mostOverRepresented(table: CrossTable, minCount = 3): { i: number; j: number; index: number } | undefined {
  let best: { i: number; j: number; index: number } | undefined;
  table.rows.forEach((_, i) => table.cols.forEach((_, j) => {
    const index = representationIndex(table, i, j);
    if (index !== null && (table.counts[i]?.[j] ?? 0) >= minCount && (!best || index > best.index)) best = { i, j, index };
  }));
  return best;
}
