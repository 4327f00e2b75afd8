import { useEffect } from 'react';
import type { Lang } from '../../lib/prefs';
import type { SearchState } from '../../lib/search-state';
import { feedWords } from './feed-words';
import { feedUrl } from './feed-url';

/** Keeps `<link rel="alternate" type="application/atom+xml">` in the page head on the current search's feed, for readers and browsers that discover feeds. */
export function useFeedLink(state: SearchState, lang: Lang): void {
  const href = feedUrl(state, lang);
  const title = feedWords(lang)('title');
  useEffect(() => {
    let link = document.head.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]');
    if (!link) {
      link = Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml' });
      document.head.append(link);
    }
    link.href = href;
    link.title = title;
  }, [href, title]);
}
