import type { CrossTable } from '#domain/api-types.js';
import { cellValue, colTotalValue, rowTotalValue, type Measure } from '#domain/cross-table-measures.js';
import type { Lang, StatsDimension } from '#domain/facet-registry.js';
import { dimensionName, dimensionValueLabel, MEASURE_NAMES, TOTAL_WORD } from '#domain/stats-dimensions.js';
import { BOM, toSpreadsheetCsv } from '../csv/spreadsheet-csv.js';

/** A figure as the language's spreadsheet reads it: shares in percent with one decimal, the index with two; blank when undefined. */
function figure(value: number | null, measure: Measure, lang: Lang): string | number {
  if (value === null) return '';
  if (measure === 'count') return value;
  const text = measure === 'index' ? value.toFixed(2) : (value * 100).toFixed(1);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * The cross-table as the page shows it, for a spreadsheet in the page's language: French with `;` and decimal commas,
 * English with `,` and points; labels, a totals column and a totals row (examples, not sums: see CrossTable).
 */
export function crossTableCsv(table: CrossTable, rowsDim: StatsDimension, colsDim: StatsDimension, measure: Measure, lang: Lang): string {
  const corner = `${dimensionName(rowsDim, lang)} \\ ${dimensionName(colsDim, lang)}${measure === 'count' ? '' : ` (${MEASURE_NAMES[measure][lang]})`}`;
  const header = [corner, ...table.cols.map((c) => dimensionValueLabel(colsDim, c, lang)), TOTAL_WORD[lang]];
  const body = table.rows.map((r, i) => [
    dimensionValueLabel(rowsDim, r, lang),
    ...table.cols.map((_, j) => figure(cellValue(table, i, j, measure), measure, lang)),
    figure(rowTotalValue(table, i, measure), measure, lang),
  ]);
  const totals = [TOTAL_WORD[lang], ...table.cols.map((_, j) => figure(colTotalValue(table, j, measure), measure, lang)), measure === 'index' ? '' : figure(measure === 'count' ? table.total : table.total > 0 ? 1 : null, measure, lang)];
  return BOM + toSpreadsheetCsv([header, ...body, totals], lang === 'fr' ? ';' : ',');
}
