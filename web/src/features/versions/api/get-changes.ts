import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataChanges } from '#domain/api-types.js';
import { getJson } from '../../../lib/api-client';
import { filterParams, type SearchState } from '../../../lib/search-state';

// The live data version, and what changed in a search since the version its link was made on (GET /api/changes).
export const getChanges = (params: URLSearchParams, signal?: AbortSignal): Promise<DataChanges> => getJson<DataChanges>('changes', params, signal);

const changesQueryOptions = (params: URLSearchParams) =>
  queryOptions({ queryKey: ['changes', params.toString()], queryFn: ({ signal }) => getChanges(params, signal), staleTime: 60_000 });

/** The live data version: one request a minute while the page is shown, whatever the search (a keystroke asks nothing). */
export const useLiveDataVersion = (): string | null =>
  useQuery({ ...changesQueryOptions(new URLSearchParams()), refetchInterval: 60_000 }).data?.dataVersion ?? null;

/** What changed in the search's set since `version`: asked only when the link was made on another version than the live one. */
export function useChangesSince(state: SearchState, version: string | null, live: string | null): DataChanges['since'] {
  const params = filterParams(state);
  if (version) params.set('since', version);
  return useQuery({ ...changesQueryOptions(params), enabled: !!version && !!live && version !== live }).data?.since;
}
