import { useMemo } from 'react';
import { liveDataVersion } from './data-version';
import { readPrefs, withPrefs } from './prefs';
import { readSearchState, searchParams, type SearchState } from './search-state';
import { buildHref, navigate, parseHref, useHref } from './url-state';

// Statistics axes, what its cells show and the timeline's split; `v`, the data version a link was made on.
const VIEW_KEYS = ['rows', 'cols', 'measure', 'split', 'v'] as const;

export interface SetOptions {
  /** Replace the history entry (typing) instead of pushing one (a deliberate step Back should undo). */
  replace?: boolean;
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

/** The search state in the URL, a setter that writes it back, the raw params and the path. */
export function useSearchState(): [SearchState, (next: SearchState, options?: SetOptions) => void, URLSearchParams, string] {
  const href = useHref();
  const { path, params } = useMemo(() => parseHref(href), [href]);
  const state = useMemo(() => readSearchState(params), [params]);
  // A search changed on screen is one made on the live data: its link carries the live version.
  const set = (next: SearchState, options: SetOptions = {}) => navigate(hrefFor(path, next, params, { v: liveDataVersion() ?? params.get('v') ?? '', ...options.extra }), options);
  return [state, set, params, path];
}
