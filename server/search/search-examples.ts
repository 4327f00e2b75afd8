import type { FacetCounts, SearchHit, SearchResponse } from '#domain/api-types.js';
import { COUNTED_FACETS, type AnyFacet } from '#domain/facet-registry.js';
import type { SearchQuery } from '#domain/query.js';
import { buildFilter, filterClauses } from './filter.js';
import { POST_TAG, PRE_TAG, toMarkedText } from './highlight.js';
import { multiSearch, orEmpty, type EngineQuery, type EngineResult, type SearchContext } from '../engine-client/multi-search.js';
import { LIST_ATTRIBUTES, engineSort } from './retrieval.js';

/** The counted facets the query filters on: their counts need a query of their own without that filter. */
const activeFacets = (query: SearchQuery): AnyFacet[] => {
  const clauses = filterClauses(query);
  return COUNTED_FACETS.filter((f) => clauses.has(f.param));
};

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
    facets: COUNTED_FACETS.filter((f) => !active.includes(f)).map((f) => f.field),
    attributesToRetrieve: LIST_ATTRIBUTES,
    attributesToHighlight: ['title', 'summary'],
    highlightPreTag: PRE_TAG,
    highlightPostTag: POST_TAG,
  };
  const disjunctive: EngineQuery[] = active.map((facet) => ({
    indexUid: index,
    q: query.q ?? '',
    filter: buildFilter(query, facet.param),
    limit: 0,
    facets: [facet.field],
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
  const results = await orEmpty(multiSearch(ctx.engine, searchQueries(ctx.index, query)), [{ hits: [], totalHits: 0, totalPages: 0, processingTimeMs: 0 }]);
  const [page, ...others] = results as EngineResult[];
  const facets = {} as FacetCounts;
  for (const facet of COUNTED_FACETS) {
    const source = active.includes(facet) ? others[active.indexOf(facet)] : page;
    // The engine's own object, parsed for this answer alone: no copy needed.
    facets[facet.param as keyof FacetCounts] = source?.facetDistribution?.[facet.field] ?? {};
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
