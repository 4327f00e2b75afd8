import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { QUERY_LIMITS } from '#domain/facet-registry.js';
import type { SearchResponse } from '#domain/api-types.js';
import { getJson, pollWhileDown } from '../../../lib/api-client';
import { HITS_PER_PAGE, searchParams, type SearchState } from '../../../lib/search-state';

// One query per URL state, one request per keystroke: the key is the exact request, so an older answer can never
// replace a newer one on screen; the previous answer stays on screen until the new one is complete (counts never
// show a half-known set); and a request nobody waits for any more is aborted (React Query cancels a query whose
// observer moved on once its `signal` was read), so typing fast costs the engine little.
export const getSearch = (params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> => getJson<SearchResponse>('search', params, signal);

export const searchQueryOptions = (state: SearchState, hitsPerPage = HITS_PER_PAGE) => {
  const params = searchParams(state);
  if (hitsPerPage !== HITS_PER_PAGE) params.set('hitsPerPage', String(hitsPerPage));
  // A page past the API's last one asks for the last it serves; the answer's totalPages then brings the link back in range.
  if (state.page > QUERY_LIMITS.maxPage) params.set('page', String(QUERY_LIMITS.maxPage));
  return queryOptions({
    queryKey: ['search', params.toString()],
    queryFn: ({ signal }) => getSearch(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileDown,
  });
};

export const useSearch = (state: SearchState, hitsPerPage?: number) => useQuery(searchQueryOptions(state, hitsPerPage));
