import { useMemo } from 'react';
import { readPrefs, withPrefs } from './prefs';
import { readSearchState, searchParams, type SearchState } from './search-state';
import { buildHref, navigate, parseHref, useHref, type NavigateOptions } from './url-state';

const VIEW_KEYS = ['rows', 'cols'] as const;

export interface SetOptions extends NavigateOptions {
  /** Statistics axes to set; otherwise the current ones are kept. */
  extra?: Partial<Record<(typeof VIEW_KEYS)[number], string>>;
}

/** The href of a screen (path) for a search state, keeping display preferences and statistics axes. */
export function hrefFor(path: string, state: SearchState, current: URLSearchParams, extra: SetOptions['extra'] = {}): string {
  const p = searchParams(state);
  for (const k of VIEW_KEYS) {
    const v = extra[k] ?? current.get(k);
    if (v) p.set(k, v);
  }
  return buildHref(path, withPrefs(p, readPrefs(current)));
}

/** The search state in the URL, a setter that writes it back, the raw params and the path. */
export function useSearchState(): [SearchState, (next: SearchState, options?: SetOptions) => void, URLSearchParams, string] {
  const href = useHref();
  const { path, params } = useMemo(() => parseHref(href), [href]);
  const state = useMemo(() => readSearchState(params), [params]);
  const set = (next: SearchState, options: SetOptions = {}) => navigate(hrefFor(path, next, params, options.extra), options);
  return [state, set, params, path];
}
