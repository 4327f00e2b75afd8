import type { Lang } from '../../lib/prefs';
import { filterParams, type SearchState } from '../../lib/search-state';

/** The absolute URL of a search's Atom feed (the whole base's without a state), in the page's language. */
export function feedUrl(state: SearchState | undefined, lang: Lang): string {
  const p = state ? filterParams(state) : new URLSearchParams();
  if (lang === 'en') p.set('lang', 'en');
  const qs = p.toString();
  return `${window.location.origin}/api/feed${qs ? `?${qs}` : ''}`;
}
