import { QueryClient } from '@tanstack/react-query';
import { exampleIdIn, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';
import { exampleQueryOptions } from '../features/example/api/get-example';
import { searchQueryOptions } from '../features/search/api/get-search';
import { readSearchState } from '../lib/search-state';

/** Short cache: results stay fresh during a session; errors are retried by pollWhileDown, not by blind retries. */
export const createQueryClient = (): QueryClient =>
  new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, retryDelay: 500, refetchOnWindowFocus: false } } });

/**
 * Starts the first screen's request as the script runs, before React's first render (which would start it only once
 * the whole page is drawn): the answer and the first render overlap. The screen's own query then finds it in flight.
 */
export function startFirstRequest(client: QueryClient): void {
  const { pathname, search } = window.location;
  const id = exampleIdIn(pathname);
  if (id !== undefined) void client.prefetchQuery(exampleQueryOptions(id));
  else if (pathname === SEARCH_PATH || pathname === STATS_PATH) void client.prefetchQuery(searchQueryOptions(readSearchState(new URLSearchParams(search))));
}
