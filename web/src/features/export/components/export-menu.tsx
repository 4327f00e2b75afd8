import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../../lib/api-client';
import type { Lang, Translate } from '../../../lib/prefs';
import { filterParams, type SearchState } from '../../../lib/search-state';

const FORMATS = [
  { format: 'csv', key: 'exportCsv' },
  { format: 'xlsx', key: 'exportXlsx' },
  { format: 'json', key: 'exportJson' },
  { format: 'datapackage', key: 'exportPackage' },
] as const;

/** The export href of the current set: same filters and sort as the screen, in the UI's language. */
export function exportHref(state: SearchState, format: string, lang: Lang): string {
  const p = filterParams(state);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  p.set('format', format);
  if (lang === 'en') p.set('lang', 'en');
  return apiUrl('export', p);
}

/** "Exporter" button opening a menu of downloads of exactly the current set. */
export function ExportMenu({ state, total, lang, t }: { state: SearchState; total: number | undefined; lang: Lang; t: Translate }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);
  return (
    <div className="menu" ref={root}>
      <button type="button" className="btn" aria-expanded={open} aria-controls="export-menu" onClick={() => setOpen(!open)} disabled={!total}>
        {t('exportLabel')} ▾
      </button>
      {open ? (
        <ul id="export-menu" className="menu__list" aria-label={t('exportTitle', { n: total ?? 0 })}>
          {FORMATS.map((f) => (
            <li key={f.format}>
              <a href={exportHref(state, f.format, lang)} download onClick={() => setOpen(false)}>
                {t(f.key)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
