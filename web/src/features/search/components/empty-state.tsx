import type { ReactNode } from 'react';
import type { Lang, Translate } from '../../../lib/prefs';
import type { SearchState } from '../../../lib/search-state';
import { activeChips } from './active-filters';
import { shorten } from '../../../lib/shorten';

/** No result: propose each filter to remove (or the query to clear), then ready-made searches. */
export function EmptyState({ state, onChange, lang, t, suggestions }: { state: SearchState; onChange: (s: SearchState) => void; lang: Lang; t: Translate; suggestions?: ReactNode }) {
  const chips = activeChips(state, lang, t);
  return (
    <div className="empty">
      <h2>{t('emptyTitle')}</h2>
      {chips.length ? (
        <>
          <p>{t('emptyRemove')}</p>
          <ul className="empty__list">
            {chips.map((c) => (
              <li key={c.key}>
                <button type="button" className="chip" onClick={() => onChange(c.without)}>
                  {c.key === 'q' ? t('emptyClearQuery', { q: shorten(state.q) }) : t('removeFilter', { label: c.label })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {suggestions ? (
        <>
          <p>{t('emptyTry')}</p>
          {suggestions}
        </>
      ) : null}
    </div>
  );
}
