import type { EngineClient } from '../engine-client/engine-client.js';
import type { IndexDocument } from '../engine/documents.js';
import { EngineResponseError } from '../engine-client/errors.js';

/** What the routes need to reach the examples: a client holding the search-only key, and the index name. */
export interface SearchContext {
  engine: EngineClient;
  index: string;
}

export interface EngineQuery {
  indexUid: string;
  q?: string;
  filter?: string;
  sort?: string[];
  page?: number;
  hitsPerPage?: number;
  offset?: number;
  limit?: number;
  facets?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
}

export interface EngineResult<D = IndexDocument> {
  hits: (D & { _formatted?: Partial<Record<keyof D, unknown>> })[];
  totalHits?: number;
  totalPages?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/** Several searches in one engine round trip. */
export async function multiSearch<D = IndexDocument>(engine: EngineClient, queries: EngineQuery[], timeoutMs?: number): Promise<EngineResult<D>[]> {
  const body = await engine.request<{ results: EngineResult<D>[] }>('POST', '/multi-search', { queries }, { timeoutMs });
  return body.results;
}

/** Every attribute except the search-only `keywords`, so it never travels. */
export const EXAMPLE_ATTRIBUTES = [
  'id', 'title', 'summary', 'description', 'results', 'lead', 'partners', 'actorTypes', 'regions', 'departments',
  'city', 'scale', 'sdgs', 'themes', 'mode', 'year', 'status', 'website', 'updatedAt', 'unmapped', 'source',
];

/** The engine sort for an API sort: equal values broken by id (api.md: deterministic pages). */
export function engineSort(sort: string): string[] | undefined {
  return sort === 'relevance' ? undefined : [sort, 'id:asc'];
}

/** No index yet (nothing imported): readers treat it as an empty data set rather than an outage. */
export const isMissingIndex = (error: unknown): boolean => error instanceof EngineResponseError && error.code === 'index_not_found';
