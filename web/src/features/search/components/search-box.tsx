import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../../lib/prefs';

const DEBOUNCE_MS = 150;

/** The search-as-you-type box: local text for instant typing, pushed to the URL after a short pause. */
export function SearchBox({ q, onSearch, t }: { q: string; onSearch: (q: string) => void; t: Translate }) {
  const [value, setValue] = useState(q);
  const sent = useRef(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Follow the URL when it changes from elsewhere (Back, a ready-made search, "clear all").
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setValue(q);
    }
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      sent.current = next.trim();
      onSearch(next.trim());
    }, DEBOUNCE_MS);
  };

  return (
    <form className="search-box" role="search" onSubmit={(e) => { e.preventDefault(); clearTimeout(timer.current); sent.current = value.trim(); onSearch(value.trim()); }}>
      <label htmlFor="search-input" className="search-box__label">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        value={value}
        onChange={(e) => change(e.target.value)}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        aria-describedby="search-hint"
      />
      <span id="search-hint" className="search-box__hint">
        {t('searchHint')}
      </span>
    </form>
  );
}
