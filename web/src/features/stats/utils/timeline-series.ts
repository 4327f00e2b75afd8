import type { CrossTable } from '#domain/api-types.js';
import type { StatsDimension } from '#domain/facet-registry.js';
import { dimensionValueLabel } from '#domain/stats-dimensions.js';
import type { Lang } from '../../../lib/prefs';

export interface Series {
  key: string;
  label: string;
  /** One value per year of `years`. */
  values: number[];
}

/** How many split values the chart draws (more lines would be unreadable); the table and the CSV keep every value. */
export const TOP = 5;

/** The timeline's lines from a year × split cross-table: the year totals alone, or the most frequent split values. */
export function timelineSeries(table: CrossTable, split: StatsDimension | undefined, lang: Lang, totalLabel: string): { years: number[]; series: Series[] } {
  const years = table.rows.map(Number);
  if (!split) return { years, series: [{ key: 'total', label: totalLabel, values: table.rowTotals }] };
  const order = table.cols.map((c, j) => ({ c, j, n: table.colTotals[j] ?? 0 })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n).slice(0, TOP);
  return { years, series: order.map(({ c, j }) => ({ key: String(c), label: dimensionValueLabel(split, c, lang, 'short'), values: table.rows.map((_, i) => table.counts[i]?.[j] ?? 0) })) };
}

/** Round tick values from 0 to at least `max`. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const step = [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((s) => s >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, k) => k * step);
}
