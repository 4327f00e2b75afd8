// What a search retrieves and in which order: shared by search, example, export.

/** Every attribute except the search-only `keywords`, so it never travels. */
export const EXAMPLE_ATTRIBUTES = [
  'id', 'title', 'summary', 'description', 'results', 'lead', 'partners', 'actorTypes', 'regions', 'departments',
  'city', 'scale', 'sdgs', 'themes', 'mode', 'year', 'status', 'website', 'updatedAt', 'unmapped', 'source',
];

/** The engine sort for an API sort: equal values broken by id (api.md: deterministic pages). */
export function engineSort(sort: string): string[] | undefined {
  return sort === 'relevance' ? undefined : [sort, 'id:asc'];
}
