import { slugify } from '#domain/fold.js';
import { FACETS } from '#domain/facet-registry.js';
import { valuesOf, type Filters } from '#domain/query.js';

const MAX_SLUG = 60;

/** A short slug of what the set is: query words, then filter values (sdg 4 → odd4, department 35 → dep35), then the year range. */
export function exportSlug(filters: Filters): string {
  const parts: string[] = [];
  if (filters.q?.trim()) parts.push(slugify(filters.q).slice(0, 30));
  for (const facet of FACETS) for (const value of valuesOf(filters, facet.param)) parts.push(`${facet.slug ?? ''}${String(value).toLowerCase()}`);
  if (filters.yearMin !== undefined || filters.yearMax !== undefined) parts.push(`${filters.yearMin ?? ''}-${filters.yearMax ?? ''}`.replace(/^-|-$/g, ''));
  const slug = parts.filter(Boolean).join('-');
  return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : slug;
}

/** `exemples-odd17-bretagne-odd4-2026-11-23-41-exemples.csv`: says what, when and how many (a cut file can be told). */
export function exportFileName(filters: Filters, extension: string, now: Date, total: number): string {
  const slug = exportSlug(filters);
  return `exemples-odd17-${slug ? `${slug}-` : ''}${now.toISOString().slice(0, 10)}-${total}-exemple${total === 1 ? '' : 's'}.${extension}`;
}

/** The filters actually set, for `meta`. */
export function activeFilters(filters: Filters): Partial<Filters> {
  return Object.fromEntries(
    Object.entries(filters).filter(([key, value]) => key !== 'q' && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}
