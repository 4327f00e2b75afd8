import type { ReactNode } from 'react';
import { SORT_NAMES, SORTS, type Sort } from '#domain/facet-registry.js';
import type { Lang, Translate } from '../../../lib/prefs';

/** The result count (role=status, announced), the engine time, the sort and room for the export menu. */
export function ResultsToolbar(props: { total: number | undefined; ms: number | undefined; sort: Sort; onSort: (s: Sort) => void; lang: Lang; t: Translate; children?: ReactNode }) {
  const { total, ms, sort, onSort, lang, t, children } = props;
  const count = total === undefined ? t('loading') : total === 0 ? t('countNone') : total === 1 ? t('countOne') : t('countMany', { n: total });
  return (
    <div className="toolbar">
      <p className="toolbar__count">
        <span role="status" aria-live="polite">{count}</span>
        {ms !== undefined ? <span className="muted"> {t('timing', { ms })}</span> : null}
      </p>
      <label className="toolbar__sort">
        {t('sortLabel')}{' '}
        <select value={sort} onChange={(e) => onSort(e.target.value as Sort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_NAMES[s][lang]}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
