import type { ReactNode } from 'react';
import { SORT_NAMES, SORTS, type Sort } from '#domain/facet-registry.js';
import { countText } from '../../../lib/count-text';
import type { Lang, Translate } from '../../../lib/prefs';

interface Props {
  total: number | undefined;
  ms: number | undefined;
  page: number | undefined;
  totalPages: number | undefined;
  sort: Sort;
  onSort: (s: Sort) => void;
  lang: Lang;
  t: Translate;
  children?: ReactNode;
}

/**
 * The results' heading: the count in a polite live region (announced when a new set is complete, never while it
 * loads: the previous count stays until then), the engine time, the page for whoever lands here; then sort and export.
 */
export function ResultsToolbar({ total, ms, page, totalPages, sort, onSort, lang, t, children }: Props) {
  return (
    <div className="toolbar">
      <h2 id="results-heading" className="toolbar__count" tabIndex={-1}>
        <span role="status" aria-live="polite" aria-atomic="true">{countText(total, t)}</span>
        {ms !== undefined ? <span className="muted"> {t('timing', { ms })}</span> : null}
        {page && totalPages && totalPages > 1 ? <span className="visually-hidden">{t('resultsPage', { p: page, n: totalPages })}</span> : null}
      </h2>
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
