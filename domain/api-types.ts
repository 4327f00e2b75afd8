import type { Example } from './example.js';
import type { AnyFacet, CountedParam, StatsDimension } from './facet-registry.js';

// The response shapes of api.md, typed once for the server that builds them and the web that reads them.

/** Per counted facet param, the number of matching examples for each value that has any (disjunctive counts). */
export type FacetCounts = Record<CountedParam, Record<string, number>>;

/** Escaped text in which only `<mark>…</mark>` is markup. */
export interface Highlight {
  title: string;
  summary: string;
}

/** Fields of an example the result list never shows: a search answer leaves them out (api.md), the example page fetches them. */
export const LIST_OMITTED_FIELDS = ['description', 'results'] as const;

/** An example as a search hit carries it: without its long texts, so an answer stays small however long they are. */
export type ListExample = Omit<Example, (typeof LIST_OMITTED_FIELDS)[number]>;

export type SearchHit = ListExample & { highlight: Highlight };

export interface SearchResponse {
  hits: SearchHit[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: FacetCounts;
  processingTimeMs: number;
}

export type DimensionValue = string | number;

/**
 * Example counts per (row value, column value) over the selection. Every value of a facet is a row or column, zero or
 * not; years run from the selection's first to its last. Totals count examples (an example with two SDGs counts once in
 * its row's total), so a row's cells may add up to more than its total.
 */
export interface CrossTable {
  rows: DimensionValue[];
  cols: DimensionValue[];
  counts: number[][];
  total: number;
  /** Examples of the selection having each row value, and each column value. */
  rowTotals: number[];
  colTotals: number[];
}

/** `/api/changes`: the live data version and, for a link made on `since`, what changed in its search's set. */
export interface DataChanges {
  dataVersion: string | null;
  /** When the live version went live. */
  publishedAt: string | null;
  since?: {
    dataVersion: string;
    /** When that version last went live; null when the history does not know it (counts are then null too). */
    publishedAt: string | null;
    /** Examples of the search first published after it, and examples already there whose content changed since. */
    added: number | null;
    changed: number | null;
  };
}

export interface TaxonomyTerm {
  id: string | number;
  label: string;
  labelEn: string;
  count: number;
  /** SDGs: the official colour. */
  color?: string;
  /** Départements: the region it belongs to. */
  region?: string;
}

/** Every facet with its values in display order and the number of examples carrying each. */
export type Taxonomy = Record<AnyFacet['param'], TaxonomyTerm[]>;

export type Health =
  | { status: 'ok'; engine: 'available'; documents: number; dataVersion: string | null }
  | { status: 'unavailable'; engine: 'unavailable' };

export type ErrorCode =
  | 'invalid_request' | 'unauthorized' | 'not_found' | 'precondition_failed' | 'range_not_satisfiable' | 'rate_limited' | 'busy' | 'engine_unavailable' | 'internal'
  // The curators' workspace (api.md « Curators »): no CSRF token, a refused file, a step that must wait or be confirmed.
  | 'forbidden' | 'payload_too_large' | 'unsupported_file' | 'conflict' | 'confirmation_required';

/** One rejected param of a 400: which, the value sent, what was expected. */
export interface ParamProblem {
  param: string;
  value?: unknown;
  expected: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export type { StatsDimension };

/** A data version as the API gives it (and a link's `v`, `/api/changes`' `since` take it): 12 hex characters. */
export const DATA_VERSION_PATTERN = /^[0-9a-f]{12}$/;
