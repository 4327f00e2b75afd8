import { lazy, Suspense, useState } from 'react';
import { ServiceBanner } from '../../components/service-banner';
import { ExportMenu } from '../../features/export/components/export-menu';
import { FollowSearch } from '../../features/feed/components/follow-search';
import { useFeedLink } from '../../features/feed/use-feed-link';
import { FranceMap } from '../../features/map/components/france-map';
import { ReadySearches } from '../../features/presenter/components/ready-searches';
import { useSearch } from '../../features/search/api/get-search';
import { ActiveFilters } from '../../features/search/components/active-filters';
import { FacetPanel } from '../../features/search/components/facet-panel';
import { SearchBox } from '../../features/search/components/search-box';
import { DataVersionNotice } from '../../features/versions/components/data-version-notice';
import { activeFilterCount, toggleFacet } from '../../lib/search-state';
import type { Prefs, Translate } from '../../lib/prefs';
import { useSearchState } from '../../lib/use-search-state';
import { ResultsPanel } from './results-panel';

// The statistics view is loaded on demand: it is not on the first screen, so it stays out of the initial bundle.
const StatsPage = lazy(() => import('../../features/stats/components/stats-page').then((m) => ({ default: m.StatsPage })));

/** The search screen: box, facets and map on the side, then results or the statistics of the same set. */
export function SearchRoute({ view, prefs }: { view: 'results' | 'stats'; prefs: Prefs & { t: Translate } }) {
  const { t, lang } = prefs;
  const [state, setState, params] = useSearchState();
  const search = useSearch(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const data = search.data;
  const nFilters = activeFilterCount(state);
  useFeedLink(state, lang);
  return (
    <div className="layout">
      <div className="layout__search">
        <SearchBox q={state.q} onSearch={(q) => setState({ ...state, q, page: 1 }, { replace: true })} t={t} />
        <ReadySearches prefs={prefs} t={t} />
      </div>
      <button type="button" className="btn layout__filters-toggle" aria-expanded={filtersOpen} aria-controls="filters" onClick={() => setFiltersOpen(!filtersOpen)}>
        {filtersOpen ? t('hideFilters') : t('showFilters')}
        {nFilters ? ` (${nFilters})` : ''}
      </button>
      <aside id="filters" className={`layout__aside${filtersOpen ? ' layout__aside--open' : ''}`} aria-label={t('filters')}>
        <FacetPanel state={state} facets={data?.facets} onChange={setState} lang={lang} t={t}>
          <FranceMap counts={data?.facets.region} selected={state.facets.region} onToggle={(id) => setState(toggleFacet(state, 'region', id))} lang={lang} t={t} />
        </FacetPanel>
      </aside>
      <main id="main" className="layout__main" tabIndex={-1}>
        <ActiveFilters state={state} onChange={setState} lang={lang} t={t} />
        <DataVersionNotice state={state} version={params.get('v')} lang={lang} />
        {search.error ? <ServiceBanner error={search.error} onRetry={() => void search.refetch()} t={t} /> : null}
        {view === 'stats' ? (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <StatsPage state={state} params={params} lang={lang} t={t} onAxes={(rows, cols) => setState(state, { extra: { rows, cols } })} onView={(view) => setState(state, { extra: view, replace: true })} />
          </Suspense>
        ) : (
          <ResultsPanel state={state} setState={setState} data={data} stale={search.isPlaceholderData} failed={!!search.error} params={params} prefs={prefs}>
            <ExportMenu state={state} total={data?.totalHits} lang={lang} t={t} />
            <FollowSearch state={state} lang={lang} />
          </ResultsPanel>
        )}
      </main>
    </div>
  );
}
