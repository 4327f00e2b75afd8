import type { CrossTable } from '#domain/api-types.js';
import { representationIndex } from '#domain/cross-table-measures.js';
import type { StatsDimension } from '#domain/facet-registry.js';
import { dimensionValueLabel } from '#domain/stats-dimensions.js';
import type { Lang } from '../../../lib/prefs';
import { statsWords } from '../stats-words';
import { percent, ratioText } from './format-measure';

/** A cell's representation index in words: « Bretagne : 2,1 fois plus d’exemples « ODD 13 » que la moyenne de la sélection (…) ». */
export function indexSentence(table: CrossTable, i: number, j: number, dims: { rows: StatsDimension; cols: StatsDimension }, lang: Lang): string | undefined {
  const index = representationIndex(table, i, j);
  if (index === null) return undefined;
  const w = statsWords(lang);
  const vars = {
    row: dimensionValueLabel(dims.rows, table.rows[i]!, lang),
    col: dimensionValueLabel(dims.cols, table.cols[j]!, lang, 'short'),
    rowShare: percent((table.counts[i]![j] ?? 0) / table.rowTotals[i]!, lang),
    share: percent(table.colTotals[j]! / table.total, lang),
  };
  // Within 5 % of the selection reads as « as many »; below, « k times fewer » is easier to grasp than « 0.4 times as many ».
  if (Math.abs(Math.log(index)) < Math.log(1.05)) return w('indexSame', vars);
  return index > 1 ? w('indexMore', { ...vars, k: ratioText(index, lang) }) : w('indexLess', { ...vars, k: index === 0 ? '∞' : ratioText(1 / index, lang) });
}
