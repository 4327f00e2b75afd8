import { hashKey, notifyManager, QueryClient } from '@tanstack/react-query';
import { exampleIdIn, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';
import { exampleQueryOptions } from '../features/example/api/get-example';
import { searchQueryOptions } from '../features/search/api/get-search';
import { readSearchState } from '../lib/search-state';
import { onNavigation, parseHref } from '../lib/url-state';

/**
 * Short cache: results stay fresh during a session; errors are retried by pollWhileDown, not by blind retries. An answer
 * is handed to the screens in the task that received it, not in one more `setTimeout` task behind whatever is queued.
 */
export const createQueryClient = (): QueryClient => {
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, retryDelay: 500, refetchOnWindowFocus: false } } });
};

/** The search last started, so a keystroke can cancel the one it supersedes if no screen waits for it any more. */
let lastSearch: string | undefined;

/** Starts the request of the screen at `href` (a search, the statistics' counts, an example), unless already asked. */
function startRequest(client: QueryClient, href: string): Promise<void> | undefined {
  const { path, params } = parseHref(href);
  const id = exampleIdIn(path);
  if (id !== undefined) return client.prefetchQuery(exampleQueryOptions(id));
  if (path !== SEARCH_PATH && path !== STATS_PATH) return undefined;
  const options = searchQueryOptions(readSearchState(params));
  const hash = hashKey(options.queryKey);
  const previous = lastSearch === hash ? undefined : lastSearch && client.getQueryCache().get(lastSearch);
  if (previous && !previous.getObserversCount()) void previous.cancel({ revert: true });
  lastSearch = hash;
  return client.prefetchQuery(options);
}

/**
 * Starts each screen's request as its URL is set, before React renders it: the first as the script runs (React's first
 * render draws the whole page first), then at every keystroke or tick. The screen's own query then finds it in flight.
 */
export function startScreenRequests(client: QueryClient): Promise<void> | undefined {
  onNavigation((href) => startRequest(client, href));
  return startRequest(client, window.location.pathname + window.location.search);
}

/** How long the first render may wait for the first screen's answer (main.tsx): about a frame's worth of a slow engine. */
export const FIRST_ANSWER_WAIT_MS = 100;
