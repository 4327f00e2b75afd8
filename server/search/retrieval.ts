import { LIST_OMITTED_FIELDS } from '#domain/api-types.js';
import { EXAMPLE_FIELDS } from '#domain/example.js';

// What a search retrieves and in which order: shared by search, example, export.

/** Every field of the Example schema, so the index's search-only `keywords` never travels. */
export const EXAMPLE_ATTRIBUTES: string[] = [...EXAMPLE_FIELDS];

/**
 * What a search hit retrieves: the example without the fields the list never shows (api.md `ListExample`). The engine
 * repeats every retrieved field in `_formatted` once highlighting is asked for, so this shrinks its answer twice over.
 */
export const LIST_ATTRIBUTES: string[] = EXAMPLE_ATTRIBUTES.filter((f) => !(LIST_OMITTED_FIELDS as readonly string[]).includes(f));

/** The engine sort for an API sort: equal values broken by id (api.md: deterministic pages). */
export function engineSort(sort: string): string[] | undefined {
  return sort === 'relevance' ? undefined : [sort, 'id:asc'];
}
