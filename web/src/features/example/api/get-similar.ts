import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';
import type { SearchResponse } from '#domain/api-types.js';
import type { Example } from '#domain/example.js';

const WANTED = 4;

/** Same themes (or SDGs when it has none): what makes another example comparable. */
function sharedFacets(example: Example): URLSearchParams {
  const p = new URLSearchParams({ hitsPerPage: String(WANTED + 1) });
  if (example.themes.length) for (const t of example.themes) p.append('theme', t);
  else for (const s of example.sdgs) p.append('sdg', String(s));
  return p;
}

/**
 * Similar = shares a theme, ranked first by how much of the title it shares (the engine drops
 * trailing query words until something matches), then topped up from the same region(s).
 */
export function similarRequests(example: Example): URLSearchParams[] {
  const byTitle = sharedFacets(example);
  byTitle.set('q', example.title.slice(0, 500));
  const byPlace = sharedFacets(example);
  for (const r of example.regions) byPlace.append('region', r);
  return [byTitle, byPlace, sharedFacets(example)];
}

export const getSimilar = async (example: Example, signal?: AbortSignal): Promise<Example[]> => {
  const found = new Map<string, Example>();
  for (const params of similarRequests(example)) {
    const res = await getJson<SearchResponse>('search', params, signal);
    for (const hit of res.hits) if (hit.id !== example.id && found.size < WANTED) found.set(hit.id, hit);
    if (found.size >= WANTED) break;
  }
  return [...found.values()];
};

export const similarQueryOptions = (example: Example) =>
  queryOptions({ queryKey: ['similar', example.id], queryFn: ({ signal }) => getSimilar(example, signal) });

export const useSimilar = (example: Example) => useQuery(similarQueryOptions(example));
