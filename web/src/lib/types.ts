import type { Example, Party } from '#domain/example.js';
import type { FacetKey } from './search-state';

// Response shapes of api.md, typed once for every feature.
export type { Example, Party };

export type Hit = Example & { highlight?: { title?: string; summary?: string } };

export interface SearchResponse {
  hits: Hit[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: Partial<Record<FacetKey, Record<string, number>>>;
  processingTimeMs: number;
}

export interface StatsResponse {
  rows: (string | number)[];
  cols: (string | number)[];
  counts: number[][];
  total: number;
}
