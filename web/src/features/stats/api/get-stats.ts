import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, pollWhileDown } from '../../../lib/api-client';
import type { CrossTable } from '#domain/api-types.js';

// The cross-table of the current set (GET /api/stats), keyed by the exact request.
export const getStats = (params: URLSearchParams, signal?: AbortSignal): Promise<CrossTable> => getJson<CrossTable>('stats', params, signal);

export const statsQueryOptions = (params: URLSearchParams) =>
  queryOptions({
    queryKey: ['stats', params.toString()],
    queryFn: ({ signal }) => getStats(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileDown,
  });

export const useStats = (params: URLSearchParams) => useQuery(statsQueryOptions(params));
