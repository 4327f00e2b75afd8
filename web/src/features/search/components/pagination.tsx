import type { Translate } from '../../../lib/prefs';

/** Previous / next page with "page p of n". */
export function Pagination({ page, totalPages, onPage, t }: { page: number; totalPages: number; onPage: (p: number) => void; t: Translate }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('prevPage')}
      </button>
      <span>{t('pageOf', { p: page, n: totalPages })}</span>
      <button type="button" className="btn" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
        {t('nextPage')}
      </button>
    </nav>
  );
}
