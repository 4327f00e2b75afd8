import type { ReactNode } from 'react';
import type { Translate } from '../../../lib/prefs';
import { SORT_VALUES, type Sort } from '../../../lib/search-state';

const SORT_KEYS = { relevance: 'sortRelevance', 'year:desc': 'sortYear:desc', 'year:asc': 'sortYear:asc', 'title:asc': 'sortTitle:asc' } as const;

/** The result count (role=status, announced), the engine time, the sort and room for the export menu. */
export function ResultsToolbar(props: { total: number | undefined; ms: number | undefined; sort: Sort; onSort: (s: Sort) => void; t: Translate; children?: ReactNode }) {
  const { total, ms, sort, onSort, t, children } = props;
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
          {SORT_VALUES.map((s) => (
            <option key={s} value={s}>
              {t(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
