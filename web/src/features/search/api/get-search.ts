import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, pollWhileDown } from '../../../lib/api-client';
import { HITS_PER_PAGE, searchParams, type SearchState } from '../../../lib/search-state';
import type { SearchResponse } from '#domain/api-types.js';

// One query per URL state: the key is the exact request, so an older response can never replace a newer one on screen.
export const getSearch = (params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse> => getJson<SearchResponse>('search', params, signal);

export const searchQueryOptions = (state: SearchState, hitsPerPage = HITS_PER_PAGE) => {
  const params = searchParams(state);
  if (hitsPerPage !== HITS_PER_PAGE) params.set('hitsPerPage', String(hitsPerPage));
  return queryOptions({
    queryKey: ['search', params.toString()],
    queryFn: ({ signal }) => getSearch(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileDown,
  });
};

export const useSearch = (state: SearchState, hitsPerPage?: number) => useQuery(searchQueryOptions(state, hitsPerPage));
