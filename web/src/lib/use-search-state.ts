import { useMemo } from 'react';
import { liveDataVersion } from './data-version';
import { readPrefs, withPrefs } from './prefs';
import { readSearchState, searchParams, toggleFacet, type FacetKey, type SearchState } from './search-state';
import { buildHref, currentHref, navigate, parseHref, useHref, type NavigateOptions } from './url-state';

// Statistics axes, what its cells show and the timeline's split; `v`, the data version a link was made on.
const VIEW_KEYS = ['rows', 'cols', 'measure', 'split', 'v'] as const;

export interface SetOptions extends NavigateOptions {
  /** View params to set ('' removes one); otherwise the current ones are kept. */
  extra?: Partial<Record<(typeof VIEW_KEYS)[number], string>>;
}

/** The href of a screen (path) for a search state, keeping display preferences and statistics axes. */
export function hrefFor(path: string, state: SearchState, current: URLSearchParams, extra: SetOptions['extra'] = {}): string {
  const p = searchParams(state);
  for (const k of VIEW_KEYS) {
    const v = k in extra ? extra[k] : current.get(k);
    if (v) p.set(k, v);
  }
  return buildHref(path, withPrefs(p, readPrefs(current)));
}

// The same ticked values give the same array from one URL to the next (a keystroke changes only the query), so the
// facet lists and the map, memoised, are not drawn again while typing.
const ticked = new Map<string, string[]>();
function shared(state: SearchState): SearchState {
  for (const key of Object.keys(state.facets) as FacetKey[]) {
    const id = `${key}=${state.facets[key].join('&')}`;
    if (ticked.size > 500) ticked.clear(); // bounded: a long session of ticking keeps memory flat
    if (!ticked.has(id)) ticked.set(id, state.facets[key]);
    state.facets[key] = ticked.get(id)!;
  }
  return state;
}

// A search changed on screen is one made on the live data: its link carries the live version.
const liveVersion = (params: URLSearchParams) => ({ v: liveDataVersion() ?? params.get('v') ?? '' });

/** Ticks or unticks a facet value of the search on display: reads the URL when called, so it never changes (memo-friendly). */
export function toggleFacetNow(key: FacetKey, value: string): void {
  const { path, params } = parseHref(currentHref());
  navigate(hrefFor(path, toggleFacet(readSearchState(params), key, value), params, liveVersion(params)));
}

/** The search state in the URL, a setter that writes it back, the raw params and the path. */
export function useSearchState(): [SearchState, (next: SearchState, options?: SetOptions) => void, URLSearchParams, string] {
  const href = useHref();
  const { path, params } = useMemo(() => parseHref(href), [href]);
  const state = useMemo(() => shared(readSearchState(params)), [params]);
  const set = (next: SearchState, options: SetOptions = {}) => navigate(hrefFor(path, next, params, { ...liveVersion(params), ...options.extra }), options);
  return [state, set, params, path];
}
