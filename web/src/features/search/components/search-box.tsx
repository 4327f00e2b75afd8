import { useEffect, useRef, useState, type ReactNode } from 'react';
import { QUERY_LIMITS } from '#domain/facet-registry.js';
import type { Translate } from '../../../lib/prefs';

/**
 * The search-as-you-type box: every keystroke is a search (no debounce: the engine answers in a few ms, superseded
 * requests are cancelled, see get-search.ts). Its label is the screen's h1 where the search is the screen's subject.
 */
export function SearchBox({ q, onSearch, t, asHeading, children }: { q: string; onSearch: (q: string) => void; t: Translate; asHeading: boolean; children?: ReactNode }) {
  const [value, setValue] = useState(q);
  const sent = useRef(q);

  // Follow the URL when it changes from elsewhere (Back, a ready-made search, "clear all"), not when it echoes the box.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setValue(q);
    }
  }, [q]);

  const send = (next: string) => {
    sent.current = next.trim();
    onSearch(next.trim());
  };
  const label = (
    <label htmlFor="search-input" className="search-box__label">
      {t('searchLabel')}
    </label>
  );
  return (
    <form className="search-box" role="search" onSubmit={(e) => { e.preventDefault(); send(value); }}>
      {asHeading ? <h1 className="search-box__heading" tabIndex={-1}>{label}</h1> : label}
      <input
        id="search-input"
        type="search"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          send(e.target.value);
        }}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={QUERY_LIMITS.qMaxLength}
        aria-describedby="search-hint"
      />
      <span id="search-hint" className="search-box__hint">
        {t('searchHint')}
      </span>
      {children}
    </form>
  );
}
