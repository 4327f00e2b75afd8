import type { CrossTable } from '#domain/api-types.js';
import { cellValue, colTotalValue, rowTotalValue, type Measure } from '#domain/cross-table-measures.js';
import type { StatsDimension } from '#domain/facet-registry.js';
import { dimensionValueLabel } from '#domain/stats-dimensions.js';
import type { Lang } from '../../../lib/prefs';
import { statsWords } from '../stats-words';
import { divergingStyle, sequentialStyle } from '../utils/cell-colours';
import { measureText } from '../utils/format-measure';
import { indexSentence } from '../utils/index-sentence';

interface Props {
  data: CrossTable;
  rowsDim: StatsDimension;
  colsDim: StatsDimension;
  measure: Measure;
  lang: Lang;
  caption: string;
}

/**
 * The cross-table with a totals column and row, coloured by the measure (a diverging scale for the index). Column heads
 * read rotated, their full label on hover and for screen readers; row names stay in view when the table scrolls sideways.
 */
export function CrossTableView({ data, rowsDim, colsDim, measure, lang, caption }: Props) {
  const w = statsWords(lang);
  const values = data.rows.map((_, i) => data.cols.map((_, j) => cellValue(data, i, j, measure)));
  const max = Math.max(0, ...values.flat().map((v) => v ?? 0));
  const style = (v: number | null) => (measure === 'index' ? divergingStyle(v) : sequentialStyle(v, max));
  const title = (i: number, j: number) =>
    (measure === 'index' ? indexSentence(data, i, j, { rows: rowsDim, cols: colsDim }, lang) : undefined) ??
    w('cellCount', { row: dimensionValueLabel(rowsDim, data.rows[i]!, lang), col: dimensionValueLabel(colsDim, data.cols[j]!, lang), n: data.counts[i]?.[j] ?? 0 });
  return (
    <div className="cross-table__scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="cross-table" data-measure={measure}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="cross-table__corner" />
            {data.cols.map((c) => {
              const full = dimensionValueLabel(colsDim, c, lang);
              const short = dimensionValueLabel(colsDim, c, lang, 'short');
              return (
                <th key={String(c)} scope="col" title={full} data-id={String(c)}>
                  <span className="cross-table__head" aria-hidden={short !== full ? true : undefined}>{short}</span>
                  {short !== full ? <span className="visually-hidden">{full}</span> : null}
                </th>
              );
            })}
            <th scope="col" className="cross-table__total">{w('total')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r, i) => (
            <tr key={String(r)} data-id={String(r)}>
              <th scope="row">{dimensionValueLabel(rowsDim, r, lang)}</th>
              {data.cols.map((c, j) => (
                <td key={String(c)} style={style(values[i]![j]!)} title={title(i, j)}>
                  {measureText(values[i]![j]!, measure, lang)}
                </td>
              ))}
              <td className="cross-table__total">{measureText(rowTotalValue(data, i, measure), measure, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{w('total')}</th>
            {data.cols.map((c, j) => (
              <td key={String(c)}>{measureText(colTotalValue(data, j, measure), measure, lang)}</td>
            ))}
            <td className="cross-table__total">{measure === 'index' ? '–' : measureText(measure === 'count' ? data.total : 1, measure, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
