import { useEffect } from 'react';
import { SEARCH_PATH } from '#domain/app-paths.js';
import type { SearchResponse } from '#domain/api-types.js';
import { addNotices } from '../../features/links/notices';
import { countText } from '../../lib/count-text';
import type { Translate } from '../../lib/prefs';
import { useDocumentTitle, useScreenFocus } from '../../lib/screen';
import type { SearchState } from '../../lib/search-state';
import { hrefFor } from '../../lib/use-search-state';
import { navigate } from '../../lib/url-state';
import { shorten } from '../../lib/shorten';

/** The tab's title says what is on screen: « « cantine » : 43 exemples, page 2 », or the statistics. */
export function useSearchTitle(view: 'results' | 'stats', state: SearchState, data: SearchResponse | undefined, t: Translate): void {
  const count = countText(data?.totalHits, t);
  const results = state.q ? t('titleQuery', { q: shorten(state.q, 60), count }) : t('titleSearch', { count });
  const title = view === 'stats' ? t('statsTitle') : state.page > 1 ? t('titlePage', { title: results, p: state.page }) : results;
  useDocumentTitle(title, t('appTitle'));
  // The results' h1 (the search box's label) is there at once; the statistics' h1 comes with its chunk and takes focus itself.
  useScreenFocus(view === 'results');
}

/** A page past the end (a shared link, a smaller data set since) becomes the last page, with a word saying so. */
export function usePastTheEnd(state: SearchState, settled: SearchResponse | undefined, params: URLSearchParams): void {
  useEffect(() => {
    if (!settled) return;
    const last = Math.max(1, settled.totalPages);
    if (state.page <= last) return;
    const href = hrefFor(SEARCH_PATH, { ...state, page: last }, params);
    addNotices(href, [settled.totalPages ? { key: 'noticePastEnd', vars: { page: state.page, last } } : { key: 'noticeBadPage', vars: { value: state.page } }]);
    navigate(href, { replace: true });
  }, [settled, state, params]);
}
