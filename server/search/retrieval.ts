import { EXAMPLE_FIELDS } from '#domain/example.js';

// What a search retrieves and in which order: shared by search, example, export.

/** Every field of the Example schema, so the index's search-only `keywords` never travels. */
export const EXAMPLE_ATTRIBUTES: string[] = [...EXAMPLE_FIELDS];

/** The engine sort for an API sort: equal values broken by id (api.md: deterministic pages). */
export function engineSort(sort: string): string[] | undefined {
  return sort === 'relevance' ? undefined : [sort, 'id:asc'];
}
