import type { Taxonomy, TaxonomyTerm } from '#domain/api-types.js';
import { DEPARTMENTS } from '#domain/departments.js';
import { FACETS } from '#domain/facet-registry.js';
import { multiSearch, orEmpty, type SearchContext } from '../engine-client/multi-search.js';

// What a département's term carries beyond its code and name: its region.
const EXTRAS: Partial<Record<keyof Taxonomy, Map<string, Partial<TaxonomyTerm>>>> = {
  department: new Map(DEPARTMENTS.map((d) => [d.code, { region: d.region }])),
};

/** Every facet of the registry with its values in display order and the number of examples carrying each (zero before any import). */
export async function taxonomyWithCounts(ctx: SearchContext): Promise<Taxonomy> {
  const [result] = await orEmpty(multiSearch(ctx.engine, [{ indexUid: ctx.index, q: '', limit: 0, facets: FACETS.map((f) => f.field) }]), []);
  const counts = result?.facetDistribution ?? {};
  const taxonomy = {} as Taxonomy;
  for (const facet of FACETS) {
    taxonomy[facet.param] = facet.terms.map((t) => ({
      id: t.id,
      label: t.label,
      labelEn: t.labelEn,
      ...(t.color ? { color: t.color } : {}),
      ...EXTRAS[facet.param]?.get(String(t.id)),
      count: counts[facet.field]?.[String(t.id)] ?? 0,
    }));
  }
  return taxonomy;
}
