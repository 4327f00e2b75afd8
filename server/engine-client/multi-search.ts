import type { EngineClient } from './engine-client.js';
import type { IndexDocument } from '../engine/documents.js';
import { EngineResponseError } from './errors.js';

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

/** No index yet (nothing imported): readers treat it as an empty data set rather than an outage. */
export const isMissingIndex = (error: unknown): boolean => error instanceof EngineResponseError && error.code === 'index_not_found';

/** The answer of `call`, or `empty` when the index does not exist yet (nothing imported): an empty data set, not an outage. */
export async function orEmpty<T>(call: Promise<T>, empty: T): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (isMissingIndex(error)) return empty;
    throw error;
  }
}
