import { FACETS, type Lang, type Sort } from '#domain/facet-registry.js';
import { valuesOf, type Filters } from '#domain/query.js';

/** The query string of a selection, with the page's own param names (the API's), the sort when not the default. */
export function selectionParams(filters: Filters, sort?: Sort): URLSearchParams {
  const p = new URLSearchParams();
  if (filters.q?.trim()) p.set('q', filters.q.trim());
  for (const facet of FACETS) for (const value of valuesOf(filters, facet.param)) p.append(facet.param, String(value));
  if (filters.yearMin !== undefined) p.set('yearMin', String(filters.yearMin));
  if (filters.yearMax !== undefined) p.set('yearMax', String(filters.yearMax));
  if (sort && sort !== 'relevance') p.set('sort', sort);
  return p;
}

/**
 * The link that reopens the same search on the site, made on this data version (`v`, so the page can tell what changed
 * since), in the export's language.
 */
export function selectionLink(origin: string, filters: Filters, options: { sort?: Sort; dataVersion?: string | null; lang?: Lang } = {}): string {
  const p = selectionParams(filters, options.sort);
  if (options.dataVersion) p.set('v', options.dataVersion);
  if (options.lang === 'en') p.set('lang', 'en');
  const qs = p.toString();
  return `${origin.replace(/\/$/, '')}/${qs ? `?${qs}` : ''}`;
}
