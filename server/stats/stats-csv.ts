import { BOM, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';
import type { StatsDimension } from '#domain/query.js';
import { labelOf } from '../export/labels.js';
import type { CrossTable, DimensionValue } from './cross-table.js';

const DIMENSION_LABELS: Record<StatsDimension, string> = {
  region: 'Région', actorType: 'Type d’acteurs', sdg: 'ODD', theme: 'Thématique', mode: 'Mode de partenariat', scale: 'Échelle', status: 'Statut', year: 'Année',
};

const label = (dim: StatsDimension, value: DimensionValue) => (dim === 'year' ? String(value) : labelOf(dim, value, 'fr'));

/** The cross-table as a French spreadsheet: BOM, `;`, labels, row and column totals left to the reader's tool. */
export function crossTableCsv(table: CrossTable, rowsDim: StatsDimension, colsDim: StatsDimension): string {
  const header = [`${DIMENSION_LABELS[rowsDim]} \\ ${DIMENSION_LABELS[colsDim]}`, ...table.cols.map((c) => label(colsDim, c))];
  const body = table.rows.map((r, i) => [label(rowsDim, r), ...(table.counts[i] ?? [])]);
  return BOM + toSpreadsheetCsv([header, ...body]);
}
