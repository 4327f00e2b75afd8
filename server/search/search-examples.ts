import type { Example } from '#domain/example.js';
import { FACET_ATTRIBUTES, FACET_PARAMS, type FacetParam, type SearchQuery } from '#domain/query.js';
import { buildFilter, filterClauses } from './filter.js';
import { POST_TAG, PRE_TAG, toMarkedText } from './highlight.js';
import { isMissingIndex, multiSearch, type EngineQuery, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { EXAMPLE_ATTRIBUTES, engineSort } from './retrieval.js';

export type FacetCounts = Record<FacetParam, Record<string, number>>;

export interface SearchHit extends Example {
  highlight: { title: string; summary: string };
}

export interface SearchResponse {
  hits: SearchHit[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: FacetCounts;
  processingTimeMs: number;
}

const activeFacets = (query: SearchQuery): FacetParam[] => FACET_PARAMS.filter((p) => filterClauses(query).has(p));

/**
 * The queries of one search: the page with facet counts for inactive facets, plus one count-only query
 * per active facet without its own filter (disjunctive counts, api.md). Exported for the benchmark.
 */
export function searchQueries(index: string, query: SearchQuery): EngineQuery[] {
  const active = activeFacets(query);
  const main: EngineQuery = {
    indexUid: index,
    q: query.q ?? '',
    filter: buildFilter(query),
    sort: engineSort(query.sort),
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    facets: FACET_PARAMS.filter((p) => !active.includes(p)).map((p) => FACET_ATTRIBUTES[p]),
    attributesToRetrieve: EXAMPLE_ATTRIBUTES,
    attributesToHighlight: ['title', 'summary'],
    highlightPreTag: PRE_TAG,
    highlightPostTag: POST_TAG,
  };
  const disjunctive: EngineQuery[] = active.map((param) => ({
    indexUid: index,
    q: query.q ?? '',
    filter: buildFilter(query, param),
    limit: 0,
    facets: [FACET_ATTRIBUTES[param]],
  }));
  return [main, ...disjunctive];
}

/** The hit as the API shows it, built in place (no copy): `keywords` was never retrieved, `_formatted` is dropped. */
function toSearchHit(hit: EngineResult['hits'][number]): SearchHit {
  const formatted = hit._formatted;
  const out = hit as unknown as SearchHit & { _formatted?: unknown };
  // Undefined rather than `delete`: JSON leaves it out and the object keeps its fast shape.
  out._formatted = undefined;
  out.highlight = {
    title: toMarkedText(String(formatted?.title ?? hit.title), hit.title),
    summary: toMarkedText(String(formatted?.summary ?? hit.summary), hit.summary),
  };
  return out;
}

/** One search in one engine round trip (a multi-search). */
export async function searchExamples(ctx: SearchContext, query: SearchQuery): Promise<SearchResponse> {
  const active = activeFacets(query);
  const results = await multiSearch(ctx.engine, searchQueries(ctx.index, query)).catch((error: unknown) => {
    if (isMissingIndex(error)) return [{ hits: [], totalHits: 0, totalPages: 0, processingTimeMs: 0 }];
    throw error;
  });
  const [page, ...others] = results as EngineResult[];
  const facets = Object.fromEntries(FACET_PARAMS.map((p) => [p, {}])) as FacetCounts;
  for (const param of FACET_PARAMS) {
    const source = active.includes(param) ? others[active.indexOf(param)] : page;
    facets[param] = { ...source?.facetDistribution?.[FACET_ATTRIBUTES[param]] };
  }
  return {
    hits: page!.hits.map(toSearchHit),
    totalHits: page!.totalHits ?? 0,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    totalPages: page!.totalPages ?? 0,
    facets,
    processingTimeMs: Math.max(page!.processingTimeMs, ...others.map((r) => r.processingTimeMs)),
  };
}
