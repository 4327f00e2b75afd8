import { lazy, Suspense, useRef, useState } from 'react';
import { SEARCH_PATH } from '#domain/app-paths.js';
import { ServiceBanner } from '../../components/service-banner';
import { ExportMenu } from '../../features/export/components/export-menu';
import { FollowSearch } from '../../features/feed/components/follow-search';
import { useFeedLink } from '../../features/feed/use-feed-link';
import { LinkNotices } from '../../features/links/components/link-notices';
import { FranceMap } from '../../features/map/components/france-map';
import { ReadySearches } from '../../features/presenter/components/ready-searches';
import { useSearch } from '../../features/search/api/get-search';
import { ActiveFilters } from '../../features/search/components/active-filters';
import { FacetPanel } from '../../features/search/components/facet-panel';
import { FilterSheet } from '../../features/search/components/filter-sheet';
import { LanguageNote } from '../../features/search/components/language-note';
import { SearchBox } from '../../features/search/components/search-box';
import type { RegionId } from '#domain/regions.js';
import { DataVersionNotice } from '../../features/versions/components/data-version-notice';
import { activeFilterCount, clearedState } from '../../lib/search-state';
import type { Prefs, Translate } from '../../lib/prefs';
import { PHONE, useMedia } from '../../lib/use-media';
import { hrefFor, toggleFacetNow, useSearchState } from '../../lib/use-search-state';
import { focusResults, ResultsPanel } from './results-panel';
import { usePastTheEnd, useSearchTitle } from './search-screen';

const toggleRegion = (id: RegionId) => toggleFacetNow('region', id);

// The statistics view is loaded on demand: it is not on the first screen, so it stays out of the initial bundle.
const StatsPage = lazy(() => import('../../features/stats/components/stats-page').then((m) => ({ default: m.StatsPage })));

/** The search screen: box, facets and map on the side (a sheet on a phone), then results or the statistics of the same set. */
export function SearchRoute({ view, prefs }: { view: 'results' | 'stats'; prefs: Prefs & { t: Translate } }) {
  const { t, lang } = prefs;
  const [state, setState, params] = useSearchState();
  const search = useSearch(state);
  const phone = useMedia(PHONE);
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheetButton = useRef<HTMLButtonElement>(null);
  const data = search.data;
  const nFilters = activeFilterCount(state);
  useSearchTitle(view, state, data, t);
  usePastTheEnd(state, view === 'results' && !search.isPlaceholderData ? data : undefined, params);
  useFeedLink(state, lang);
  const panel = (
    <FacetPanel state={state} facets={data?.facets} onChange={setState} lang={lang} t={t}>
      <FranceMap counts={data?.facets.region} selected={state.facets.region} onToggle={toggleRegion} lang={lang} t={t} />
    </FacetPanel>
  );
  const closeSheet = (toResults: boolean) => {
    setSheetOpen(false);
    if (toResults) focusResults();
    else sheetButton.current?.focus();
  };
  return (
    <div className="layout">
      <div className="layout__search">
        <SearchBox q={state.q} onSearch={(q) => setState({ ...state, q, page: 1 }, { typed: true })} asHeading={view === 'results'} t={t} />
        <LanguageNote prefs={prefs} t={t} />
        <ReadySearches prefs={prefs} t={t} />
      </div>
      {phone ? (
        <>
          <button ref={sheetButton} type="button" className="btn layout__filters-toggle" aria-haspopup="dialog" aria-expanded={sheetOpen} onClick={() => setSheetOpen(true)}>
            {t('filtersButton')} ({nFilters})
          </button>
          <FilterSheet open={sheetOpen} onClose={closeSheet} total={data?.totalHits} onClear={nFilters || state.q ? () => setState(clearedState(state)) : undefined} t={t}>
            {sheetOpen ? panel : null}
          </FilterSheet>
        </>
      ) : (
        <aside id="filters" className="layout__aside" aria-label={t('filters')}>
          {panel}
        </aside>
      )}
      <main id="main" className="layout__main" tabIndex={-1}>
        <LinkNotices t={t} />
        <ActiveFilters state={state} onChange={setState} lang={lang} t={t} />
        <DataVersionNotice state={state} version={params.get('v')} lang={lang} />
        {search.error ? <ServiceBanner error={search.error} onRetry={() => void search.refetch()} startOver={hrefFor(SEARCH_PATH, clearedState(state), params)} t={t} /> : null}
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
