import type { CrossTable, DimensionValue } from '#domain/api-types.js';
import { facetOf, valueLabel, type StatsDimension } from '#domain/facet-registry.js';
import { BOM, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';

const dimensionName = (dim: StatsDimension): string => (dim === 'year' ? 'Année' : facetOf(dim).name.fr);
const label = (dim: StatsDimension, value: DimensionValue) => (dim === 'year' ? String(value) : valueLabel(facetOf(dim), value, 'fr', 'display'));

/** The cross-table as a French spreadsheet: BOM, `;`, labels, row and column totals left to the reader's tool. */
export function crossTableCsv(table: CrossTable, rowsDim: StatsDimension, colsDim: StatsDimension): string {
  const header = [`${dimensionName(rowsDim)} \\ ${dimensionName(colsDim)}`, ...table.cols.map((c) => label(colsDim, c))];
  const body = table.rows.map((r, i) => [label(rowsDim, r), ...(table.counts[i] ?? [])]);
  return BOM + toSpreadsheetCsv([header, ...body]);
}
