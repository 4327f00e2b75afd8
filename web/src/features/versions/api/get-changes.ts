import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataChanges } from '#domain/api-types.js';
import { getJson } from '../../../lib/api-client';

// What changed in the current search since the data version its link was made on (GET /api/changes).
export const getChanges = (params: URLSearchParams, signal?: AbortSignal): Promise<DataChanges> => getJson<DataChanges>('changes', params, signal);

export const changesQueryOptions = (params: URLSearchParams) =>
  queryOptions({ queryKey: ['changes', params.toString()], queryFn: ({ signal }) => getChanges(params, signal), staleTime: 60_000 });

export const useChanges = (params: URLSearchParams) => useQuery(changesQueryOptions(params));
