import type { ReactNode } from 'react';
import { ReadySearches } from '../../features/presenter/components/ready-searches';
import { EmptyState } from '../../features/search/components/empty-state';
import { Pagination } from '../../features/search/components/pagination';
import { ResultCard } from '../../features/search/components/result-card';
import { ResultsToolbar } from '../../features/search/components/results-toolbar';
import { examplePath } from '../../lib/paths';
import type { Prefs, Translate } from '../../lib/prefs';
import type { SearchState } from '../../lib/search-state';
import type { SearchResponse } from '#domain/api-types.js';
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

/** Count, sort and export, then the results (or the empty state), then pagination. */
export function ResultsPanel({ state, setState, data, stale, failed, params, prefs, children }: Props) {
  const { t, lang } = prefs;
  // The example link carries the search, so "back to results" (even after a reload or from a shared link) restores it.
  const hrefOf = (id: string) => hrefFor(examplePath(id), state, params);
  return (
    <>
      {failed && !data ? null : <ResultsToolbar total={data?.totalHits} ms={data?.processingTimeMs} sort={state.sort} onSort={(sort) => setState({ ...state, sort, page: 1 })} lang={lang} t={t}>
        {children}
      </ResultsToolbar>}
      {data && data.totalHits === 0 ? (
        <EmptyState state={state} onChange={setState} lang={lang} t={t} suggestions={<ReadySearches prefs={prefs} t={t} />} />
      ) : (
        <div className={`results${stale ? ' results--stale' : ''}`} aria-busy={stale}>
          {data?.hits.map((hit) => (
            <ResultCard key={hit.id} hit={hit} href={hrefOf(hit.id)} lang={lang} />
          ))}
        </div>
      )}
      {data ? (
        <Pagination
          page={data.page}
          totalPages={data.totalPages}
          onPage={(page) => {
            setState({ ...state, page });
            document.getElementById('main')?.scrollIntoView();
          }}
          t={t}
        />
      ) : null}
    </>
  );
}
