import { FACETS, SORTS, YEARS, type FacetParam, type Sort } from '#domain/facet-registry.js';

// The search screen's state, read from and written to the URL with the API's own param names (api.md).
/** Every facet param of the registry, in its order (the panel shows the counted ones; all can come from a link). */
export const FACET_KEYS: readonly FacetParam[] = FACETS.map((f) => f.param);
export type FacetKey = FacetParam;
export type { Sort };
export const HITS_PER_PAGE = 20;

export interface SearchState {
  q: string;
  facets: Record<FacetKey, string[]>;
  yearMin: string;
  yearMax: string;
  sort: Sort;
  page: number;
}

/** A year the API takes, as typed: four digits within YEARS. */
export const isYear = (v: string | null): v is string => v !== null && /^\d{4}$/.test(v) && Number(v) >= YEARS.min && Number(v) <= YEARS.max;

/** The years of a URL, in order: a hand-edited link with the range reversed still means that range. */
function yearRange(params: URLSearchParams): [string, string] {
  const from = isYear(params.get('yearMin')) ? params.get('yearMin')! : '';
  const to = isYear(params.get('yearMax')) ? params.get('yearMax')! : '';
  return from && to && Number(from) > Number(to) ? [to, from] : [from, to];
}

/** Reads the search state from URL params, ignoring what the API would reject. */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, params.getAll(k)])) as Record<FacetKey, string[]>;
  const [yearMin, yearMax] = yearRange(params);
  return {
    q: params.get('q') ?? '',
    facets,
    yearMin,
    yearMax,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The filter params only (q + facets + years), as the API's search, export and stats take them. */
export function filterParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const k of FACET_KEYS) for (const v of s.facets[k]) p.append(k, v);
  if (s.yearMin) p.set('yearMin', s.yearMin);
  if (s.yearMax) p.set('yearMax', s.yearMax);
  return p;
}

/** Filters + sort + page, omitting defaults so URLs stay short. */
export function searchParams(s: SearchState): URLSearchParams {
  const p = filterParams(s);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** How many filters (not the query) are active. */
export function activeFilterCount(s: SearchState): number {
  return FACET_KEYS.reduce((n, k) => n + s.facets[k].length, 0) + (s.yearMin ? 1 : 0) + (s.yearMax ? 1 : 0);
}

/** A copy of the state with one facet value ticked or unticked, back on page 1. */
export function toggleFacet(s: SearchState, key: FacetKey, value: string): SearchState {
  const current = s.facets[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...s, facets: { ...s.facets, [key]: next }, page: 1 };
}

/** The state with every filter and the query removed. */
export function clearedState(s: SearchState): SearchState {
  return readSearchState(new URLSearchParams(s.sort === 'relevance' ? '' : `sort=${s.sort}`));
}
