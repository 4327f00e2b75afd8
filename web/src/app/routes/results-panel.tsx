import type { ReactNode } from 'react';
import { SEARCH_PATH } from '#domain/app-paths.js';
import type { SearchResponse } from '#domain/api-types.js';
import { ReadySearches } from '../../features/presenter/components/ready-searches';
import { EmptyState } from '../../features/search/components/empty-state';
import { Pagination } from '../../features/search/components/pagination';
import { ResultList } from '../../features/search/components/result-list';
import { ResultsToolbar } from '../../features/search/components/results-toolbar';
import type { Prefs, Translate } from '../../lib/prefs';
import { useRestoreResults } from '../../lib/results-memory';
import type { SearchState } from '../../lib/search-state';
import { hrefFor } from '../../lib/use-search-state';

interface Props {
  state: SearchState;
  setState: (s: SearchState) => void;
  data: SearchResponse | undefined;
  stale: boolean;
  failed: boolean;
  params: URLSearchParams;
  prefs: Prefs & { t: Translate };
  children?: ReactNode;
}

const FOUND_BY = new WeakMap<SearchResponse, { search: string; query: string }>();

/** Brings the results into view and focus on their heading (the count), as after « Page suivante » or « Voir les résultats ». */
export function focusResults(): void {
  document.getElementById('main')?.scrollIntoView();
  document.getElementById('results-heading')?.focus({ preventScroll: true });
}

/** Count, sort and export, then the results (or the empty state), then pagination. */
export function ResultsPanel({ state, setState, data, stale, failed, params, prefs, children }: Props) {
  const { t, lang } = prefs;
  const search = hrefFor(SEARCH_PATH, state, params);
  useRestoreResults(search, !!data && !stale);
  // The example link carries the search, so "back to results" (even after a reload or from a shared link) restores it;
  // an answer kept on screen while the next is awaited keeps the search that found it.
  const current = () => ({ search, query: hrefFor('', state, params) });
  if (data && !stale) FOUND_BY.set(data, current());
  const found = (data && FOUND_BY.get(data)) ?? current();
  return (
    <>
      {failed && !data ? null : (
        <ResultsToolbar total={data?.totalHits} ms={data?.processingTimeMs} page={state.page} totalPages={data?.totalPages} sort={state.sort} onSort={(sort) => setState({ ...state, sort, page: 1 })} lang={lang} t={t}>
          {children}
        </ResultsToolbar>
      )}
      {/* data-search: the search whose answer is listed (the previous one while the next is awaited). */}
      <div className={`results${stale ? ' results--stale' : ''}`} aria-busy={stale} data-search={found.search}>
        {data && data.totalHits === 0 ? (
          <EmptyState state={state} onChange={setState} lang={lang} t={t} suggestions={<ReadySearches prefs={prefs} t={t} />} />
        ) : data ? (
          <ResultList hits={data.hits} search={found.search} query={found.query} lang={lang} />
        ) : null}
      </div>
      {data ? (
        <Pagination
          page={data.page}
          totalPages={data.totalPages}
          onPage={(page) => {
            setState({ ...state, page });
            focusResults();
          }}
          t={t}
        />
      ) : null}
    </>
  );
}
