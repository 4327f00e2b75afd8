import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';
import type { Example, SearchResponse } from '../../../lib/types';

// "Similar" = shares one of its themes (or an SDG when it has none); the example itself is left out.
export function similarParams(example: Example): URLSearchParams {
  const p = new URLSearchParams({ hitsPerPage: '5' });
  if (example.themes.length) for (const t of example.themes) p.append('theme', t);
  else for (const s of example.sdgs) p.append('sdg', String(s));
  return p;
}

export const getSimilar = async (example: Example, signal?: AbortSignal): Promise<Example[]> => {
  const res = await getJson<SearchResponse>('search', similarParams(example), signal);
  return res.hits.filter((h) => h.id !== example.id).slice(0, 4);
};

export const similarQueryOptions = (example: Example) =>
  queryOptions({ queryKey: ['similar', example.id], queryFn: ({ signal }) => getSimilar(example, signal) });

export const useSimilar = (example: Example) => useQuery(similarQueryOptions(example));
